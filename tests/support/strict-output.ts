// Strict readers of what the site publishes, shared by the unit tests and the e2e suite (so: no test
// framework imports). Each parses one output the way the strictest real consumer would and throws an
// Error naming the output and what is wrong; on success it returns the parsed value for comparisons.
//
// XML is read with saxes, a non-validating XML 1.0 parser that enforces well-formedness in full (the Char
// production, so a U+000B is an error, and a lone surrogate, checked here; undeclared entities such as &nbsp;; attribute
// syntax) and Namespaces in XML 1.0 (an unbound prefix is an error). A lenient parser accepted every
// broken feed of issue 12, which is why these helpers exist.
import { SaxesParser, type SaxesTagNS } from 'saxes'

/** One parsed element: namespace-resolved name, attributes by qualified name, child elements and own text. */
export type XmlElement = {
  /** Qualified name as written, e.g. "news:title". */
  name: string
  /** Local name, e.g. "title". */
  local: string
  /** Namespace URI ('' when none). */
  uri: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own character data (text and CDATA, concatenated), entities resolved. */
  text: string
}

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
} as const

/**
 * Parses `xml` strictly (XML 1.0 well-formedness, namespaces on) into a tree of XmlElement.
 * @param label names the output in error messages, e.g. "/atom.xml".
 * @throws Error `"<label> is not well-formed XML at line:column: <reason>"`.
 */
export function parseXmlStrict(xml: string, label = 'output'): XmlElement {
  // saxes reads JS strings and lets a lone surrogate through; on the wire, UTF-8 cannot encode one and it
  // would arrive as U+FFFD, so it is an error here.
  const lone = /\p{Surrogate}/u.exec(xml)
  if (lone) {
    const before = xml.slice(0, lone.index).split('\n')
    throw new Error(`${label} is not well-formed XML at ${before.length}:${before[before.length - 1].length + 1}: disallowed character (lone surrogate U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}, which UTF-8 cannot encode).`)
  }
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.on('error', (error) => {
    throw new Error(`${label} is not well-formed XML at ${parser.line}:${parser.column}: ${error.message}`)
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: '',
    }
    if (stack.length > 0) stack[stack.length - 1].children.push(element)
    else root = element
    stack.push(element)
  })
  parser.on('closetag', () => void stack.pop())
  const onText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.write(xml).close()
  if (!root) throw new Error(`${label} has no root element`)
  return root
}

/** Child elements of `parent` with local name `local` in namespace `uri`. */
export const childrenOf = (parent: XmlElement, local: string, uri = parent.uri) =>
  parent.children.filter((c) => c.local === local && c.uri === uri)

/**
 * The one child element `local` (in `uri`, default the parent's namespace).
 * @throws Error when there is none or more than one.
 */
export function childOf(parent: XmlElement, local: string, uri = parent.uri): XmlElement {
  const found = childrenOf(parent, local, uri)
  if (found.length !== 1) throw new Error(`<${parent.name}> has ${found.length} <${local}> (in ${uri || 'no namespace'}), expected 1`)
  return found[0]
}

function expectRoot(root: XmlElement, local: string, uri: string, label: string) {
  if (root.local !== local || root.uri !== uri) throw new Error(`${label}: root is <${root.name}> in ${root.uri || 'no namespace'}, expected <${local}> in ${uri || 'no namespace'}`)
}

/**
 * Parses an RSS 2.0 feed strictly and checks its required elements (RSS 2.0 spec: channel title, link and
 * description; every item a title or a description). Returns the <channel> element.
 */
export function checkRss(xml: string, label = 'RSS feed'): XmlElement {
  const rss = parseXmlStrict(xml, label)
  expectRoot(rss, 'rss', '', label)
  if (rss.attributes.version !== '2.0') throw new Error(`${label}: <rss version="${rss.attributes.version}">, expected 2.0`)
  const channel = childOf(rss, 'channel')
  for (const name of ['title', 'link', 'description']) childOf(channel, name)
  for (const item of childrenOf(channel, 'item')) {
    if (childrenOf(item, 'title').length + childrenOf(item, 'description').length === 0) throw new Error(`${label}: an <item> has neither title nor description`)
  }
  return channel
}

/**
 * Parses an Atom feed strictly and checks RFC 4287's required elements: the feed's id, title and
 * updated; on each entry id, title and updated, and an author unless the feed has one (4.1.1, 4.1.2).
 * Returns the <feed> element.
 */
export function checkAtom(xml: string, label = 'Atom feed'): XmlElement {
  const feed = parseXmlStrict(xml, label)
  expectRoot(feed, 'feed', NS.atom, label)
  for (const name of ['id', 'title', 'updated']) childOf(feed, name)
  const feedHasAuthor = childrenOf(feed, 'author').length > 0
  for (const entry of childrenOf(feed, 'entry')) {
    for (const name of ['id', 'title', 'updated']) childOf(entry, name)
    if (!feedHasAuthor && childrenOf(entry, 'author').length === 0) throw new Error(`${label}: entry ${childOf(entry, 'id').text} has no author`)
  }
  return feed
}

