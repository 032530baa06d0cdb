// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site, a section or an author. Items carry the
// summary (dek), not the full body: readers come to the page, and a feed stays small and cheap to
// build. An item's id is the first URL its article had (ArticleSummary.firstUrl): it does not change when
// the article is edited or renamed, so a renamed story never shows up again as new in feed readers.
import type { ArticleSummary } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'
import { renderXml, type XmlTree } from './xml'

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

const feedPath = (scope: FeedScope, format: FeedFormat) => `${scopeBase(scope)}/${FORMATS[format].file}`

/** The scope's feeds, for <link rel="alternate"> autodiscovery. */
export const feedLinks = (scope: FeedScope) =>
  (Object.keys(FORMATS) as FeedFormat[]).map((format) => ({
    path: feedPath(scope, format),
    type: FORMATS[format].type,
    title: `${scopeTitle(scope)} (${FORMATS[format].label})`,
  }))

const imageType = (src: string) => (/\.png$/i.test(src) ? 'image/png' : /\.webp$/i.test(src) ? 'image/webp' : 'image/jpeg')

/** Plain text as HTML, for the one field readers take as HTML: an RSS item's description. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

type FeedContext = { pageUrl: string; selfUrl: string; title: string; description: string; updated: Date }

function feedContext(scope: FeedScope, articles: ArticleSummary[], format: FeedFormat): FeedContext {
  return {
    pageUrl: absoluteUrl(scopeBase(scope) || '/'),
    selfUrl: absoluteUrl(feedPath(scope, format)),
    title: scopeTitle(scope),
    description: scope.kind === 'site' ? site.description : `Newest stories from ${scopeTitle(scope)}`,
    updated: new Date(articles[0] ? articles[0].modified : 0),
  }
}

const ATOM_NS = 'http://www.w3.org/2005/Atom'

/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification). Titles are plain text, escaped once by the XML
 * writer: the RSS Best Practices Profile counts only an item's description as HTML, and a title carried as
 * escaped HTML inside CDATA showed "&amp;" to readers that take it as text. The description is HTML, so the
 * dek is escaped as HTML first and reads back as the text the editor typed.
 */
function rss(feed: FeedContext, articles: ArticleSummary[]): XmlTree {
  return {
    rss: {
      '@version': '2.0',
      '@xmlns:atom': ATOM_NS,
      channel: {
        title: feed.title,
        link: feed.pageUrl,
        description: feed.description,
        lastBuildDate: feed.updated.toUTCString(),
        docs: 'https://www.rssboard.org/rss-specification',
        generator: site.name,
        language: site.language,
        image: { url: absoluteUrl(site.logo), title: feed.title, link: feed.pageUrl },
        copyright: `© ${site.name}`,
        'atom:link': { '@href': feed.selfUrl, '@rel': 'self', '@type': FORMATS.rss.type },
        item: articles.map((article) => {
          const url = absoluteUrl(article.url)
          return {
            title: article.title,
            link: url,
            // Not a permalink: the id outlives renames, and a renamed story's first URL only redirects.
            guid: { '@isPermaLink': 'false', '#text': absoluteUrl(article.firstUrl) },
            pubDate: new Date(article.published).toUTCString(),
            description: escapeHtml(article.dek),
            category: { '@domain': absoluteUrl(article.section.url), '#text': article.section.name },
            // RSS 2.0 wants an e-mail address in <author>; the names go in Atom and JSON Feed only.
            ...(article.hero && { enclosure: { '@url': absoluteUrl(article.hero.src), '@length': '0', '@type': imageType(article.hero.src) } }),
          }
        }),
      },
    },
  }
}

/** Atom (RFC 4287). Title and summary are text constructs of type "text": what the editor typed, as text. */
function atom(feed: FeedContext, articles: ArticleSummary[]): XmlTree {
  return {
    feed: {
      '@xmlns': ATOM_NS,
      id: feed.pageUrl,
      title: { '@type': 'text', '#text': feed.title },
      updated: feed.updated.toISOString(),
      generator: site.name,
      link: [
        { '@rel': 'alternate', '@href': feed.pageUrl },
        { '@rel': 'self', '@href': feed.selfUrl },
      ],
      subtitle: { '@type': 'text', '#text': feed.description },
      logo: absoluteUrl(site.logo),
      rights: { '@type': 'text', '#text': `© ${site.name}` },
      entry: articles.map((article) => {
        const url = absoluteUrl(article.url)
        return {
          title: { '@type': 'text', '#text': article.title },
          id: absoluteUrl(article.firstUrl),
          link: [
            { '@rel': 'alternate', '@type': 'text/html', '@href': url },
            ...(article.hero ? [{ '@rel': 'enclosure', '@type': imageType(article.hero.src), '@href': absoluteUrl(article.hero.src) }] : []),
          ],
          updated: new Date(article.modified).toISOString(),
          published: new Date(article.published).toISOString(),
          summary: { '@type': 'text', '#text': article.dek },
          author: article.authors.map((a) => ({ name: a.name, uri: absoluteUrl(a.url) })),
          category: { '@term': article.section.slug, '@scheme': absoluteUrl('/sections/'), '@label': article.section.name },
        }
      }),
    },
  }
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `authors` per item, the feed's `language`, the dek as `content_text`. */
function jsonFeed(feed: FeedContext, articles: ArticleSummary[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    icon: absoluteUrl(site.logo),
    language: site.language,
    items: articles.map((article) => ({
      id: absoluteUrl(article.firstUrl),
      url: absoluteUrl(article.url),
      title: article.title,
      ...(article.hero && { image: absoluteUrl(article.hero.src) }),
      date_modified: new Date(article.modified).toISOString(),
      date_published: new Date(article.published).toISOString(),
      tags: [article.section.name],
      content_text: article.dek,
      authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(a.url) })),
    })),
  }
}

/**
 * The newest FEED_SIZE of `articles` (given newest first) as a feed document of `format` for `scope`.
 * Every editor-typed value reads back unchanged from a strict parse (XML) or JSON.parse, except characters
 * XML 1.0 cannot carry, which the XML formats drop (lib/seo/xml.ts).
 */
export function renderFeed(scope: FeedScope, articles: ArticleSummary[], format: FeedFormat): string {
  const newest = articles.slice(0, FEED_SIZE)
  const feed = feedContext(scope, newest, format)
  if (format === 'rss') return renderXml(rss(feed, newest))
  if (format === 'atom') return renderXml(atom(feed, newest))
  return JSON.stringify(jsonFeed(feed, newest), null, 2)
}

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, {
    headers: { 'Content-Type': `${FORMATS[format].type}; charset=utf-8` },
  })
}
