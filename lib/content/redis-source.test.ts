// The content in Redis answers as the content database does: both are filled from the same input and every
// ContentSource question is asked of both, against a real redis-server started here.
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureAuthors, fixtureSections, indexedArticle } from '@/tests/fixtures/content'
import { startTestRedis } from '@/tests/support/redis-server'
import { fixtureIndex, fixtureSearchDocuments, NOW } from '@/tests/fixtures/newsroom'
import { CONTENT_SCHEMA, sqliteSource, type ContentSource } from './database'
import { redisSource } from './redis-source'
import type { SearchDocument } from './search'
import { createContentStore } from './store'
import { tagTable } from '../content-build/tags'
import type { ContentIndex, IndexedArticle } from './types'
import { syncContentDatabase, type DatabaseInput } from '../content-build/write-database'
import { pruneRedisContent, syncRedisContent } from '../content-build/write-redis'

let redis: Awaited<ReturnType<typeof startTestRedis>>
let client: Awaited<ReturnType<typeof startTestRedis>>['client']

beforeAll(async () => {
  redis = await startTestRedis()
  client = redis.client
}, 15_000)

afterAll(() => redis?.stop())

let prefixes = 0
/** Both sources over `input`: the database, and Redis under a new prefix. */
async function bothOver(input: DatabaseInput) {
  const db = new Database(':memory:')
  db.exec(CONTENT_SCHEMA)
  syncContentDatabase(db, input)
  const prefix = `test:content:${++prefixes}:`
  await syncRedisContent(client, prefix, input)
  return { sqlite: sqliteSource(db), redis: redisSource(client, prefix), prefix }
}

// A newsroom with what the rules turn on: the fixture newsroom, stories published at the same time (ties by
// slug), drafts, scheduled and retracted ones, topics in several scripts, text in several scripts, and enough
// stories sharing words for the exact, prefix, typo and any-word tiers of search.
const WORDS = ['tariff', 'tariffs', 'semiconductor', 'semiconductors', 'government', 'copper', 'harvest', 'inflation', 'currency', 'bond']
const SCRIPTS = ['中国与俄罗斯企业签署协议', 'Ο νόμος της Ελλάδας', 'Ёлки подорожали в Москве', 'Niña en Perú', 'กรุงเทพมหานคร', '서울 반도체', 'C++ and $2 🚀fans']
const extra: (IndexedArticle & { body: string })[] = Array.from({ length: 60 }, (_, i) => {
  const words = WORDS.filter((_, w) => (i * 7 + w * 3) % 5 < 2)
  const article = indexedArticle(`story-${String(i).padStart(2, '0')}`, `2026-11-${String(1 + (i % 27)).padStart(2, '0')}T0${i % 3}:00:00.000Z`, {
    title: `${words.slice(0, 2).join(' ')} ${SCRIPTS[i % SCRIPTS.length]}`,
    dek: `${words.slice(2).join(' ')} story ${i}`,
    section: i % 2 ? 'markets' : 'trade',
    tags: [['Japan', '中国', 'C++', 'Élan'][i % 4], ...(i % 5 === 0 ? ['Rice'] : [])],
    authors: i % 3 ? ['ann'] : ['ann', 'bo'],
    draft: i % 11 === 0,
    retracted: i % 13 === 5 ? { date: '2026-11-20T00:00:00.000Z', note: 'Wrong.' } : undefined,
    featured: i % 9 === 0,
  })
  if (i % 17 === 3) article.published = '2026-12-05T00:00:00.000Z'
  return { ...article, body: `${words.join(' ')} ${SCRIPTS[(i + 3) % SCRIPTS.length]} ${'filler '.repeat(i % 7)}end.` }
})

function newsroomInput(changes: (articles: IndexedArticle[]) => IndexedArticle[] = (a) => a): DatabaseInput {
  const bodies = new Map<string, string>(extra.map((a) => [a.bodyFile, a.body]))
  for (const d of fixtureSearchDocuments) bodies.set(`${d.id}.json`, d.body)
  const articles = changes([...fixtureIndex.articles, ...extra.map(({ body: _body, ...article }) => article)])
  const index: ContentIndex = { sections: fixtureSections, authors: fixtureAuthors, articles, tags: tagTable(articles, [], NOW) }
  const searchDocuments: SearchDocument[] = articles.map((a) => ({
    id: a.slug,
    title: a.title,
    dek: a.dek,
    body: bodies.get(a.bodyFile) ?? `Body of ${a.slug}.`,
    authors: a.authors.map((slug) => fixtureAuthors.find((x) => x.slug === slug)!.name).join(', '),
    section: fixtureSections.find((s) => s.slug === a.section)!.name,
    tags: a.tags.join(', '),
  }))
  return { index, searchDocuments, body: (file) => ({ code: `code of ${file}`, text: bodies.get(file) ?? '' }) }
}

