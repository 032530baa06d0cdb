import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '@/lib/content'
import { storeOver } from '@/tests/fixtures/content'
import { fixtureIndex, fixtureStore, NOW } from '@/tests/fixtures/newsroom'
import { checkAtom, checkJsonFeed11, checkRss, childOf, childrenOf, type XmlElement } from '@/tests/support/strict-output'
import { TORTURE_NAMES, TORTURE_TEXTS } from '@/tests/support/torture-text'
import { absoluteUrl } from '@/lib/site'
import { FEED_SIZE, feedLinks, renderFeed, type FeedScope } from './feeds'

const site: FeedScope = { kind: 'site' }
const published = async () => (await fixtureStore().listArticles({ limit: FEED_SIZE })).items
const articleUrls = ['/articles/yen-slides', '/articles/chip-exports', '/articles/old-rice-story'].map(absoluteUrl)

const rssItems = (xml: string) => childrenOf(checkRss(xml), 'item')
const atomEntries = (xml: string) => childrenOf(checkAtom(xml), 'entry')
const text = (parent: XmlElement, name: string) => childOf(parent, name).text
/** What a feed reader that takes an RSS description as HTML shows: the text of that HTML. */
function htmlText(html: string): string {
  const div = new Window().document.createElement('div')
  div.innerHTML = html
  expect(div.children).toHaveLength(0) // the dek's own "<b>" is text, never markup
  return div.textContent
}

describe('RSS 2.0', () => {
  it('has the channel and item elements readers need, newest first', async () => {
    const channel = checkRss(renderFeed(site, (await published()), 'rss'))
    expect(text(channel, 'title')).toBe('Meridian')
    expect(text(channel, 'link')).toBe(absoluteUrl('/'))
    expect(text(channel, 'description')).toBeTruthy()
    expect(childOf(channel, 'link', 'http://www.w3.org/2005/Atom').attributes).toMatchObject({ rel: 'self', href: absoluteUrl('/feed.xml') })
    const items = childrenOf(channel, 'item')
    expect(items.map((i) => text(i, 'link'))).toEqual(articleUrls)
    const [first] = items
    expect(text(first, 'title')).toBe('Yen slides as traders watch for intervention')
    expect(text(first, 'guid')).toBe(absoluteUrl('/articles/yen-slides'))
    expect(text(first, 'pubDate')).toBe('Sat, 28 Nov 2026 09:00:00 GMT')
    expect(text(first, 'description')).toBe('The currency fell past 160 per dollar.')
    expect(childOf(first, 'enclosure').attributes).toMatchObject({ url: absoluteUrl('/images/articles/yen.jpg'), type: 'image/jpeg' })
  })

  it('gives the title as plain text, escaped once, and the description as HTML showing the dek as typed', async () => {
    const [rice] = (await published()).filter((a) => a.slug === 'old-rice-story')
    const xml = renderFeed(site, [{ ...rice, title: 'Rice <b>& beyond</b>', dek: 'AT&amp;T <i>buys</i> & sells' }], 'rss')
    const [item] = rssItems(xml)
    expect(text(item, 'title')).toBe('Rice <b>& beyond</b>')
    expect(htmlText(text(item, 'description'))).toBe('AT&amp;T <i>buys</i> & sells')
    expect(xml).not.toContain('CDATA')
  })
})

