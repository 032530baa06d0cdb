import { describe, expect, it } from 'vitest'
import { isPreview } from './store'
import { tagTable } from '../content-build/tags'
import { fixtureAuthors, fixtureSections, indexedArticle, storeOver } from '@/tests/fixtures/content'
import type { ContentIndex, ReadMoreLink } from './types'

const NOW = new Date('2026-11-28T12:00:00Z')

const article = indexedArticle

const articles = [
    article('oldest', '2026-11-01T00:00:00.000Z', { section: 'trade', tags: ['China', 'Oil'] }),
    article('older', '2026-11-20T00:00:00.000Z', { tags: ['China'], authors: ['bo'] }),
    article('newest', '2026-11-28T09:00:00.000Z', {
      section: 'trade',
      tags: ['China', 'Oil'],
      mentions: ['older', 'scheduled'],
    }),
    article('middle', '2026-11-25T00:00:00.000Z', { section: 'trade', tags: ['Rice'] }),
    article('draft', '2026-11-27T00:00:00.000Z', { draft: true, tags: ['China', 'Oil'] }),
    article('scheduled', '2026-11-29T06:00:00.000Z', { section: 'trade', tags: ['China', 'Oil'] }),
]

const index: ContentIndex = { sections: fixtureSections, authors: fixtureAuthors, articles, tags: tagTable(articles, [], NOW) }

const makeStore = (options: { preview?: boolean; now?: Date } = {}) =>
  storeOver(index, {
    preview: options.preview ?? false,
    clock: () => options.now ?? NOW,
    loadBody: (file) => `code of ${file}`,
  })

const slugs = (items: { slug: string }[]) => items.map((a) => a.slug)
const readMoreSlugs = (links: ReadMoreLink[]) => links.map((l) => (l.kind === 'internal' ? l.article.slug : l.url))

describe('published filtering and ordering', () => {
  it('lists published articles newest first, without drafts or scheduled ones', async () => {
    const { items, total } = await makeStore().listArticles({ limit: 10 })
    expect(slugs(items)).toEqual(['newest', 'middle', 'older', 'oldest'])
    expect(total).toBe(4)
  })

  it('shows drafts and scheduled articles, marked, in preview mode (development and preview deploys)', async () => {
    const store = makeStore({ preview: true })
    expect(await store.getArticle('draft')).toMatchObject({ draft: true, scheduled: false })
    expect(await store.getArticle('scheduled')).toMatchObject({ draft: false, scheduled: true })
    expect(slugs((await store.listArticles({ limit: 10 })).items)).toEqual([
      'scheduled',
      'newest',
      'draft',
      'middle',
      'older',
      'oldest',
    ])
  })

  it('is in preview mode in development and Vercel preview deploys only', async () => {
    expect(isPreview({ NODE_ENV: 'development' })).toBe(true)
    expect(isPreview({ NODE_ENV: 'production', VERCEL_ENV: 'preview' })).toBe(true)
    expect(isPreview({ NODE_ENV: 'production', VERCEL_ENV: 'production' })).toBe(false)
    expect(isPreview({ NODE_ENV: 'production' })).toBe(false)
  })

  it('keeps drafts and scheduled articles out of every query, so feeds, sitemaps and search built on them cannot leak one', async () => {
    const store = makeStore()
    const hidden = ['draft', 'scheduled']
    const each = async <T, R>(keys: T[], get: (key: T) => Promise<R[]>) => (await Promise.all(keys.map(get))).flat()
    const seen = [
      ...(await store.listArticles({ limit: 100 })).items,
      ...(await store.getRecentArticles({ limit: 100 })),
      ...(await each(['markets', 'trade'], async (s) => (await store.listSectionArticles(s, { limit: 100 })).items)),
      ...(await each(['china', 'oil'], async (t) => (await store.listTagArticles(t, { limit: 100 })).items)),
      ...(await each(['ann', 'bo'], async (a) => (await store.listAuthorArticles(a, { limit: 100 })).items)),
      ...(await each(['newest', 'older', 'oldest', 'middle'], async (slug) => [
        ...(await store.getReadMore(slug, 100)).flatMap((link) => (link.kind === 'internal' ? [link.article] : [])),
        ...Object.values((await store.getArticle(slug))!.mentions),
      ])),
    ].map((a) => a.slug)
    expect(seen).toContain('newest')
    expect(seen.filter((slug) => hidden.includes(slug))).toEqual([])
    expect((await store.newestSlugs(100)).filter((slug) => hidden.includes(slug))).toEqual([])
  })

  it('publishes a scheduled article once its time has come, without a new index', async () => {
    const store = makeStore({ now: new Date('2026-11-29T06:00:00Z') })
    expect(slugs((await store.listArticles({ limit: 1 })).items)).toEqual(['scheduled'])
    expect((await store.getArticle('scheduled'))?.title).toBe('Title of scheduled')
  })

  it('does not serve drafts or scheduled articles by slug', async () => {
    expect(await makeStore().getArticle('draft')).toBeUndefined()
    expect(await makeStore().getArticle('scheduled')).toBeUndefined()
    expect(await makeStore().getArticle('no-such-slug')).toBeUndefined()
  })

  it('pages through a list with offset and limit', async () => {
    const page2 = await makeStore().listArticles({ offset: 2, limit: 2 })
    expect(slugs(page2.items)).toEqual(['older', 'oldest'])
    expect(page2.total).toBe(4)
  })

  it('lists by section, tag and author', async () => {
    const store = makeStore()
    expect(slugs((await store.listSectionArticles('trade', { limit: 10 })).items)).toEqual(['newest', 'middle', 'oldest'])
    expect(slugs((await store.listTagArticles('china', { limit: 10 })).items)).toEqual(['newest', 'older', 'oldest'])
    expect(slugs((await store.listAuthorArticles('bo', { limit: 10 })).items)).toEqual(['older'])
  })
})