const QUERIES = [
  'yen', 'marzipan', 'Bo Chan', 'semicon', 'semiconductor', 'semiconductors', 'goverment', 'goverments', 'tarif', 'tariff copper',
  'copper zeppelin', 'inflaton bond', 'harvest', 'harvests', 'currenc', 'story', 'filler', 'end', 'markets', 'trade',
  '中国', '俄罗斯', '俄', '罗', '协议', 'ελλαδας', 'ΝΟΜΟΣ', 'ёлки', 'москве', 'nina', 'PERU', 'เมือง', '서울', '반도체',
  'c++', '$2', '2', 'fans', '🚀fans', 'Élan', 'elan', 'japan', 'rice', '', '"', '*', 'yen NOT mentioned', 'title:marzipan',
  'NEAR(yen slides, 2)', '<script>alert(1)</script>', 'yen" OR "slides', '\u0000', 'a'.repeat(100), '中'.repeat(50), 'zzzzzz',
]
const SLUGS = ['yen-slides', 'secret-draft', 'embargoed', 'story-05', 'story-00', 'story-20', 'no-such-story', 'story-03', 'yen-slides']
const LISTS = ['all', 'section:markets', 'section:trade', 'section:nothing', 'tag:japan', 'tag:中国', 'tag:c++', 'tag:élan', 'tag:rice', 'tag:airships', 'author:bo', 'author:nobody']

/** Every answer of `source` to the questions the store asks, in a form that compares. */
async function answers(source: ContentSource) {
  const times = [NOW.getTime(), Date.parse('2026-11-10T00:00:00.000Z'), Date.parse('2027-01-01T00:00:00.000Z')]
  const visibilities = times.flatMap((nowMs) => [false, true].map((preview) => ({ preview, nowMs })))
  const lists = []
  for (const list of LISTS)
    for (const visibility of visibilities)
      for (const [offset, limit, sinceMs] of [[0, 5], [3, 4], [0, 1000], [70, 10], [0, 0], [2, 3, Date.parse('2026-11-15T00:00:00.000Z')]])
        lists.push(await source.list(list, { ...visibility, offset, limit, sinceMs }))
  const searches = await Promise.all(QUERIES.map((query) => source.search(query)))
  return {
    catalog: await source.catalog(),
    lists,
    hasList: await Promise.all(LISTS.flatMap((list) => [source.hasList(list, false), source.hasList(list, true)])),
    newest: await Promise.all(['tag:', 'section:', 'author:', 'nothing:'].flatMap((p) => visibilities.map((v) => source.newestPerList(p, v)))),
    articles: [await source.articles(SLUGS), await source.articles([])],
    bodies: await Promise.all(['yen-slides.json', 'story-07.json'].map((file) => source.body(file))),
    missingBody: await source.body('no-such.json').catch((error: Error) => error.message.startsWith('No body no-such.json')),
    searches: searches.map((matches) => matches.map(({ slug, terms }) => ({ slug, terms }))),
    scores: searches.map((matches) => matches.map((m) => m.score)),
    searchable: await Promise.all(
      visibilities.map((v) => source.searchable([...SLUGS, ...extra.map((a) => a.slug)], v)).concat(source.searchable([], visibilities[0])),
    ),
  }
}

/** `redis` answers as `sqlite` does; scores are equal to rounding. */
function expectSameAnswers(redis: Awaited<ReturnType<typeof answers>>, sqlite: Awaited<ReturnType<typeof answers>>) {
  const { scores, ...rest } = redis
  const { scores: expectedScores, ...expected } = sqlite
  expect(rest).toEqual(expected)
  scores.forEach((list, i) => list.forEach((score, j) => expect(score, QUERIES[i]).toBeCloseTo(expectedScores[i][j], 9)))
}

