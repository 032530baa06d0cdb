// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site, a section or an author. Items carry the
// summary (dek), not the full body: readers come to the page, and a feed stays small and cheap to
// build. An item's id is its article URL, which does not change when the article is edited.
import { Feed, type Item } from 'feed'
import type { ArticleSummary } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'

export const FEED_SIZE = 50

export type FeedScope =
  | { kind: 'site' }
  | { kind: 'section'; slug: string; name: string }
  | { kind: 'author'; slug: string; name: string }
export type FeedFormat = 'rss' | 'atom' | 'json'

const FORMATS: Record<FeedFormat, { file: string; type: string; label: string }> = {
  rss: { file: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
}

const scopeBase = (scope: FeedScope) =>
  scope.kind === 'site' ? '' : scope.kind === 'section' ? `/sections/${scope.slug}` : `/authors/${scope.slug}`
const scopeTitle = (scope: FeedScope) => (scope.kind === 'site' ? site.name : `${scope.name} | ${site.name}`)

export const feedPath = (scope: FeedScope, format: FeedFormat) => `${scopeBase(scope)}/${FORMATS[format].file}`

/** The scope's feeds, for <link rel="alternate"> autodiscovery. */
export const feedLinks = (scope: FeedScope) =>
  (Object.keys(FORMATS) as FeedFormat[]).map((format) => ({
    path: feedPath(scope, format),
    type: FORMATS[format].type,
    title: `${scopeTitle(scope)} (${FORMATS[format].label})`,
  }))

const imageType = (src: string) => (/\.png$/i.test(src) ? 'image/png' : /\.webp$/i.test(src) ? 'image/webp' : 'image/jpeg')

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function buildFeed(scope: FeedScope, articles: ArticleSummary[], format: FeedFormat): Feed {
  const pageUrl = absoluteUrl(scopeBase(scope) || '/')
  const feed = new Feed({
    id: pageUrl,
    title: scopeTitle(scope),
    description: scope.kind === 'site' ? site.description : `Newest stories from ${scopeTitle(scope)}`,
    link: pageUrl,
    language: site.language,
    image: absoluteUrl(site.logo),
    copyright: `© ${site.name}`,
    updated: new Date(articles[0] ? articles[0].modified : 0),
    generator: site.name,
    feedLinks: { rss: absoluteUrl(feedPath(scope, 'rss')), atom: absoluteUrl(feedPath(scope, 'atom')), json: absoluteUrl(feedPath(scope, 'json')) },
    feed: absoluteUrl(feedPath(scope, format)),
  })
  for (const article of articles) {
    const url = absoluteUrl(article.url)
    const item: Item = {
      id: url,
      link: url,
      // RSS and Atom readers treat titles and summaries as HTML: plain text is escaped to stay text.
      title: format === 'json' ? article.title : escapeHtml(article.title),
      description: escapeHtml(article.dek),
      date: new Date(article.modified),
      published: new Date(article.published),
      category: [
        { name: article.section.name, domain: absoluteUrl(article.section.url), term: article.section.slug, scheme: absoluteUrl('/sections/') },
      ],
      // RSS 2.0 wants an e-mail address in <author>; the names go in Atom and JSON Feed only.
      ...(format !== 'rss' && { author: article.authors.map((a) => ({ name: a.name, link: absoluteUrl(a.url) })) }),
      ...(article.hero && { image: { url: absoluteUrl(article.hero.src), type: imageType(article.hero.src) } }),
    }
    feed.addItem(item)
  }
  return feed
}

/**
 * The feed library writes JSON Feed 1.0. Version 1.1 lists `authors` (not one `author`) and names the
 * `language`; the dek goes in `content_text`, being plain text.
 */
function toJsonFeed11(json1: string, articles: ArticleSummary[]): string {
  const feed = JSON.parse(json1)
  feed.version = 'https://jsonfeed.org/version/1.1'
  feed.language = site.language
  feed.items.forEach((item: Record<string, unknown>, i: number) => {
    const article = articles[i]
    delete item.author
    delete item.content_html
    item.content_text = article.dek
    item.authors = article.authors.map((a) => ({ name: a.name, url: absoluteUrl(a.url) }))
  })
  return JSON.stringify(feed, null, 2)
}

export function renderFeed(scope: FeedScope, articles: ArticleSummary[], format: FeedFormat): string {
  const newest = articles.slice(0, FEED_SIZE)
  const feed = buildFeed(scope, newest, format)
  if (format === 'rss') return feed.rss2()
  if (format === 'atom') return feed.atom1()
  return toJsonFeed11(feed.json1(), newest)
}

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, {
    headers: { 'Content-Type': `${FORMATS[format].type}; charset=utf-8` },
  })
}
