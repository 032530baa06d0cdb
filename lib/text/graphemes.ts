// User-perceived characters (extended grapheme clusters, Unicode UAX #29): a flag, a family emoji
// joined by ZWJ, a letter with its combining accents, a Hangul syllable written in jamo. Text cut
// anywhere else can show half a surrogate pair (as U+FFFD) or half an emoji.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The grapheme clusters of `text` with their offsets in UTF-16 code units, in order. */
export function graphemes(text: string): { segment: string; index: number }[] {
  return Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }))
}

/** The offset (UTF-16 code units) where the grapheme holding `offset` starts; `text.length` past the end. */
export function graphemeStart(text: string, offset: number): number {
  return offset >= text.length ? text.length : segmenter.segment(text).containing(Math.max(0, offset))!.index
}

/**
 * The longest start of `text` made of whole graphemes and at most `maxLength` UTF-16 code units (the
 * unit of `String.length`). A grapheme that would cross the limit is left out whole.
 */
export function cutAtGrapheme(text: string, maxLength: number): string {
  return text.slice(0, graphemeStart(text, maxLength))
}
