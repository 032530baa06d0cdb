// The one rule for editor text, applied where it enters (the content check and the body compile): text is
// stored in Unicode NFC, and characters that XML 1.0 cannot carry, or that no editor means to publish, are
// refused. Every output (HTML, feeds, sitemaps, JSON-LD, share images, search) can then take any text that
// passed and only escape it for its own context.

/**
 * XML 1.0 (5th edition, §2.2) allows only Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]: the C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF are
 * not allowed even as character references. Refused as well, though XML 1.0 allows them:
 * - DEL and the C1 controls (U+007F–U+009F), which the same section discourages and XML 1.1 requires escaped:
 *   invisible, never meant, and left behind by copying from old word processors;
 * - the other noncharacters (U+FDD0–U+FDEF, the last two code points of every plane), discouraged there too;
 * - U+FFFD, the replacement character: it marks text damaged before it reached us (a file saved in another
 *   encoding, a broken paste), and publishing it shows readers a "�".
 */
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]/gu

/** U+000B, U+D800, … as editors see code points listed in character tables. */
const codePointName = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

function kindOf(codePoint: number): string {
  if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'a control character'
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'a lone surrogate, half of a character whose other half is missing'
  if (codePoint === 0xfffd) return 'the replacement character, which marks text damaged before it was pasted or saved'
  return 'a noncharacter'
}

/** One forbidden character of a text: where it is and what to call it. */
export type ForbiddenCharacter = {
  /** Position in the text, in UTF-16 code units from 0. */
  index: number
  /** 1-based position counted in characters (code points), as an editor counts. */
  character: number
  /** "U+000B (a control character)" */
  description: string
}

/** Every character of `text` that editor text may not contain (see FORBIDDEN above for which and why). */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  return [...text.matchAll(FORBIDDEN)].map((match) => {
    const codePoint = match[0].codePointAt(0)!
    return {
      index: match.index,
      character: [...text.slice(0, match.index)].length + 1,
      description: `${codePointName(codePoint)} (${kindOf(codePoint)})`,
    }
  })
}

/** The message for a forbidden character found in a field's value. */
export const forbiddenCharacterMessage = (found: ForbiddenCharacter) =>
  `contains ${found.description} at character ${found.character}; delete it (it is invisible in most editors: delete the characters around it and type them again)`

/** Editor text as it is stored and published: Unicode NFC, so that one word is one sequence of code points. */
export const normalizeText = (text: string) => text.normalize('NFC')

const utf8 = new TextDecoder('utf-8')

/**
 * A content file's bytes as editor text: UTF-8 (a byte order mark is dropped; bytes that are not UTF-8
 * become U+FFFD, which the check refuses after saying the file is not UTF-8), in NFC. The content check and
 * the body compile both read files this way, so that they name a body by the same hash.
 */
export const decodeEditorText = (bytes: Uint8Array) => normalizeText(utf8.decode(bytes))