describe('corrections', () => {
  it('are served with the article, and the latest of updated and correction dates is its modified time', async () => {
    const corrected = article('corrected', '2026-10-01T00:00:00.000Z', {
      updated: '2026-10-02T00:00:00.000Z',
      corrections: [
        { date: '2026-10-05T00:00:00.000Z', note: 'Fixed a figure.' },
        { date: '2026-10-03T00:00:00.000Z', note: 'Fixed a name.' },
      ],
    })
    const store = storeOver({ ...index, articles: [corrected] }, { preview: false, clock: () => NOW, loadBody: () => '' })
    const a = (await store.getArticle('corrected'))!
    expect(a.corrections.map((c) => c.note)).toEqual(['Fixed a figure.', 'Fixed a name.'])
    expect(a.modified).toBe('2026-10-05T00:00:00.000Z')
  })

  it('leave modified at the updated time, or the published time, when there are none', async () => {
    expect((await makeStore().getArticle('older'))!.modified).toBe('2026-11-20T00:00:00.000Z')
    const store = storeOver(
      { ...index, articles: [article('updated', '2026-11-01T00:00:00.000Z', { updated: '2026-11-02T08:00:00.000Z' })] },
      { preview: false, clock: () => NOW, loadBody: () => '' },
    )
    expect((await store.getArticle('updated'))!.modified).toBe('2026-11-02T08:00:00.000Z')
  })
})

describe('recent posts', () => {
  it('are the newest published articles other than the current one', async () => {
    expect(slugs(await makeStore().getRecentArticles({ limit: 2, exclude: 'newest' }))).toEqual(['middle', 'older'])
  })
})

