import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { fixtureStore, NOW } from '@/tests/fixtures/newsroom'
import { absoluteUrl } from '@/lib/site'
import {
  buildSitemapEntries,
  MAX_URLS_PER_SITEMAP,
  NEWS_WINDOW_MS,
  renderNewsSitemap,
  renderSitemap,
  renderUrlset,
  sitemapPart,
  sitemapPartCount,
  type SitemapEntry,
} from './sitemap'

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) })
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml)
}

function fixtureEntries(): SitemapEntry[] {
  const store = fixtureStore()
  const articles = store.listArticles({ limit: 100 }).items
  return buildSitemapEntries({
    articles,
    sections: store.listSections().map((s) => ({ url: s.url, latest: store.listSectionArticles(s.slug, { limit: 1 }).items[0] })),
    authors: store.listAuthors().map((a) => ({ url: a.url, latest: store.listAuthorArticles(a.slug, { limit: 1 }).items[0] })),
    tags: store.listTags(),
  })
}

describe('sitemap', () => {
  it('lists home, indexes, sections, authors, topics and published articles, dated by their last update', () => {
    const { urlset } = parse(renderUrlset(fixtureEntries()))
    const byLoc = new Map<string, string | undefined>(urlset.url.map((u: { loc: string; lastmod?: string }) => [u.loc, u.lastmod]))
    expect([...byLoc.keys()]).toEqual(
      ['/', '/archive', '/sections', '/authors', '/sections/markets', '/sections/trade', '/authors/ann', '/authors/bo', '/tags/japan', '/tags/currencies', '/tags/korea', '/tags/semiconductors', '/tags/rice', '/articles/yen-slides', '/articles/chip-exports', '/articles/old-rice-story'].map(absoluteUrl),
    )
    expect(byLoc.get(absoluteUrl('/articles/yen-slides'))).toBe('2026-11-28T10:30:00.000Z') // updated, not published
    expect(byLoc.get(absoluteUrl('/articles/chip-exports'))).toBe('2026-11-27T02:00:00.000Z')
    expect(byLoc.get(absoluteUrl('/'))).toBe('2026-11-28T10:30:00.000Z')
    expect(byLoc.get(absoluteUrl('/sections/trade'))).toBe('2026-11-27T02:00:00.000Z')
  })

  it('leaves out drafts, scheduled articles and topics that only they carry', () => {
    const xml = renderUrlset(fixtureEntries())
    for (const hidden of ['secret-draft', 'embargoed', 'airships', 'wildlife']) expect(xml).not.toContain(hidden)
  })

  it('is one urlset up to 50,000 URLs and an index of parts beyond', () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/articles/a-${i}`, lastModified: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z` }))
    expect(parse(renderSitemap(entries(MAX_URLS_PER_SITEMAP))).urlset.url).toHaveLength(MAX_URLS_PER_SITEMAP)

    const many = entries(MAX_URLS_PER_SITEMAP * 2 + 1)
    expect(sitemapPartCount(many)).toBe(3)
    const index = parse(renderSitemap(many)).sitemapindex.sitemap
    expect(index.map((s: { loc: string }) => s.loc)).toEqual([1, 2, 3].map((n) => absoluteUrl(`/sitemaps/${n}.xml`)))
    expect(index[0].lastmod).toBe('2026-11-28T00:00:00.000Z')
    expect(sitemapPart(many, 1)).toHaveLength(MAX_URLS_PER_SITEMAP)
    expect(sitemapPart(many, 3)).toEqual([many.at(-1)])
    expect(sitemapPart(many, 4)).toBeUndefined()
    expect(sitemapPart(many, 0)).toBeUndefined()
  })

  it('splits at any size and loses or repeats no URL', () => {
    const entries = fixtureEntries()
    const parts = Array.from({ length: sitemapPartCount(entries, 4) }, (_, i) => sitemapPart(entries, i + 1, 4)!)
    expect(parts.map((p) => p.length)).toEqual([4, 4, 4, 4])
    expect(parts.flat()).toEqual(entries)
  })

  it('escapes URLs for XML', () => {
    expect(renderUrlset([{ path: '/search?q=a&b' }])).toContain('/search?q=a&amp;b</loc>')
  })
})

describe('news sitemap', () => {
  it('holds the last two days of published articles with publication name, language, date and title', () => {
    const articles = fixtureStore().listPublishedSince(new Date(NOW.getTime() - NEWS_WINDOW_MS))
    const { urlset } = parse(renderNewsSitemap(articles))
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    expect(urlset.url.map((u: { loc: string }) => u.loc)).toEqual(['/articles/yen-slides', '/articles/chip-exports'].map(absoluteUrl))
    const news = urlset.url[0]['news:news']
    expect(news['news:publication']).toEqual({ 'news:name': 'Meridian', 'news:language': 'en' })
    expect(news['news:publication_date']).toBe('2026-11-28T09:00:00.000Z')
    expect(news['news:title']).toBe('Yen slides as traders watch for intervention')
  })

  it('never holds drafts or scheduled articles, even in their window', () => {
    const xml = renderNewsSitemap(fixtureStore().listPublishedSince(new Date(NOW.getTime() - NEWS_WINDOW_MS)))
    expect(xml).not.toContain('secret-draft')
    expect(xml).not.toContain('embargoed')
  })
})
