import { describe, expect, it } from 'vitest'
import { indexedArticle } from '@/tests/fixtures/content'
import { tagTable, uniqueTags } from './tags'
import { tagIdentity, tagSlug, tagUrl } from '../content/urls'

/** Each group: spellings of one topic, and the URL its page has. */
const sameTopic: [string[], string][] = [
  [['AI', 'ai', 'Ai', 'ＡＩ' /* full-width */, ' AI ', 'A\u00adI' /* soft hyphen */], '/tags/ai'],
  [['Niño', 'Nin\u0303o' /* NFD */, 'NIÑO', 'nino', 'Nino'], '/tags/nino'],
  [['中国', ' 中国'], '/tags/%E4%B8%AD%E5%9B%BD'],
  [['ガイド', 'ｶﾞｲﾄﾞ' /* half-width */, 'カ\u3099イト\u3099' /* decomposed */], '/tags/%E3%82%AC%E3%82%A4%E3%83%89'],
  [['한국', '\u1112\u1161\u11ab\u1100\u116e\u11a8' /* jamo */], '/tags/%ED%95%9C%EA%B5%AD'],
  [['Россия', 'РОССИЯ', 'россия'], `/tags/${encodeURIComponent('россия')}`],
  [['Ёлка', 'елка'], `/tags/${encodeURIComponent('елка')}`],
  [['Ελλάδα', 'ΕΛΛΑΔΑ', 'ελλαδα'], `/tags/${encodeURIComponent('ελλαδα')}`],
  [['الصين', 'الصين\u200f' /* RLM */], `/tags/${encodeURIComponent('الصين')}`],
  [['भारत'], `/tags/${encodeURIComponent('भारत')}`],
  [['Straße', 'STRASSE', 'strasse'], '/tags/strasse'],
  [['İstanbul', 'istanbul'], '/tags/istanbul'],
  [['Hong Kong', 'hong  kong', 'Hong\u00a0Kong', 'Hong\u3000Kong'], '/tags/hong-kong'],
  [['🚀'], '/tags/%F0%9F%9A%80'],
  [['❤️', '❤'], '/tags/%E2%9D%A4'],
  [['C++', 'c++'], '/tags/c%2B%2B'],
  [['C#', 'c#'], '/tags/c%23'],
  [['R&D', 'r&d'], '/tags/r-and-d'],
]

describe('topic identity and URL', () => {
  it.each(sameTopic)('makes %j one topic at %s', (spellings, url) => {
    expect(new Set(spellings.map(tagIdentity)).size).toBe(1)
    for (const spelling of spellings) expect(tagUrl(tagSlug(spelling))).toBe(url)
  })

  it('keeps different topics apart, in every script, and symbols that make a name', () => {
    const different = ['C', 'C++', 'C#', 'F#', '中国', '中國', '日本', '東京', 'ガイド', 'カイト', 'भारत', 'भरत', 'Россия', 'США', '🚀', '🛰️', '$', '€', 'US', 'EU']
    expect(new Set(different.map(tagSlug)).size).toBe(different.length)
    expect(new Set(different.map(tagIdentity)).size).toBe(different.length)
  })

  it('makes no segment of punctuation alone, so the check can refuse it, and never a "/" in one', () => {
    for (const tag of ['...', '!!!', '#', '—', '()', '\u200b', '   ']) expect(tagSlug(tag)).toBe('')
    for (const tag of ['AC/DC', 'a/b', '100%', 'what?']) expect(tagSlug(tag)).not.toMatch(/[/%?]/)
  })

  it('gives a segment that is its own segment, so file names in content/tags can be checked against it', () => {
    for (const [spellings] of sameTopic) for (const s of spellings) expect(tagSlug(tagSlug(s))).toBe(tagSlug(s))
  })

  it('gives punctuation-only variants one segment but different identities: the check refuses them', () => {
    for (const family of [['Hong Kong', 'Hong-Kong', 'Hong_Kong', 'Hong.Kong'], ['#MeToo', 'MeToo'], ['U.S.', 'U-S'], ['R&D', 'R and D']]) {
      expect(new Set(family.map(tagSlug)).size, family.join()).toBe(1)
      expect(new Set(family.map(tagIdentity)).size, family.join()).toBe(family.length)
    }
  })
})

describe('tags on one article', () => {
  it('keeps the first spelling of each topic, in order, without tags that have no address', () => {
    expect(uniqueTags(['AI', 'China', 'ai', 'ＡＩ', '...', 'Hong  Kong', 'Hong-Kong'])).toEqual(['AI', 'China', 'Hong Kong'])
  })
})

describe('topic names', () => {
  const NOW = new Date('2026-11-28T12:00:00Z')
  const story = (slug: string, published: string, tags: string[], draft = false) =>
    indexedArticle(slug, `${published}T00:00:00.000Z`, { tags, draft })
  const nameOf = (table: { slug: string; name: string }[], slug: string) => table.find((t) => t.slug === slug)?.name

  it('takes the declared name, with its description', () => {
    const table = tagTable([story('a', '2026-11-01', ['ai'])], [{ slug: 'ai', name: 'Artificial intelligence', description: 'Machines.' }], NOW)
    expect(table).toEqual([{ slug: 'ai', name: 'Artificial intelligence', description: 'Machines.' }])
  })

  it('else takes the most common spelling among published stories, not the newest', () => {
    const table = tagTable(
      [story('a', '2026-11-01', ['AI']), story('b', '2026-11-02', ['AI']), story('c', '2026-11-27', ['ai'])],
      [],
      NOW,
    )
    expect(nameOf(table, 'ai')).toBe('AI')
  })

  it('ignores drafts and scheduled stories, so the name does not change when they go live', () => {
    const table = tagTable(
      [
        story('a', '2026-11-01', ['Niño']),
        story('b', '2026-11-29', ['nino']),
        story('c', '2026-11-30', ['nino']),
        story('d', '2026-11-02', ['NINO'], true),
        story('e', '2026-11-03', ['NINO'], true),
      ],
      [],
      NOW,
    )
    expect(nameOf(table, 'nino')).toBe('Niño')
  })

  it('breaks ties by the spelling published first, whatever the order of the files', () => {
    const stories = [story('z', '2026-11-01', ['ai']), story('y', '2026-11-02', ['AI']), story('x', '2026-11-03', ['Ai'])]
    expect(nameOf(tagTable(stories, [], NOW), 'ai')).toBe('ai')
    expect(nameOf(tagTable([...stories].reverse(), [], NOW), 'ai')).toBe('ai')
    // Same time: the lower article slug.
    const sameTime = [story('b', '2026-11-01', ['AI']), story('a', '2026-11-01', ['ai'])]
    expect(nameOf(tagTable(sameTime, [], NOW), 'ai')).toBe('ai')
    expect(nameOf(tagTable([...sameTime].reverse(), [], NOW), 'ai')).toBe('ai')
  })

  it('names a topic only drafts or scheduled stories carry, for preview', () => {
    const table = tagTable([story('a', '2026-11-01', ['Rumours'], true), story('b', '2026-12-01', ['Launches'])], [], NOW)
    expect(table.map((t) => t.name)).toEqual(['Launches', 'Rumours'])
  })

  it('counts spellings that differ only in white space or Unicode form as one', () => {
    const table = tagTable(
      [story('a', '2026-11-01', ['Hong Kong']), story('b', '2026-11-02', ['Hong  Kong']), story('c', '2026-11-03', ['hong kong']), story('d', '2026-11-04', ['hong kong'])],
      [],
      NOW,
    )
    expect(nameOf(table, 'hong-kong')).toBe('Hong Kong')
  })
})