describe('an article', () => {
  it('comes with its body, resolved authors, section, tags and URL', async () => {
    const a = (await makeStore().getArticle('newest'))!
    expect(a.code).toBe('code of newest.json')
    expect(a.url).toBe('/articles/newest')
    expect(a.authors).toEqual([{ slug: 'ann', name: 'Ann Lee', role: 'Editor', avatar: undefined, url: '/authors/ann' }])
    expect(a.section).toEqual({ slug: 'trade', name: 'Trade', url: '/sections/trade' })
    expect(a.tags[0]).toEqual({ slug: 'china', name: 'China', url: '/tags/china' })
  })

  it('resolves AlsoOn mentions a reader may see, leaving out scheduled ones', async () => {
    const { mentions } = (await makeStore().getArticle('newest'))!
    expect(Object.keys(mentions)).toEqual(['older'])
    expect(mentions.older.title).toBe('Title of older')
  })
})

describe('related articles', () => {
  it('rank shared tags above a shared section, newest first on ties, never self or hidden ones', async () => {
    // newest shares China+Oil with oldest (and section), China with older, section only with middle.
    expect(readMoreSlugs(await makeStore().getReadMore('newest', 10))).toEqual(['oldest', 'older', 'middle'])
  })

  it('fill Read more when the editor gave no links', async () => {
    const links = await makeStore().getReadMore('newest', 2)
    expect(links.map((l) => (l.kind === 'internal' ? l.article.slug : l.url))).toEqual(['oldest', 'older'])
  })

  it("keep the editor's links in order, dropping ones readers cannot see", async () => {
    const withLinks: ContentIndex = {
      ...index,
      articles: index.articles.map((a) =>
        a.slug === 'middle'
          ? {
              ...a,
              related: [
                { kind: 'external', url: 'https://example.com/x', title: 'X', outlet: 'CNN' },
                { kind: 'internal', slug: 'scheduled' },
                { kind: 'internal', slug: 'older' },
              ],
            }
          : a,
      ),
    }
    const store = storeOver(withLinks, { preview: false, clock: () => NOW, loadBody: () => '' })
    expect(await store.getReadMore('middle')).toEqual([
      { kind: 'external', url: 'https://example.com/x', title: 'X', outlet: 'CNN' },
      expect.objectContaining({ kind: 'internal', article: expect.objectContaining({ slug: 'older' }) }),
    ])
  })
})

describe('prerendering', () => {
  it('picks the newest published slugs', async () => {
    expect(await makeStore().newestSlugs(2)).toEqual(['newest', 'middle'])
  })
})

describe('front page', () => {
  it('leads with the newest story when none is featured, and shows each story once', async () => {
    const front = await makeStore().getFrontPage({ secondary: 1, latest: 1, perSection: 2 })
    expect(front.lead?.slug).toBe('newest')
    expect(slugs(front.secondary)).toEqual(['middle'])
    expect(slugs(front.latest)).toEqual(['older'])
    expect(front.sections.map((s) => [s.section.slug, slugs(s.articles)])).toEqual([['trade', ['oldest']]])
  })

  it('leads with a recent featured story', async () => {
    const featured: ContentIndex = {
      ...index,
      articles: index.articles.map((a) => (a.slug === 'older' ? { ...a, featured: true } : a)),
    }
    const store = storeOver(featured, { preview: false, clock: () => NOW, loadBody: () => '' })
    const front = await store.getFrontPage({ secondary: 2, latest: 5, perSection: 2 })
    expect(front.lead?.slug).toBe('older')
    expect(slugs(front.secondary)).toEqual(['newest', 'middle'])
    expect(slugs(front.latest)).toEqual(['oldest'])
  })

  it('is empty without published stories', async () => {
    const store = storeOver({ ...index, articles: [] }, { preview: false, clock: () => NOW, loadBody: () => '' })
    expect(await store.getFrontPage({ secondary: 2, latest: 5, perSection: 2 })).toEqual({ secondary: [], latest: [], sections: [] })
  })
})

