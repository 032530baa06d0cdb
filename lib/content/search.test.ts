import { describe, expect, it } from 'vitest'
import { fixtureStore, NOW } from '@/tests/fixtures/newsroom'
import { MAX_QUERY_LENGTH, normalizeQuery, snippet } from './search'

const slugs = (page: { items: { article: { slug: string } }[] }) => page.items.map((h) => h.article.slug)
const search = (query: string, options = { limit: 10 }) => fixtureStore().search(query, options)

describe('full-text search', () => {
  it('finds a word that appears only in one article body, first', () => {
    expect(slugs(search('marzipan'))[0]).toBe('chip-exports')
  })

  it('ranks a headline match above a mention in the dek', () => {
    expect(slugs(search('yen'))).toEqual(['yen-slides', 'old-rice-story'])
  })

  it('searches author names, section names and tags', () => {
    expect(slugs(search('Bo Chan'))).toEqual(['chip-exports'])
    expect(slugs(search('semiconductors korea'))).toEqual(['chip-exports'])
    expect(slugs(search('trade'))).toContain('old-rice-story')
  })

  it('matches the start of a long word and forgives a typo in one', () => {
    expect(slugs(search('semicon'))).toEqual(['chip-exports'])
    expect(slugs(search('intervantion'))).toEqual(['yen-slides'])
  })

  it('never returns drafts or articles scheduled for later', () => {
    expect(slugs(search('zeppelin'))).toEqual([])
    expect(slugs(search('quokka'))).toEqual([])
    expect(slugs(search('yen'))).not.toContain('secret-draft')
    expect(slugs(search('yen'))).not.toContain('embargoed')
  })

  it('shows drafts in preview and scheduled articles once due, like every other list', () => {
    expect(slugs(fixtureStore({ preview: true }).search('zeppelin', { limit: 10 }))).toEqual(['secret-draft'])
    const later = fixtureStore({ now: new Date(NOW.getTime() + 2 * 86_400_000) })
    expect(slugs(later.search('quokka', { limit: 10 }))).toEqual(['embargoed'])
  })

  it('highlights the matched words in a snippet of the body', () => {
    const [hit] = search('marzipan').items
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['marzipan'])
    expect(hit.snippet.map((p) => p.text).join('')).toContain('A rare word, marzipan, appears only here.')
  })

  it('falls back to the dek for the snippet when the body does not match', () => {
    const hit = search('yen').items.find((h) => h.article.slug === 'old-rice-story')!
    expect(hit.snippet.map((p) => p.text).join('')).toBe('Harvests were poor; the yen is not mentioned in the body.')
    expect(hit.snippet.some((p) => p.hit && p.text === 'yen')).toBe(true)
  })

  it('pages through results and counts them all', () => {
    const first = search('yen', { limit: 1 })
    const second = fixtureStore().search('yen', { offset: 1, limit: 1 })
    expect(first.total).toBe(2)
    expect(slugs(first)).toEqual(['yen-slides'])
    expect(slugs(second)).toEqual(['old-rice-story'])
  })

  it('treats markup in a query as words, and finds nothing for an empty one', () => {
    expect(search('<script>alert(1)</script>').total).toBe(0)
    expect(search('')).toEqual({ items: [], total: 0 })
  })
})

describe('queries', () => {
  it('are trimmed, single-valued and length-limited', () => {
    expect(normalizeQuery('  yen   slides ')).toBe('yen slides')
    expect(normalizeQuery(['first', 'second'])).toBe('first')
    expect(normalizeQuery(undefined)).toBe('')
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
  })
})

describe('snippets', () => {
  const text = `${'Filler words here. '.repeat(20)}The central bank raised rates. ${'More filler after. '.repeat(20)}`

  it('are a window around the first match, cut at word boundaries and marked as cut', () => {
    const parts = snippet(text, ['rates'])!
    const joined = parts.map((p) => p.text).join('')
    expect(joined.startsWith('…')).toBe(true)
    expect(joined.endsWith('…')).toBe(true)
    expect(joined.length).toBeLessThan(240)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['rates'])
  })

  it('match whole words only, in any case, and treat terms as text, not patterns', () => {
    expect(snippet('Ratesetters and RATES', ['rates'])!.filter((p) => p.hit).map((p) => p.text)).toEqual(['RATES'])
    expect(snippet('up 5x5 then 5.5 more', ['5.5'])!.filter((p) => p.hit).map((p) => p.text)).toEqual(['5.5'])
    expect(snippet('no match here', ['yen'])).toBeUndefined()
  })
})
