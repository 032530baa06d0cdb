// Every page URL the content links to is made here.

const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether `slug` can name an article: lowercase ASCII letters and digits, words joined by single hyphens. */
export const isArticleSlug = (slug: string) => ARTICLE_SLUG.test(slug)

/** An article file name from a headline: ASCII letters and digits only, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

// The combining marks that Latin, Greek and Cyrillic letters decompose into (é = e + U+0301): the
// blocks of accents proper. Marks of other scripts (Japanese dakuten, Devanagari vowel signs,
// Hebrew and Arabic vowel points) spell different words or are not accents, so they stay.
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\ufe20-\ufe2f]/g
// Invisible characters (soft hyphen, zero-width space and joiners, direction marks, variation
// selectors): spellings that differ only by them look alike, so they are one topic.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu

/**
 * A topic's identity: two tags are one topic exactly when their identities are equal.
 *
 * Folds compatibility forms (Unicode NFKC: full-width "ＡＩ" = "AI", half-width katakana, ligatures),
 * case (upper- then lower-casing, which also folds "ß" = "ss", final "ς" = "σ", "İ" = "i"), accents
 * (ACCENTS above, so "Niño" = "nino", "Ελλάδα" = "ελλαδα", "Ёлка" = "елка"; and the decomposed
 * (NFD) and composed forms of a letter alike), invisible characters, and runs of white space (any
 * script's) to one space. Returns NFC text; "" for a tag with nothing visible in it.
 */
export function tagIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFD')
    .replace(ACCENTS, '')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * The URL segment of a topic (its file name in content/tags too), from any spelling of it.
 *
 * It keeps the letters, digits and marks of every script, and symbols (C++, $, €, emoji), as they
 * are: transliteration would need a table per language and still guess (Chinese readings lose
 * their tones and collide; Japanese kanji have several readings), while browsers show a Unicode
 * path as written and send it percent-encoded (tagUrl). "#" is kept after a letter or digit (C#,
 * F#, so they are not C and F); a leading "#" is a hashtag's and goes. "&" reads "and", as in
 * article file names. Any other run of punctuation and space becomes one hyphen, so spellings that
 * differ only by punctuation ("Hong Kong", "Hong-Kong") share a segment: the content check refuses
 * two such topics (build-index.ts: tagProblems).
 *
 * Returns "" when nothing is left (a tag of punctuation only): the check refuses such a tag.
 * tagSlug(tagSlug(x)) === tagSlug(x).
 */
export function tagSlug(text: string): string {
  return tagIdentity(text)
    .replace(/&/g, ' and ')
    .replace(/(?<![\p{L}\p{M}\p{N}#])#/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N}\p{S}#]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

export const articleUrl = (slug: string) => `/articles/${slug}`
export const authorUrl = (slug: string) => `/authors/${slug}`
export const sectionUrl = (slug: string) => `/sections/${slug}`
/**
 * A topic page's path, percent-encoded (RFC 3986) so that links, canonical URLs, sitemaps and feeds
 * all carry the one form a strict reader accepts: /tags/%E4%B8%AD%E5%9B%BD for 中国, /tags/c%2B%2B for
 * c++. `slug` is a tagSlug; Next.js hands the route the decoded segment back.
 */
export const tagUrl = (slug: string) => `/tags/${encodeURIComponent(slug)}`