describe('topics', () => {
  // As the content build writes them: one spelling per topic in each article (tags.ts: uniqueTags).
  const topics = [
    article('en', '2026-11-20T00:00:00.000Z', { tags: ['AI', 'Hong Kong'] }),
    article('zh', '2026-11-21T00:00:00.000Z', { tags: ['中国', 'ai'] }),
    article('es', '2026-11-22T00:00:00.000Z', { tags: ['Niño', 'C++'] }),
    article('es2', '2026-11-23T00:00:00.000Z', { tags: ['nino', 'C#', 'AI'] }),
    article('later', '2026-11-30T00:00:00.000Z', { tags: ['ai', 'ai', 'Futures'] }),
    article('draft-only', '2026-11-24T00:00:00.000Z', { draft: true, tags: ['Rumours'] }),
  ]
  const topicIndex: ContentIndex = {
    sections: fixtureSections,
    authors: fixtureAuthors,
    articles: topics,
    tags: tagTable(topics, [{ slug: 'hong-kong', name: 'Hong Kong SAR', description: 'The city and its markets.' }], NOW),
  }
  const topicStore = (preview = false) =>
    storeOver(topicIndex, { preview, clock: () => NOW, loadBody: () => '' })

  it('shows one link per topic on an article, named as on the topic page, with a URL that works in any script', async () => {
    const store = topicStore()
    expect((await store.getArticle('zh'))!.tags).toEqual([
      { slug: '中国', name: '中国', url: '/tags/%E4%B8%AD%E5%9B%BD' },
      { slug: 'ai', name: 'AI', url: '/tags/ai' },
    ])
    expect((await store.getArticle('es'))!.tags.map((t) => t.url)).toEqual(['/tags/nino', '/tags/c%2B%2B'])
    expect((await store.getArticle('es2'))!.tags.map((t) => [t.name, t.url])).toEqual([
      ['Niño', '/tags/nino'],
      ['C#', '/tags/c%23'],
      ['AI', '/tags/ai'],
    ])
  })

  it('lists each topic once, under one page, whatever the case or accents of its spellings', async () => {
    const store = topicStore()
    expect((await store.listTagArticles('ai', { limit: 10 })).items.map((a) => a.slug)).toEqual(['es2', 'zh', 'en'])
    expect((await store.listTagArticles('nino', { limit: 10 })).items.map((a) => a.slug)).toEqual(['es2', 'es'])
    expect((await store.listTagArticles('c++', { limit: 10 })).items.map((a) => a.slug)).toEqual(['es'])
    expect((await store.listTagArticles('c#', { limit: 10 })).items.map((a) => a.slug)).toEqual(['es2'])
  })

  it('names a topic by its file, else as the content build named it (tags.test.ts)', async () => {
    const store = topicStore()
    expect(await store.getTag('hong-kong')).toEqual({
      slug: 'hong-kong',
      name: 'Hong Kong SAR',
      url: '/tags/hong-kong',
      description: 'The city and its markets.',
    })
    expect(await store.getTag('ai')).toEqual({ slug: 'ai', name: 'AI', url: '/tags/ai' })
    expect(await store.getTag('AI')).toBeUndefined() // routes receive slugs; the page redirects other spellings
  })

  it('lists only topics with a published story, each once, newest story first, agreeing with getTag', async () => {
    const store = topicStore()
    const listed = await store.listTags()
    expect(listed.map((t) => t.url)).toEqual(['/tags/nino', '/tags/c%23', '/tags/ai', '/tags/c%2B%2B', '/tags/%E4%B8%AD%E5%9B%BD', '/tags/hong-kong'])
    for (const tag of listed) expect(await store.getTag(tag.slug)).toMatchObject({ slug: tag.slug, name: tag.name, url: tag.url })
    expect(listed.find((t) => t.slug === 'ai')?.latest).toBe('2026-11-23T00:00:00.000Z')
    expect(await store.getTag('futures')).toMatchObject({ name: 'Futures' }) // scheduled: named, its page lists nothing yet
    expect((await store.listTagArticles('futures', { limit: 10 })).total).toBe(0)
    expect(await store.getTag('rumours')).toBeUndefined()
    expect(await topicStore(true).getTag('rumours')).toMatchObject({ name: 'Rumours' })
    expect((await topicStore(true).listTags()).map((t) => t.slug)).toContain('futures')
  })
  it('never links to or lists a topic without an address', async () => {
    const odd = [article('odd', '2026-11-20T00:00:00.000Z', { tags: ['...', '#', 'Trade'] })]
    const store = storeOver(
      { sections: fixtureSections, authors: fixtureAuthors, articles: odd, tags: tagTable(odd, [], NOW) },
      { preview: false, clock: () => NOW, loadBody: () => '' },
    )
    expect((await store.getArticle('odd'))!.tags.map((t) => t.url)).toEqual(['/tags/trade'])
    expect((await store.listTags()).map((t) => t.url)).toEqual(['/tags/trade'])
    expect(await store.getTag('')).toBeUndefined()
  })
})

