// Folding for matching (search): the forms of a word a reader may type for the same word become one
// key. Not for display: the key drops accents and case.

// Marks that are accents on a letter, dropped: the combining diacritics blocks (Latin, Greek,
// Cyrillic, Vietnamese...), Hebrew points and Arabic vowel signs (optional in running text), variation
// selectors. Marks that are part of a letter elsewhere (Indic vowel signs, kana voicing marks) are kept.
const ACCENTS =
  /(?=\p{M})[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u064b-\u065f\u0670\ufe00-\ufe0f\u{e0100}-\u{e01ef}]|\u0640/gu

// Letters with a stroke or ligatures that have no decomposition, written as their base letters.
const BASE_LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ħ: 'h', ł: 'l', ø: 'o', ŧ: 't', æ: 'ae', œ: 'oe', þ: 'th' }
const ASCII = /^[\x00-\x7f]*$/
const NO_DECOMPOSITION = new RegExp(`[${Object.keys(BASE_LETTERS).join('')}]`, 'gu')

/**
 * The search key of `text`: compatibility forms unified (NFKC: full-width ｎｉｎａ is nina, ﬁ is fi,
 * half-width kana are kana), case folded (upper- then lower-casing: ß is ss, final ς is σ), accents
 * dropped (Niña is nina, Ελλάδα is ελλαδα, ёлка is елка, Việt is viet, đồng is dong), whatever the
 * normalisation form of the input. Language-independent, so Turkish İ, I, ı and i all fold to i.
 * Returns the key, NFC; it may be shorter or longer than `text` and is empty for marks alone.
 */
export function fold(text: string): string {
  // Most words are ASCII, for which all of the below is lower-casing.
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .toUpperCase()
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .replace(NO_DECOMPOSITION, (c) => BASE_LETTERS[c])
    .normalize('NFC')
}
