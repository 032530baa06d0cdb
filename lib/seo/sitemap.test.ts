import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '@/lib/content'
import { fixtureStore, NOW } from '@/tests/fixtures/newsroom'
import { checkSitemap, childOf, childrenOf, NS, type XmlElement } from '@/tests/support/strict-output'
import { TORTURE_TEXTS } from '@/tests/support/torture-text'
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

/** The <url> (or <sitemap>) entries of a strictly parsed sitemap, as loc and lastmod. */
function entriesOf(xml: string) {
  const root = checkSitemap(xml)
  return childrenOf(root, root.local === 'urlset' ? 'url' : 'sitemap').map((u) => ({
    loc: childOf(u, 'loc').text,
    lastmod: childrenOf(u, 'lastmod')[0]?.text,
  }))
}
const news = (url: XmlElement, ...path: string[]) => path.reduce((el, name) => childOf(el, name, NS.news), url)

async function fixtureEntries(): Promise<SitemapEntry[]> {
  const store = fixtureStore()
  const articles = (await store.listArticles({ limit: 100 })).items
  const newest = async (ref: { url: string }, page: Promise<{ items: ArticleSummary[] }>) => ({ url: ref.url, latest: (await page).items[0] })
  return buildSitemapEntries({
    articles,
    sections: await Promise.all((await store.listSections()).map((s) => newest(s, store.listSectionArticles(s.slug, { limit: 1 })))),
    authors: await Promise.all((await store.listAuthors()).map((a) => newest(a, store.listAuthorArticles(a.slug, { limit: 1 })))),
    tags: await store.listTags(),
  })
}

describe('sitemap', () => {
  it('lists home, indexes, sections, authors, topics and published articles, dated by their last update', async () => {
    const byLoc = new Map(entriesOf(renderUrlset((await fixtureEntries()))).map((u) => [u.loc, u.lastmod]))
    expect([...byLoc.keys()]).toEqual(
      ['/', '/archive', '/sections', '/authors', '/sections/markets', '/sections/trade', '/authors/ann', '/authors/bo', '/tags/japan', '/tags/currencies', '/tags/korea', '/tags/semiconductors', '/tags/rice', '/articles/yen-slides', '/articles/chip-exports', '/articles/old-rice-story'].map(absoluteUrl),
    )
    expect(byLoc.get(absoluteUrl('/articles/yen-slides'))).toBe('2026-11-28T10:30:00.000Z') // updated, not published
    expect(byLoc.get(absoluteUrl('/articles/chip-exports'))).toBe('2026-11-27T02:00:00.000Z')
    expect(byLoc.get(absoluteUrl('/'))).toBe('2026-11-28T10:30:00.000Z')
    expect(byLoc.get(absoluteUrl('/sections/trade'))).toBe('2026-11-27T02:00:00.000Z')
  })

  it('leaves out drafts, scheduled articles and topics that only they carry', async () => {
    const xml = renderUrlset((await fixtureEntries()))
    for (const hidden of ['secret-draft', 'embargoed', 'airships', 'wildlife']) expect(xml).not.toContain(hidden)
  })

  it('is one urlset up to 50,000 URLs and an index of parts beyond', async () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/articles/a-${i}`, lastModified: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z` }))
    expect(entriesOf(renderSitemap(entries(MAX_URLS_PER_SITEMAP)))).toHaveLength(MAX_URLS_PER_SITEMAP)

    const many = entries(MAX_URLS_PER_SITEMAP * 2 + 1)
    expect(sitemapPartCount(many)).toBe(3)
    const xml = renderSitemap(many)
    expect(checkSitemap(xml).local).toBe('sitemapindex')
    const index = entriesOf(xml)
    expect(index.map((s) => s.loc)).toEqual([1, 2, 3].map((n) => absoluteUrl(`/sitemaps/${n}.xml`)))
    expect(index[0].lastmod).toBe('2026-11-28T00:00:00.000Z')
    expect(sitemapPart(many, 1)).toHaveLength(MAX_URLS_PER_SITEMAP)
    expect(sitemapPart(many, 3)).toEqual([many.at(-1)])
    expect(sitemapPart(many, 4)).toBeUndefined()
    expect(sitemapPart(many, 0)).toBeUndefined()
  }, 60_000) // builds and parses 150,000 URLs

  it('splits at any size and loses or repeats no URL', async () => {
    const entries = (await fixtureEntries())
    const parts = Array.from({ length: sitemapPartCount(entries, 4) }, (_, i) => sitemapPart(entries, i + 1, 4)!)
    expect(parts.map((p) => p.length)).toEqual([4, 4, 4, 4])
    expect(parts.flat()).toEqual(entries)
  })

  it('escapes URLs for XML and percent-encodes paths in other scripts', async () => {
    const xml = renderUrlset([{ path: '/search?q=a&b' }, { path: '/tags/%E4%B8%AD%E5%9B%BD' }, { path: '/tags/中国' }, { path: '/tags/ниña' }])
    expect(xml).toContain('/search?q=a&amp;b</loc>')
    expect(entriesOf(xml).map((u) => u.loc)).toEqual(
      ['/search?q=a&b', '/tags/%E4%B8%AD%E5%9B%BD', '/tags/%E4%B8%AD%E5%9B%BD', '/tags/%D0%BD%D0%B8%C3%B1a'].map(absoluteUrl),
    )
  })
})

describe('news sitemap', () => {
  it('holds the last two days of published articles with publication name, language, date and title', async () => {
    const articles = await fixtureStore().listPublishedSince(new Date(NOW.getTime() - NEWS_WINDOW_MS))
    const urls = childrenOf(checkSitemap(renderNewsSitemap(articles), 'news sitemap', { news: true }), 'url')
    expect(urls.map((u) => childOf(u, 'loc').text)).toEqual(['/articles/yen-slides', '/articles/chip-exports'].map(absoluteUrl))
    expect(news(urls[0], 'news', 'publication', 'name').text).toBe('Meridian')
    expect(news(urls[0], 'news', 'publication', 'language').text).toBe('en')
    expect(news(urls[0], 'news', 'publication_date').text).toBe('2026-11-28T09:00:00.000Z')
    expect(news(urls[0], 'news', 'title').text).toBe('Yen slides as traders watch for intervention')
  })

  it('never holds drafts or scheduled articles, even in their window', async () => {
    const xml = renderNewsSitemap(await fixtureStore().listPublishedSince(new Date(NOW.getTime() - NEWS_WINDOW_MS)))
    expect(xml).not.toContain('secret-draft')
    expect(xml).not.toContain('embargoed')
  })

  it('is a valid, empty urlset when no story is from the last two days (Google: an empty news sitemap is fine)', async () => {
    const root = checkSitemap(renderNewsSitemap([]), 'news sitemap', { news: true })
    expect(root.attributes['xmlns:news']).toBe(NS.news)
    expect(root.children).toEqual([])
  })

  it('carries every headline an editor may type as typed, and drops characters XML cannot carry', async () => {
    const [story] = await fixtureStore().listPublishedSince(new Date(NOW.getTime() - NEWS_WINDOW_MS))
    const titles = [...Object.values(TORTURE_TEXTS), 'Oil\u000Bprices\u0000 rise\uD800']
    const xml = renderNewsSitemap(titles.map((title, i) => ({ ...story, title, url: `/articles/story-${i}` })))
    const urls = childrenOf(checkSitemap(xml, 'news sitemap', { news: true }), 'url')
    expect(urls.map((u) => news(u, 'news', 'title').text)).toEqual([...Object.values(TORTURE_TEXTS), 'Oilprices rise'])
  })
})