describe('retracted stories', () => {
  const retraction = { date: '2026-11-28T10:00:00.000Z', note: 'The figures it reported were wrong.' }
  const stories = [
    article('kept', '2026-11-20T00:00:00.000Z', { section: 'trade', tags: ['Oil'], mentions: ['pulled'], related: [{ kind: 'internal', slug: 'pulled' }] }),
    article('pulled', '2026-11-27T00:00:00.000Z', { section: 'trade', tags: ['Oil'], authors: ['bo'], featured: true, retracted: retraction }),
    article('other', '2026-11-22T00:00:00.000Z', { section: 'trade', tags: ['Oil'] }),
  ]
  const store = storeOver(
    { sections: fixtureSections, authors: fixtureAuthors, articles: stories, tags: tagTable(stories, [], NOW) },
    {
      preview: false,
      clock: () => NOW,
      loadBody: (file) => `code of ${file}`,
      loadText: () => 'oil',
      searchDocuments: stories.map((s) => ({ id: s.slug, title: s.title, dek: '', body: 'oil', authors: '', section: '', tags: '' })),
    },
  )

  it('keeps the page, with its notice', async () => {
    expect(await store.getArticle('pulled')).toMatchObject({ slug: 'pulled', retracted: retraction, code: 'code of pulled.json' })
    expect((await store.getArticle('kept'))!.retracted).toBeUndefined()
  })

  it('is in no listing, feed or sitemap list', async () => {
    const page = { limit: 10 }
    expect(slugs((await store.listArticles(page)).items)).toEqual(['other', 'kept'])
    expect((await store.listArticles(page)).total).toBe(2)
    expect(slugs((await store.listSectionArticles('trade', page)).items)).not.toContain('pulled')
    expect(slugs((await store.listTagArticles('oil', page)).items)).not.toContain('pulled')
    expect(await store.listAuthorArticles('bo', page)).toEqual({ items: [], total: 0 })
    expect(slugs(await store.listPublishedSince(new Date('2026-11-01T00:00:00Z')))).toEqual(['other', 'kept'])
    expect(await store.newestSlugs(10)).toEqual(['other', 'kept'])
    const front = await store.getFrontPage({ secondary: 3, latest: 3, perSection: 3 })
    expect(front.lead!.slug).toBe('other')
    expect(JSON.stringify(front)).not.toContain('pulled')
  })

  it('is in no search result, recent posts, read more or related list', async () => {
    expect(slugs((await store.search('oil', { limit: 10 })).items.map((h) => h.article))).toEqual(['kept', 'other'])
    expect((await store.search('oil', { limit: 10 })).total).toBe(2)
    expect(slugs(await store.getRecentArticles({ limit: 5 }))).toEqual(['other', 'kept'])
    expect(await store.getReadMore('kept')).toEqual([])
    expect(readMoreSlugs(await store.getReadMore('other'))).toEqual(['kept'])
  })

  it('still resolves a link to it from another story, marked retracted', async () => {
    expect((await store.getArticle('kept'))!.mentions.pulled).toMatchObject({ title: 'Title of pulled', retracted: retraction })
  })
})