describe('Atom 1.0', () => {
  it('has id, title, updated, author and links on every entry', async () => {
    const feed = checkAtom(renderFeed(site, (await published()), 'atom'))
    expect(text(feed, 'id')).toBe(absoluteUrl('/'))
    expect(text(feed, 'updated')).toBe('2026-11-28T10:30:00.000Z')
    expect(childrenOf(feed, 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe(absoluteUrl('/atom.xml'))
    const entries = childrenOf(feed, 'entry')
    for (const entry of entries) {
      expect(text(entry, 'id')).toMatch(/^https?:\/\/.+\/articles\//)
      expect(childOf(entry, 'title').attributes.type).toBe('text')
      expect(text(entry, 'updated')).toMatch(/Z$/)
      expect(text(childrenOf(entry, 'author')[0], 'name')).toBeTruthy()
      expect(childOf(entry, 'category').attributes.term).toBeTruthy()
    }
    expect(entries.map((e) => text(e, 'id'))).toEqual(articleUrls)
  })
})

describe('JSON Feed 1.1', () => {
  it('has the version, feed URL and items with id, url, title, text, dates and authors', async () => {
    const feed = checkJsonFeed11(renderFeed({ kind: 'section', slug: 'trade', name: 'Trade' }, (await fixtureStore().listSectionArticles('trade', { limit: FEED_SIZE })).items, 'json'))
    expect(feed.title).toBe('Trade | Meridian')
    expect(feed.feed_url).toBe(absoluteUrl('/sections/trade/feed.json'))
    expect(feed.home_page_url).toBe(absoluteUrl('/sections/trade'))
    expect(feed.language).toBe('en')
    const items = feed.items as Record<string, unknown>[]
    expect(items.map((i) => i.id)).toEqual(['/articles/chip-exports', '/articles/old-rice-story'].map(absoluteUrl))
    expect(items[0]).toMatchObject({
      url: absoluteUrl('/articles/chip-exports'),
      title: 'Korean chip exports surge',
      content_text: 'Memory demand from data centres lifted shipments.',
      date_published: '2026-11-27T02:00:00.000Z',
      tags: ['Trade'],
      authors: [{ name: 'Bo Chan', url: absoluteUrl('/authors/bo') }],
    })
  })
})

describe('every feed', () => {
  it('keeps an item id when the article is edited', async () => {
    const itemIds = {
      rss: (xml: string) => rssItems(xml).map((i) => text(i, 'guid')),
      atom: (xml: string) => atomEntries(xml).map((e) => text(e, 'id')),
      json: (json: string) => (checkJsonFeed11(json).items as { id: string }[]).map((i) => i.id),
    }
    const edited = (await published()).map((a) => ({ ...a, title: `${a.title} (updated)`, updated: '2026-11-28T11:59:00.000Z' }))
    for (const format of ['rss', 'atom', 'json'] as const) {
      expect(itemIds[format](renderFeed(site, edited, format))).toEqual(articleUrls)
    }
  })

  it('keeps an item id when the article is renamed, once or twice: the first URL it had', async () => {
    const itemIds = {
      rss: (xml: string) => rssItems(xml).map((i) => [text(i, 'guid'), childOf(i, 'guid').attributes.isPermaLink, text(i, 'link')]),
      atom: (xml: string) => atomEntries(xml).map((e) => [text(e, 'id'), 'false', childrenOf(e, 'link').find((l) => l.attributes.rel === 'alternate')?.attributes.href]),
      json: (json: string) => (checkJsonFeed11(json).items as { id: string; url: string }[]).map((i) => [i.id, 'false', i.url]),
    }
    // yen-slides was first published as yen-weakens, then renamed to yen-falls-past-160, then to yen-slides.
    const renamed = async (previousSlugs: string[]) =>
      (await storeOver(
        { ...fixtureIndex, articles: fixtureIndex.articles.map((a) => (a.slug === 'yen-slides' ? { ...a, previousSlugs } : a)) },
        { preview: false, clock: () => NOW },
      ).listArticles({ limit: FEED_SIZE })).items
    for (const format of ['rss', 'atom', 'json'] as const) {
      const before = itemIds[format](renderFeed(site, await renamed(['yen-weakens']), format))
      const after = itemIds[format](renderFeed(site, await renamed(['yen-weakens', 'yen-falls-past-160']), format))
      expect(after.map(([id]) => id)).toEqual(before.map(([id]) => id))
      expect(after[0]).toEqual([absoluteUrl('/articles/yen-weakens'), 'false', absoluteUrl('/articles/yen-slides')])
      expect(after.slice(1).map(([id]) => id)).toEqual(articleUrls.slice(1))
    }
  })

  it('holds at most the newest 50 articles', async () => {
    const [one] = (await published())
    const many = Array.from({ length: 60 }, (_, i) => ({ ...one, slug: `a-${i}`, url: `/articles/a-${i}` }))
    expect(checkJsonFeed11(renderFeed(site, many, 'json')).items).toHaveLength(50)
    expect(rssItems(renderFeed(site, many, 'rss'))).toHaveLength(50)
    expect(atomEntries(renderFeed(site, many, 'atom'))).toHaveLength(50)
  })

  it('never carries drafts or scheduled articles', async () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const body = renderFeed(site, (await published()), format)
      expect(body).not.toContain('secret-draft')
      expect(body).not.toContain('embargoed')
    }
  })

  it('is named for autodiscovery in all three formats', async () => {
    expect(feedLinks({ kind: 'author', slug: 'bo', name: 'Bo Chan' })).toEqual([
      { path: '/authors/bo/feed.xml', type: 'application/rss+xml', title: 'Bo Chan | Meridian (RSS)' },
      { path: '/authors/bo/atom.xml', type: 'application/atom+xml', title: 'Bo Chan | Meridian (Atom)' },
      { path: '/authors/bo/feed.json', type: 'application/feed+json', title: 'Bo Chan | Meridian (JSON Feed)' },
    ])
  })
})

// Every text an editor may type comes back from a strict parse exactly as typed, in every format and scope.
describe('torture newsroom', async () => {
  const [base] = await published()
  const section = { slug: 'markets', name: TORTURE_NAMES.section, url: '/sections/markets' }
  const authors = [
    { ...base.authors[0], name: TORTURE_NAMES.author },
    { ...base.authors[0], slug: 'yamada', name: TORTURE_NAMES.otherAuthor, url: '/authors/yamada' },
  ]
  const texts = Object.entries(TORTURE_TEXTS)
  // Each text is a headline once and a dek once (the dek of the next story), all in the torture section.
  const articles: ArticleSummary[] = texts.map(([name, title], i) => ({
    ...base,
    slug: `torture-${name}`,
    url: `/articles/torture-${name}`,
    title,
    dek: texts[(i + 1) % texts.length][1],
    section,
    authors,
  }))
  const scopes: FeedScope[] = [site, { kind: 'section', slug: section.slug, name: section.name }, { kind: 'author', slug: 'nadia', name: TORTURE_NAMES.author }]

  for (const scope of scopes) {
    it(`${scope.kind} feeds: RSS parses strictly and carries titles, deks and the section as typed`, async () => {
      const xml = renderFeed(scope, articles, 'rss')
      const channel = checkRss(xml, 'feed.xml')
      expect(text(channel, 'title')).toBe(scope.kind === 'site' ? 'Meridian' : `${scope.name} | Meridian`)
      const items = childrenOf(channel, 'item')
      expect(items.map((i) => text(i, 'title'))).toEqual(articles.map((a) => a.title))
      expect(items.map((i) => htmlText(text(i, 'description')))).toEqual(articles.map((a) => a.dek))
      for (const item of items) expect(text(item, 'category')).toBe(TORTURE_NAMES.section)
    })

    it(`${scope.kind} feeds: Atom parses strictly and carries titles, summaries, section label and authors as typed`, async () => {
      const feed = checkAtom(renderFeed(scope, articles, 'atom'), 'atom.xml')
      expect(text(feed, 'title')).toBe(scope.kind === 'site' ? 'Meridian' : `${scope.name} | Meridian`)
      const entries = childrenOf(feed, 'entry')
      expect(entries.map((e) => text(e, 'title'))).toEqual(articles.map((a) => a.title))
      expect(entries.map((e) => text(e, 'summary'))).toEqual(articles.map((a) => a.dek))
      for (const entry of entries) {
        expect(childOf(entry, 'summary').attributes.type).toBe('text')
        expect(childOf(entry, 'category').attributes.label).toBe(TORTURE_NAMES.section)
        expect(childrenOf(entry, 'author').map((a) => text(a, 'name'))).toEqual([TORTURE_NAMES.author, TORTURE_NAMES.otherAuthor])
      }
    })

    it(`${scope.kind} feeds: JSON Feed 1.1 carries titles, text, tags and authors as typed`, async () => {
      const feed = checkJsonFeed11(renderFeed(scope, articles, 'json'), 'feed.json')
      const items = feed.items as { title: string; content_text: string; tags: string[]; authors: { name: string }[] }[]
      expect(items.map((i) => i.title)).toEqual(articles.map((a) => a.title))
      expect(items.map((i) => i.content_text)).toEqual(articles.map((a) => a.dek))
      for (const item of items) {
        expect(item.tags).toEqual([TORTURE_NAMES.section])
        expect(item.authors.map((a) => a.name)).toEqual([TORTURE_NAMES.author, TORTURE_NAMES.otherAuthor])
      }
    })
  }

  it('drops characters XML 1.0 cannot carry, so a slip past the content check never breaks a feed', async () => {
    // Several C0 controls, a lone surrogate of each kind, U+FFFE and U+FFFF; in a title, a dek and the section name.
    const slip = (s: string) => `A\u0000B\u0001C\u0008D\u000BE\u000CF\u001BG\u001FH\uD800I\uDFFFJ\uFFFEK\uFFFF${s}`
    const clean = (s: string) => `ABCDEFGHIJK${s}`
    const broken = [{ ...base, title: slip('title'), dek: slip('dek'), section: { ...base.section, name: slip('section') } }]
    const [item] = rssItems(renderFeed(site, broken, 'rss'))
    expect([text(item, 'title'), text(item, 'description'), text(item, 'category')]).toEqual([clean('title'), clean('dek'), clean('section')])
    const [entry] = atomEntries(renderFeed(site, broken, 'atom'))
    expect([text(entry, 'title'), text(entry, 'summary'), childOf(entry, 'category').attributes.label]).toEqual([clean('title'), clean('dek'), clean('section')])
    // JSON carries any string (JSON.stringify escapes controls and lone surrogates), so it keeps them.
    expect((checkJsonFeed11(renderFeed(site, broken, 'json')).items as { title: string }[])[0].title).toBe(slip('title'))
  })
})
