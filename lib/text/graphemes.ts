// User-perceived characters (extended grapheme clusters, Unicode UAX #29): a flag, a family emoji
// joined by ZWJ, a letter with its combining accents, a Hangul syllable written in jamo. Text cut
// anywhere else can show half a surrogate pair (as U+FFFD) or half an emoji.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

// Runs of printable ASCII. UAX #29 joins no two of these characters, so inside a run each one is a
// grapheme of its own; only a run's first and last characters can join a neighbour (a prepended mark
// before, a combining mark or joiner after).
const PRINTABLE_ASCII_RUN = /[\x20-\x7e]{3,}/g

/**
 * The grapheme clusters of `text` with their offsets in UTF-16 code units, in order: the same as
 * Intl.Segmenter's. The insides of printable-ASCII runs are split by hand: Node 20's segmenter (V8 11)
 * is many times slower per character than Node 24's, and search snippets segment whole articles.
 */
export function graphemes(text: string): { segment: string; index: number }[] {
  const result: { segment: string; index: number }[] = []
  const segment = (from: number, to: number) => {
    for (const s of segmenter.segment(text.slice(from, to))) result.push({ segment: s.segment, index: from + s.index })
  }
  let done = 0
  for (const run of text.matchAll(PRINTABLE_ASCII_RUN)) {
    const [first, last] = [run.index, run.index + run[0].length - 1]
    segment(done, first + 1)
    for (let i = first + 1; i < last; i++) result.push({ segment: text[i], index: i })
    done = last
  }
  segment(done, text.length)
  return result
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
