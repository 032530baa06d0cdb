import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { fixtureStore } from '@/tests/fixtures/newsroom'
import { absoluteUrl } from '@/lib/site'
import { FEED_SIZE, feedLinks, renderFeed, type FeedScope } from './feeds'

const LISTS = ['rss.channel.item', 'feed.entry', 'feed.link', 'feed.entry.author']
const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, path) => LISTS.includes(String(path)) })
function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml)
}

const site: FeedScope = { kind: 'site' }
const published = () => fixtureStore().listArticles({ limit: FEED_SIZE }).items
const articleUrls = ['/articles/yen-slides', '/articles/chip-exports', '/articles/old-rice-story'].map(absoluteUrl)

describe('RSS 2.0', () => {
  it('has the channel and item elements readers need, newest first', () => {
    const { rss } = parseXml(renderFeed(site, published(), 'rss'))
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.title).toBe('Meridian')
    expect(rss.channel.link).toBe(absoluteUrl('/'))
    expect(rss.channel.description).toBeTruthy()
    expect(rss.channel['atom:link']['@_href']).toBe(absoluteUrl('/feed.xml'))
    expect(rss.channel.item.map((i: { link: string }) => i.link)).toEqual(articleUrls)
    const [first] = rss.channel.item
    expect(first.title).toBe('Yen slides as traders watch for intervention')
    expect(first.guid['#text']).toBe(absoluteUrl('/articles/yen-slides'))
    expect(first.pubDate).toBe('Sat, 28 Nov 2026 09:00:00 GMT')
    expect(first.description).toBe('The currency fell past 160 per dollar.')
  })

  it('escapes markup in titles and summaries so readers show it as text', () => {
    const [rice] = published().filter((a) => a.slug === 'old-rice-story')
    const xml = renderFeed(site, [{ ...rice, title: 'Rice <b>& beyond</b>' }], 'rss')
    expect(parseXml(xml).rss.channel.item[0].title).toBe('Rice &lt;b&gt;&amp; beyond&lt;/b&gt;')
  })
})

describe('Atom 1.0', () => {
  it('has id, title, updated, author and links on every entry', () => {
    const { feed } = parseXml(renderFeed(site, published(), 'atom'))
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(absoluteUrl('/'))
    expect(feed.updated).toBe('2026-11-28T10:30:00.000Z')
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(absoluteUrl('/atom.xml'))
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https?:\/\/.+\/articles\//)
      expect(entry.title['#text']).toBeTruthy()
      expect(entry.updated).toMatch(/Z$/)
      expect(entry.author[0].name).toBeTruthy()
      expect(entry.category['@_term']).toBeTruthy()
    }
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(articleUrls)
  })
})

describe('JSON Feed 1.1', () => {
  it('has the version, feed URL and items with id, url, title, text, dates and authors', () => {
    const feed = JSON.parse(renderFeed({ kind: 'section', slug: 'trade', name: 'Trade' }, fixtureStore().listSectionArticles('trade', { limit: FEED_SIZE }).items, 'json'))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('Trade | Meridian')
    expect(feed.feed_url).toBe(absoluteUrl('/sections/trade/feed.json'))
    expect(feed.home_page_url).toBe(absoluteUrl('/sections/trade'))
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(['/articles/chip-exports', '/articles/old-rice-story'].map(absoluteUrl))
    const [chips] = feed.items
    expect(chips).toMatchObject({
      url: absoluteUrl('/articles/chip-exports'),
      title: 'Korean chip exports surge',
      content_text: 'Memory demand from data centres lifted shipments.',
      date_published: '2026-11-27T02:00:00.000Z',
      authors: [{ name: 'Bo Chan', url: absoluteUrl('/authors/bo') }],
    })
    expect(chips.author).toBeUndefined()
  })
})

describe('every feed', () => {
  it('keeps an item id when the article is edited', () => {
    const itemIds = {
      rss: (xml: string) => parseXml(xml).rss.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text']),
      atom: (xml: string) => parseXml(xml).feed.entry.map((e: { id: string }) => e.id),
      json: (json: string) => JSON.parse(json).items.map((i: { id: string }) => i.id),
    }
    const edited = published().map((a) => ({ ...a, title: `${a.title} (updated)`, updated: '2026-11-28T11:59:00.000Z' }))
    for (const format of ['rss', 'atom', 'json'] as const) {
      expect(itemIds[format](renderFeed(site, edited, format))).toEqual(articleUrls)
    }
  })

  it('holds at most the newest 50 articles', () => {
    const [one] = published()
    const many = Array.from({ length: 60 }, (_, i) => ({ ...one, slug: `a-${i}`, url: `/articles/a-${i}` }))
    expect(JSON.parse(renderFeed(site, many, 'json')).items).toHaveLength(50)
    expect(parseXml(renderFeed(site, many, 'rss')).rss.channel.item).toHaveLength(50)
  })

  it('never carries drafts or scheduled articles', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const body = renderFeed(site, published(), format)
      expect(body).not.toContain('secret-draft')
      expect(body).not.toContain('embargoed')
    }
  })

  it('is named for autodiscovery in all three formats', () => {
    expect(feedLinks({ kind: 'author', slug: 'bo', name: 'Bo Chan' })).toEqual([
      { path: '/authors/bo/feed.xml', type: 'application/rss+xml', title: 'Bo Chan | Meridian (RSS)' },
      { path: '/authors/bo/atom.xml', type: 'application/atom+xml', title: 'Bo Chan | Meridian (Atom)' },
      { path: '/authors/bo/feed.json', type: 'application/feed+json', title: 'Bo Chan | Meridian (JSON Feed)' },
    ])
  })
})
