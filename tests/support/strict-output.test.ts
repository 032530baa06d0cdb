import { describe, expect, it } from 'vitest'
import { checkAtom, checkJsonFeed11, checkJsonLd, checkRss, checkSitemap, childOf, NS, parseXmlStrict } from './strict-output'

describe('parseXmlStrict', () => {
  it('reads text, references, CDATA and namespaced names', () => {
    const root = parseXmlStrict(`<?xml version="1.0" encoding="UTF-8"?>
<r xmlns:n="${NS.news}" a="x &amp; &quot;y&quot; &#x9;">AT&amp;amp;T &#x1F600; <![CDATA[<b>]]><n:t>中国</n:t></r>`)
    expect(root.attributes.a).toBe('x & "y" \t')
    expect(root.text.trim()).toBe('AT&amp;T 😀 <b>')
    expect(childOf(root, 't', NS.news).text).toBe('中国')
  })

  // Each of these a lenient parser accepted (fast-xml-parser's validator, for the first four).
  it.each([
    ['a control character', '<r>Oil\u000Bprices</r>', /disallowed character/],
    ['a lone surrogate', '<r>a\uD800b</r>', /disallowed character/],
    ['"<" in an attribute', '<r label="A <b>"/>', /disallowed character/],
    ['an HTML entity', '<r>5&nbsp;000</r>', /undefined entity/],
    ['"]]>" in text', '<r>a ]]> b</r>', /\]\]>/],
    ['an unbound prefix', '<r><news:title>x</news:title></r>', /unbound/],
    ['a second root', '<r/><r/>', /root/],
    ['an unclosed element', '<r><t></r>', /unexpected close tag|unclosed/],
  ])('refuses %s, naming the output and the position', (_name, xml, reason) => {
    expect(() => parseXmlStrict(xml, '/feed.xml')).toThrow(/^\/feed\.xml is not well-formed XML at \d+:\d+/)
    expect(() => parseXmlStrict(xml)).toThrow(reason)
  })
})

describe('format checks', () => {
  it('RSS: wants version 2.0 and the channel title, link and description', () => {
    const rss = (channel: string, version = '2.0') => `<rss version="${version}"><channel>${channel}</channel></rss>`
    expect(() => checkRss(rss('<title>t</title><link>l</link><description>d</description><item><title>x</title></item>'))).not.toThrow()
    expect(() => checkRss(rss('<title>t</title><link>l</link><description>d</description>', '0.91'))).toThrow(/version/)
    expect(() => checkRss(rss('<title>t</title><link>l</link>'))).toThrow(/description/)
    expect(() => checkRss(rss('<title>t</title><link>l</link><description>d</description><item><link>x</link></item>'))).toThrow(/neither title nor description/)
  })

  it('Atom: wants the Atom namespace, id, title, updated and an author for every entry', () => {
    const atom = (entry: string, feedAuthor = '') => `<feed xmlns="${NS.atom}"><id>i</id><title>t</title><updated>u</updated>${feedAuthor}<entry><id>e</id><title>t</title><updated>u</updated>${entry}</entry></feed>`
    expect(() => checkAtom(atom('<author><name>a</name></author>'))).not.toThrow()
    expect(() => checkAtom(atom('', '<author><name>a</name></author>'))).not.toThrow()
    expect(() => checkAtom(atom(''))).toThrow(/entry e has no author/)
    expect(() => checkAtom('<feed><id>i</id><title>t</title><updated>u</updated></feed>')).toThrow(/root is <feed> in no namespace/)
  })

  it('sitemaps: want absolute locs; news sitemaps the news fields on every URL', () => {
    const url = (news: string) => `<urlset xmlns="${NS.sitemap}" xmlns:news="${NS.news}"><url><loc>https://x.test/a</loc>${news}</url></urlset>`
    const full = '<news:news><news:publication><news:name>M</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-28T09:00:00Z</news:publication_date><news:title>T</news:title></news:news>'
    expect(() => checkSitemap(url(full), 'news', { news: true })).not.toThrow()
    expect(() => checkSitemap(url(full.replace('<news:title>T</news:title>', '')), 'news', { news: true })).toThrow(/<title>/)
    expect(() => checkSitemap(url(''), 'news', { news: true })).toThrow(/<news>/)
    expect(() => checkSitemap(`<urlset xmlns="${NS.sitemap}"><url><loc>/a</loc></url></urlset>`)).toThrow(/not an absolute URL/)
  })

  it('JSON Feed 1.1: wants the 1.1 version, items with id and content, and authors not author', () => {
    const feed = (item: object, version = 'https://jsonfeed.org/version/1.1') => JSON.stringify({ version, title: 't', items: [item] })
    expect(() => checkJsonFeed11(feed({ id: 'x', content_text: 'd', date_published: '2026-11-28T09:00:00.000Z', authors: [{ name: 'A' }] }))).not.toThrow()
    expect(() => checkJsonFeed11(feed({ id: 'x', content_text: 'd' }, 'https://jsonfeed.org/version/1'))).toThrow(/version/)
    expect(() => checkJsonFeed11(feed({ id: 'x', content_text: 'd', author: { name: 'A' } }))).toThrow(/"author" is JSON Feed 1\.0/)
    expect(() => checkJsonFeed11(feed({ id: 'x' }))).toThrow(/item 0: neither content_html nor content_text/)
    expect(() => checkJsonFeed11(feed({ id: 'x', content_text: 'd', date_published: 'Sat, 28 Nov 2026' }))).toThrow(/RFC 3339/)
    expect(() => checkJsonFeed11('{"version":')).toThrow(/is not JSON/)
  })

  it('JSON-LD: wants @context https://schema.org and an @type on every node', () => {
    expect(checkJsonLd('{"@context":"https://schema.org","@type":"NewsArticle","headline":"h"}')[0].headline).toBe('h')
    expect(() => checkJsonLd('[{"@context":"https://schema.org","@type":"A"},{"@context":"http://schema.org","@type":"B"}]')).toThrow(/node 1: @context/)
    expect(() => checkJsonLd('{"@context":"https://schema.org"}')).toThrow(/no @type/)
    expect(() => checkJsonLd('{"@context":"https://schema.org","@type":"A"}<')).toThrow(/is not JSON/)
  })
})