/**
 * Parses a sitemap (a <urlset> or a <sitemapindex>, sitemaps.org 0.9) strictly; every <url>/<sitemap> has
 * an absolute <loc>. A Google News sitemap additionally has, on each <url>, one <news:news> with
 * publication name and language, publication_date and title, and at most 1,000 URLs.
 * Returns the root element.
 */
export function checkSitemap(xml: string, label = 'sitemap', { news = false } = {}): XmlElement {
  const root = parseXmlStrict(xml, label)
  if (root.uri !== NS.sitemap || !['urlset', 'sitemapindex'].includes(root.local)) throw new Error(`${label}: root is <${root.name}> in ${root.uri || 'no namespace'}, expected a sitemaps.org urlset or sitemapindex`)
  const entries = childrenOf(root, root.local === 'urlset' ? 'url' : 'sitemap')
  for (const entry of entries) {
    const loc = childOf(entry, 'loc').text
    if (!/^https?:\/\/[^\s]+$/.test(loc)) throw new Error(`${label}: <loc>${loc}</loc> is not an absolute URL`)
  }
  if (news) {
    if (root.local !== 'urlset') throw new Error(`${label}: a news sitemap is a <urlset>`)
    if (entries.length > 1000) throw new Error(`${label}: ${entries.length} URLs, Google News reads at most 1,000`)
    for (const url of entries) {
      const item = childOf(url, 'news', NS.news)
      const publication = childOf(item, 'publication', NS.news)
      for (const name of ['name', 'language']) if (!childOf(publication, name, NS.news).text) throw new Error(`${label}: empty <news:${name}>`)
      if (Number.isNaN(Date.parse(childOf(item, 'publication_date', NS.news).text))) throw new Error(`${label}: bad <news:publication_date>`)
      if (!childOf(item, 'title', NS.news).text) throw new Error(`${label}: empty <news:title>`)
    }
  }
  return root
}

type JsonObject = Record<string, unknown>
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const isRfc3339 = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${label} is not JSON: ${(error as Error).message}`)
  }
}

/**
 * Parses a JSON Feed and checks it against JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version,
 * a string title, an items array; each item a non-empty string id, content_html or content_text, RFC 3339
 * dates, `authors` (not 1.0's `author`) as objects with a name, url or avatar.
 * @throws Error naming the feed, the item and the field.
 */
export function checkJsonFeed11(text: string, label = 'JSON Feed'): JsonObject {
  const feed = parseJson(text, label)
  if (!isObject(feed)) throw new Error(`${label}: the top level is not an object`)
  if (feed.version !== 'https://jsonfeed.org/version/1.1') throw new Error(`${label}: version is ${JSON.stringify(feed.version)}`)
  if (typeof feed.title !== 'string') throw new Error(`${label}: title is not a string`)
  if (!Array.isArray(feed.items)) throw new Error(`${label}: items is not an array`)
  feed.items.forEach((item: unknown, i) => {
    const where = `${label} item ${i}`
    if (!isObject(item)) throw new Error(`${where} is not an object`)
    if (typeof item.id !== 'string' || item.id === '') throw new Error(`${where}: id is not a non-empty string`)
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') throw new Error(`${where}: neither content_html nor content_text`)
    for (const date of ['date_published', 'date_modified']) if (date in item && !isRfc3339(item[date])) throw new Error(`${where}: ${date} is not RFC 3339`)
    if ('author' in item) throw new Error(`${where}: "author" is JSON Feed 1.0; 1.1 uses "authors"`)
    if ('authors' in item) {
      if (!Array.isArray(item.authors)) throw new Error(`${where}: authors is not an array`)
      for (const author of item.authors) {
        if (!isObject(author) || !['name', 'url', 'avatar'].some((k) => typeof author[k] === 'string')) throw new Error(`${where}: an author has no name, url or avatar`)
      }
    }
  })
  return feed
}

/**
 * Parses the text of a <script type="application/ld+json"> and checks that each top-level node (an object,
 * or each object of an array) has @context https://schema.org and a non-empty string @type.
 * @returns the nodes.
 */
export function checkJsonLd(text: string, label = 'JSON-LD'): JsonObject[] {
  const data = parseJson(text, label)
  const nodes = Array.isArray(data) ? data : [data]
  if (nodes.length === 0) throw new Error(`${label}: no node`)
  return nodes.map((node: unknown, i) => {
    const where = nodes.length > 1 ? `${label} node ${i}` : label
    if (!isObject(node)) throw new Error(`${where} is not an object`)
    if (node['@context'] !== 'https://schema.org') throw new Error(`${where}: @context is ${JSON.stringify(node['@context'])}, expected "https://schema.org"`)
    if (typeof node['@type'] !== 'string' || node['@type'] === '') throw new Error(`${where}: no @type`)
    return node
  })
}
