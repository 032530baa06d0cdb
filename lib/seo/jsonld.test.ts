import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { fixtureStore } from '@/tests/fixtures/newsroom'
import { checkJsonLd } from '@/tests/support/strict-output'
import { TORTURE_NAMES, TORTURE_TEXTS } from '@/tests/support/torture-text'
import { absoluteUrl, site } from '@/lib/site'
import { breadcrumbJsonLd, newsArticleJsonLd, personJsonLd, serializeJsonLd, webSiteJsonLd } from './jsonld'
import { articleMetadata } from './metadata'

const article = (await fixtureStore().getArticle('yen-slides'))!

describe('JSON-LD', () => {
  it('describes an article as a NewsArticle with zoned dates, authors, publisher and page', async () => {
    expect(newsArticleJsonLd(article)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Yen slides as traders watch for intervention',
      description: 'The currency fell past 160 per dollar.',
      image: [absoluteUrl('/images/articles/yen.jpg'), absoluteUrl('/og/articles/yen-slides')],
      datePublished: '2026-11-28T09:00:00.000Z',
      dateModified: '2026-11-28T10:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Ann Lee', url: absoluteUrl('/authors/ann') }],
      publisher: { '@type': 'NewsMediaOrganization', name: site.name, logo: { '@type': 'ImageObject', url: absoluteUrl(site.logo) } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl('/articles/yen-slides') },
      articleSection: 'Markets',
      keywords: ['Japan', 'Currencies'],
    })
  })

  it('gives the latest correction as dateModified when it is newer than the update', async () => {
    const corrected = { ...article, modified: '2026-11-29T02:00:00.000Z' }
    expect(newsArticleJsonLd(corrected).dateModified).toBe('2026-11-29T02:00:00.000Z')
  })

  it('numbers breadcrumbs from the home page', async () => {
    const trail = [
      { name: 'Home', url: '/' },
      { name: 'Markets', url: '/sections/markets' },
    ]
    expect(breadcrumbJsonLd(trail).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: 'Markets', item: absoluteUrl('/sections/markets') },
    ])
  })

  it('describes authors as people and the site with a search action', async () => {
    const author = (await fixtureStore().getAuthor('ann'))!
    expect(personJsonLd({ ...author, links: [{ label: 'X', url: 'https://x.com/ann' }, { label: 'Email', url: 'mailto:a@b.c' }] })).toMatchObject({
      '@type': 'Person',
      name: 'Ann Lee',
      jobTitle: 'Editor',
      url: absoluteUrl('/authors/ann'),
      sameAs: ['https://x.com/ann'],
    })
    expect(webSiteJsonLd().potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    })
  })

  it('reads back from an HTML page exactly as typed, whatever the text, and never leaves its script element', async () => {
    const texts = [...Object.values(TORTURE_TEXTS), 'lone \uD800 surrogate and \u0000 NUL', '<!--<script>', '</SCRIPT >']
    const window = new Window()
    for (const text of texts) {
      const data = newsArticleJsonLd({
        ...article,
        title: text,
        dek: text,
        section: { ...article.section, name: TORTURE_NAMES.section },
        authors: [{ ...article.authors[0], name: TORTURE_NAMES.author }],
        tags: [{ slug: 'x', name: text, url: '/tags/x' }],
      })
      const json = serializeJsonLd(data)
      expect(json).not.toMatch(/[<\u2028\u2029]/)
      const page = new window.DOMParser().parseFromString(`<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`, 'text/html')
      const scripts = page.querySelectorAll('script[type="application/ld+json"]')
      expect(scripts).toHaveLength(1)
      expect(page.querySelector('p')?.textContent).toBe('after')
      const [node] = checkJsonLd(scripts[0].textContent)
      expect(node).toEqual(JSON.parse(JSON.stringify(data)))
      expect(node).toMatchObject({ headline: text, description: text, articleSection: TORTURE_NAMES.section, keywords: [text] })
    }
  })

  it('cannot be broken out of its script element', async () => {
    const hostile = { ...article, title: '</script><script>alert(1)</script>' }
    const json = serializeJsonLd(newsArticleJsonLd(hostile))
    expect(json).not.toMatch(/<\/script/i)
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>')
  })
})

describe('page metadata', () => {
  it('gives an article an absolute canonical, article Open Graph fields and a large Twitter card', async () => {
    const meta = articleMetadata(article)
    expect(meta.alternates?.canonical).toBe(absoluteUrl('/articles/yen-slides'))
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: absoluteUrl('/articles/yen-slides'),
      publishedTime: '2026-11-28T09:00:00.000Z',
      modifiedTime: '2026-11-28T10:30:00.000Z',
      authors: [absoluteUrl('/authors/ann')],
      section: 'Markets',
      tags: ['Japan', 'Currencies'],
      images: [{ url: absoluteUrl('/og/articles/yen-slides'), width: 1200, height: 630 }],
    })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' })
    expect(Object.keys(meta.alternates?.types ?? {})).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json'])
  })
})
