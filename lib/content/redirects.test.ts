import { describe, expect, it } from 'vitest'
import { indexedArticle } from '@/tests/fixtures/content'
import { redirectTable, redirectTarget } from './redirects'

const index = {
  articles: [
    indexedArticle('port-deal', '2026-11-27T01:30:00.000Z', { previousSlugs: ['port-deal-signed', 'terminal-deal'] }),
    indexedArticle('tariff-talks', '2026-11-26T18:00:00.000Z'),
    indexedArticle('draft-story', '2026-11-26T18:00:00.000Z', { draft: true, previousSlugs: ['draft-story-old'] }),
  ],
}

describe('redirect table', () => {
  it('sends every earlier slug of a story straight to its current address, and leaves drafts out', () => {
    expect(redirectTable(index)).toEqual({
      '/articles/port-deal-signed': '/articles/port-deal',
      '/articles/terminal-deal': '/articles/port-deal',
    })
  })

  it('answers the article and its share image, with or without a trailing slash, and nothing else', () => {
    const table = redirectTable(index)
    expect(redirectTarget(table, '/articles/port-deal-signed')).toBe('/articles/port-deal')
    expect(redirectTarget(table, '/articles/terminal-deal/')).toBe('/articles/port-deal')
    expect(redirectTarget(table, '/og/articles/terminal-deal')).toBe('/og/articles/port-deal')
    for (const path of ['/articles/port-deal', '/articles/tariff-talks', '/og/articles/port-deal', '/articles/draft-story-old', '/articles/constructor', '/articles/__proto__', '/og/articles/', '/'])
      expect(redirectTarget(table, path), path).toBeUndefined()
  })

  it('takes any old path the table lists (e.g. an imported permalink), not only article addresses', () => {
    expect(redirectTarget({ '/2024/02/26/port-deal': '/articles/port-deal' }, '/2024/02/26/port-deal/')).toBe('/articles/port-deal')
    // A share image moves only with an article's address.
    expect(redirectTarget({ '/articles/a': '/sections/trade' }, '/og/articles/a')).toBeUndefined()
  })
})
