import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { graphemes } from './graphemes'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const bySegmenter = (text: string) => Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }))

// Characters that join a neighbour into one grapheme, or break between two, by each rule of UAX #29,
// mixed with plain ASCII so that they land at the edges of ASCII runs.
const TRICKY = [
  '\u0301', // combining acute: joins the letter before it (e + ◌́ is é)
  '\u0600', // Arabic number sign, a prepended mark: joins the character after it
  '\u200d', // zero-width joiner
  '\ufe0f', // variation selector
  '\u093f', // Devanagari vowel sign i, a spacing mark
  '\u0915', // Devanagari ka
  '\u094d', // Devanagari virama: ka + virama + ka is one grapheme
  '\u1100', // Hangul leading jamo
  '\u1161', // Hangul vowel jamo
  '\uac00', // Hangul syllable
  '\ud83d\udc69', // woman
  '\ud83c\udf93', // graduation cap (woman + ZWJ + cap is one emoji)
  '\ud83c\udde8', // regional indicator C
  '\ud83c\uddf3', // regional indicator N (C + N is a flag)
  '\ud83c\udffd', // skin tone modifier
  '\ud800', // lone surrogate
  'é',
  '中',
  '\r',
  '\n',
  '\t',
  '\u0085',
  '\u00a0',
  '“',
]
const ASCII = ['a', 'Z', '0', ' ', '-', '.', '~', '#', '*']
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...ASCII), fc.constantFrom(...TRICKY)), maxLength: 60 })

describe('graphemes', () => {
  it('splits any text exactly as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(graphemes(value)).toEqual(bySegmenter(value))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps a letter with its accent, a flag and a joined emoji whole inside ASCII text', () => {
    const value = 'Cafe\u0301 du Monde \ud83c\udde8\ud83c\uddf3 team \ud83d\udc69\u200d\ud83c\udf93 wins \u0600123 pts'
    const segments = graphemes(value).map(({ segment }) => segment)
    expect(segments).toContain('e\u0301')
    expect(segments).toContain('\ud83c\udde8\ud83c\uddf3')
    expect(segments).toContain('\ud83d\udc69\u200d\ud83c\udf93')
    expect(segments).toContain('\u06001')
    expect(segments.join('')).toBe(value)
  })
})
