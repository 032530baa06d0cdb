// XML sitemaps: every published article and listing page, split behind a sitemap index past
// 50,000 URLs (the protocol's limit), and a Google News sitemap of the last two days' articles.
import { listArticles, listAuthors, listAuthorArticles, listPublishedSince, listSectionArticles, listSections, listTags, type ArticleSummary } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'
import { renderXml } from './xml'

export const MAX_URLS_PER_SITEMAP = 50_000
export const NEWS_WINDOW_MS = 2 * 24 * 3600_000
/** Google News reads at most this many URLs from one news sitemap. */
const MAX_NEWS_URLS = 1000

export type SitemapEntry = { path: string; lastModified?: string }

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

/**
 * The absolute URL of `path` as a sitemap <loc>: sitemaps.org asks for URLs as RFC 3986 has them, so letters
 * outside ASCII in a path (a topic in another script) are percent-encoded; an encoded path stays as it is.
 */
const locOf = (path: string) => new URL(absoluteUrl(path)).href

const lastModifiedOf = (article: ArticleSummary | undefined) => article && article.modified

/** Home, sections, authors and topics (each dated by its newest article), then every article. */
export function buildSitemapEntries(data: {
  articles: ArticleSummary[]
  sections: { url: string; latest?: ArticleSummary }[]
  authors: { url: string; latest?: ArticleSummary }[]
  tags: { url: string; latest: string }[]
}): SitemapEntry[] {
  return [
    { path: '/', lastModified: lastModifiedOf(data.articles[0]) },
    // Indexes and the archive change whenever a story is published.
    ...['/archive', '/sections', '/authors'].map((path) => ({ path, lastModified: lastModifiedOf(data.articles[0]) })),
    ...data.sections.map((s) => ({ path: s.url, lastModified: lastModifiedOf(s.latest) })),
    ...data.authors.map((a) => ({ path: a.url, lastModified: lastModifiedOf(a.latest) })),
    ...data.tags.map((t) => ({ path: t.url, lastModified: t.latest })),
    ...data.articles.map((a) => ({ path: a.url, lastModified: lastModifiedOf(a) })),
  ]
}

export async function siteSitemapEntries(): Promise<SitemapEntry[]> {
  const { total } = await listArticles({ limit: 0 })
  const newest = async (ref: { url: string }, page: Promise<{ items: ArticleSummary[] }>) => ({ url: ref.url, latest: (await page).items[0] })
  return buildSitemapEntries({
    articles: (await listArticles({ limit: total })).items,
    sections: await Promise.all((await listSections()).map((s) => newest(s, listSectionArticles(s.slug, { limit: 1 })))),
    authors: await Promise.all((await listAuthors()).map((a) => newest(a, listAuthorArticles(a.slug, { limit: 1 })))),
    tags: await listTags(),
  })
}

/** How many sitemap files the entries need; more than one means /sitemap.xml is an index of them. */
export const sitemapPartCount = (entries: SitemapEntry[], max = MAX_URLS_PER_SITEMAP) =>
  Math.max(1, Math.ceil(entries.length / max))

/** The entries of part `part` (1-based), or undefined when there is no such part. */
export function sitemapPart(entries: SitemapEntry[], part: number, max = MAX_URLS_PER_SITEMAP): SitemapEntry[] | undefined {
  if (!Number.isInteger(part) || part < 1 || part > sitemapPartCount(entries, max)) return undefined
  return entries.slice((part - 1) * max, part * max)
}

const sitemapPartPath = (part: number) => `/sitemaps/${part}.xml`

/** A <urlset> of `entries` (sitemaps.org 0.9), URLs absolute. */
export function renderUrlset(entries: SitemapEntry[]): string {
  return renderXml({
    urlset: {
      '@xmlns': SITEMAP_NS,
      url: entries.map((e) => ({ loc: locOf(e.path), ...(e.lastModified && { lastmod: e.lastModified }) })),
    },
  })
}

/** A <sitemapindex> of the parts of `entries`, `max` URLs to a part, each dated by its newest entry. */
function renderSitemapIndex(entries: SitemapEntry[], max = MAX_URLS_PER_SITEMAP): string {
  const parts = Array.from({ length: sitemapPartCount(entries, max) }, (_, i) => {
    const newest = entries
      .slice(i * max, (i + 1) * max)
      .reduce<string | undefined>((latest, e) => (e.lastModified && (!latest || e.lastModified > latest) ? e.lastModified : latest), undefined)
    return { loc: absoluteUrl(sitemapPartPath(i + 1)), ...(newest && { lastmod: newest }) }
  })
  return renderXml({ sitemapindex: { '@xmlns': SITEMAP_NS, sitemap: parts } })
}

/** /sitemap.xml: the one sitemap while it fits, else the index of its parts. */
export function renderSitemap(entries: SitemapEntry[], max = MAX_URLS_PER_SITEMAP): string {
  return sitemapPartCount(entries, max) === 1 ? renderUrlset(entries) : renderSitemapIndex(entries, max)
}

/**
 * The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * `articles`, the last two days' published stories newest first, at most 1,000, each with the publication's
 * name and language, its first publication date and its headline as typed.
 *
 * With no story in the window it is a valid, empty <urlset>, at the same URL and still named in robots.txt.
 * That is what Google's page above says: only articles from the last two days belong in a news sitemap, so it
 * may be empty for a while when nothing was published lately; Search Console may then warn that it is empty,
 * only to confirm that this is intended, and an empty file causes no problem in Google Search. The same page
 * asks publishers to update one news sitemap rather than create new ones, so the next story goes into this file.
 */
export function renderNewsSitemap(articles: ArticleSummary[]): string {
  return renderXml({
    urlset: {
      '@xmlns': SITEMAP_NS,
      '@xmlns:news': NEWS_NS,
      url: articles.slice(0, MAX_NEWS_URLS).map((a) => ({
        loc: locOf(a.url),
        'news:news': {
          'news:publication': { 'news:name': site.name, 'news:language': site.language },
          'news:publication_date': a.published,
          'news:title': a.title,
        },
      })),
    },
  })
}

export const newsSitemapArticles = (now = new Date()) => listPublishedSince(new Date(now.getTime() - NEWS_WINDOW_MS))

export const xmlResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
