import { describe, expect, it } from 'vitest'
import { indexedArticle } from '@/tests/fixtures/content'
import { redirectTable } from './redirects'

const index = {
  articles: [
    indexedArticle('port-deal', '2026-11-27T01:30:00.000Z', { previousSlugs: ['port-deal-signed', 'terminal-deal'] }),
    indexedArticle('tariff-talks', '2026-11-26T18:00:00.000Z'),
    indexedArticle('draft-story', '2026-11-26T18:00:00.000Z', { draft: true, previousSlugs: ['draft-story-old'] }),
  ],
}

describe('redirect table', () => {
  it('sends every earlier address of a story, and its share image, straight to the current ones, and leaves drafts out', () => {
    expect(redirectTable(index)).toEqual({
      '/articles/port-deal-signed': '/articles/port-deal',
      '/og/articles/port-deal-signed': '/og/articles/port-deal',
      '/articles/terminal-deal': '/articles/port-deal',
      '/og/articles/terminal-deal': '/og/articles/port-deal',
    })
  })
})