describe('the content in Redis', () => {
  it('answers every question as the content database does', async () => {
    const { sqlite, redis } = await bothOver(newsroomInput())
    const [fromRedis, fromSqlite] = [await answers(redis), await answers(sqlite)]
    // The questions reach every tier of the rules: lists with stories, searches with many, few and no hits.
    expect(fromSqlite.lists.filter((page) => page.slugs.length > 3).length).toBeGreaterThan(50)
    expect(fromSqlite.searches.filter((hits) => hits.length >= 20).length).toBeGreaterThan(3)
    expect(fromSqlite.searches.filter((hits) => hits.length === 0).length).toBeGreaterThan(3)
    expectSameAnswers(fromRedis, fromSqlite)
  })

  it('gives a store that shows readers what the database gives it', async () => {
    const { sqlite, redis } = await bothOver(newsroomInput())
    const pages = async (source: ContentSource, preview: boolean) => {
      const store = createContentStore(source, { preview, clock: () => NOW })
      return {
        front: await store.getFrontPage({ secondary: 3, latest: 5, perSection: 3 }),
        article: await store.getArticle('chip-exports'),
        readMore: await store.getReadMore('story-10'),
        tags: await store.listTags(),
        tag: await store.getTag('中国'),
        since: await store.listPublishedSince(new Date('2026-11-20T00:00:00Z')),
        search: await store.search('semicon', { offset: 1, limit: 5 }),
        yen: await store.search('yen', { limit: 10 }),
      }
    }
    for (const preview of [false, true]) expect(await pages(redis, preview)).toEqual(await pages(sqlite, preview))
    const yen = (await pages(redis, false)).yen
    expect(yen.items.map((hit) => hit.article.slug)).toEqual(['yen-slides', 'old-rice-story'])
  })

  it('after stories are added, changed, retracted and removed, answers as content written from scratch does', async () => {
    const before = newsroomInput((articles) => articles.filter((a) => a.slug !== 'story-30'))
    const after = newsroomInput((articles) =>
      articles
        .filter((a) => a.slug !== 'story-01' && a.slug !== 'old-rice-story')
        .map((a) =>
          a.slug === 'yen-slides'
            ? { ...a, title: 'Yen recovers on intervention', tags: ['Japan', 'Currencies', '中国'] }
            : a.slug === 'story-02'
              ? { ...a, retracted: { date: '2026-11-25T00:00:00.000Z', note: 'Wrong.' } }
              : a.slug === 'story-04'
                ? { ...a, draft: true, bodyFile: 'story-04-2.json', published: '2026-11-27T00:00:00.000Z' }
                : a,
        ),
    )
    const prefix = `test:content:sync:`
    const written = await syncRedisContent(client, prefix, before)
    await syncRedisContent(client, prefix, after, written)
    // Words a prefix or typo stands for come most common first, counting replaced stories (as the database counts
    // them) until the next full write: the same words, perhaps in another order.
    const termsAsSets = (all: Awaited<ReturnType<typeof answers>>) => ({
      ...all,
      searches: all.searches.map((hits) => hits.map(({ slug, terms }) => ({ slug, terms: [...terms].sort() }))),
    })
    const synced = termsAsSets(await answers(redisSource(client, prefix)))
    const fresh = await bothOver(after)
    // The same stories everywhere and the same search hits, scored with the statistics of the content as it is now.
    expectSameAnswers(synced, termsAsSets(await answers(fresh.sqlite)))
    expect(synced).toEqual(termsAsSets(await answers(fresh.redis)))
    expect(await redisSource(client, prefix).search('recovers')).toMatchObject([{ slug: 'yen-slides' }])
    expect(await redisSource(client, prefix).articles(['story-01', 'old-rice-story', 'story-30'])).toMatchObject([{ slug: 'story-30' }])
    await expect(redisSource(client, prefix).body('old-rice-story.json')).rejects.toThrow(/No body/)
  })

  it('writes nothing for stories that did not change', async () => {
    const prefix = `test:content:unchanged:`
    const input = newsroomInput()
    const written = await syncRedisContent(client, prefix, input)
    await client.sendCommand(['HSET', `${prefix}article`, 'yen-slides', JSON.stringify({ ...input.index.articles[0], title: 'untouched' })])
    await syncRedisContent(client, prefix, input, written)
    expect((await redisSource(client, prefix).articles(['yen-slides']))[0].title).toBe('untouched')
  })

  it('keeps each build under its own prefix, and prunes the builds no longer served', async () => {
    const old = await bothOver(newsroomInput((articles) => articles.slice(0, 2)))
    const current = await bothOver(newsroomInput())
    const page = (source: ContentSource) => source.list('all', { preview: false, nowMs: NOW.getTime(), offset: 0, limit: 100 })
    expect((await page(old.redis)).total).toBe(2)
    const deleted = await pruneRedisContent(client, 'test:content:', [current.prefix])
    expect(deleted).toBeGreaterThan(0)
    expect(await page(current.redis)).toEqual(await page(current.sqlite))
    expect(await page(old.redis)).toEqual({ slugs: [], total: 0 })
    expect(await client.sendCommand(['KEYS', `${old.prefix}*`])).toEqual([])
  })
})
