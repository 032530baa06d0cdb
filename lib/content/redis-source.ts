// The content in Redis, for deploys whose functions cannot carry the content database (database.ts): on
// Vercel every function would carry the whole archive. The Redis the site already uses for its shared page
// cache holds it instead, under one prefix per build, written by write-redis.ts, with no module needed
// (RediSearch is not in Debian's redis-server): lists are sorted sets, stories and bodies hashes, and search
// an inverted index in strings that this file scores as SQLite's FTS5 does (bm25).
//
// Keys, each after the build's prefix:
// - `article` (hash): slug → IndexedArticle as JSON;
// - `visible` (hash): slug → "<published ms> <draft 0|1> <retracted 0|1>", for search hits;
// - `list:<list>` (sorted set): the slugs of a list's stories that are not drafts, scored by minus the
//   publication time, so that ascending order is newest first with ties by slug (byte order, as SQLite's
//   `ORDER BY published_ms DESC, slug`); `preview:<list>`: the same with drafts; lists as in write-database.ts
//   (listsOf): retracted stories are in none;
// - `lists` (sorted set, all scores 0): every list's name, for a range of names by prefix (ZRANGE BYLEX);
// - `code`, `text` (hashes): body file name → compiled code, plain text, packed (packed-text.ts);
// - `catalog` (hash): `authors`, `sections`, `tags` → JSON lists;
// - search: `doc` (hash) search id → "<words in the document> <slug>", `docid` (hash) slug → search id,
//   `w:<word>` (string) the postings of a word: POSTING_BYTES per document holding it, in search-id order,
//   `dead` (bitmap) the search ids of replaced or removed documents, whose postings stay until the next full
//   write, `words:<length>` (sorted set, scores 0) the words of that many code points, `stats` (hash)
//   `tokens` (words of the live documents), `next` (next search id), `longest` (longest word, code points).
import { RESP_TYPES, type RedisArgument } from 'redis'
import type { ContentSource, Visibility } from './database'
import { unpackText } from './packed-text'
import {
  bestFirst,
  LAST,
  MAX_MATCHES,
  RANKED_WINDOW,
  searchPlan,
  TYPO_SAME_START,
  typoDistance,
  type Hit,
  type SearchMatch,
  type SearchQuestion,
  type VocabularyAnswer,
  type VocabularyWord,
} from './search'
import type { IndexedArticle } from './types'

/** What this needs of a node-redis client (createClient from `redis`): raw commands. */
export type RedisConnection = {
  sendCommand<T = unknown>(args: ReadonlyArray<RedisArgument>, options?: { typeMapping?: Record<number, unknown> }): Promise<T>
}

/** Replies as bytes (postings, bitmaps) rather than text. */
const AS_BYTES = { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } }

/**
 * One posting: the search id (uint32, little-endian) and the word's occurrences weighted by field (WEIGHTS,
 * doubled to be whole: uint16, at most 65535).
 */
export const POSTING_BYTES = 6

/** The keys of one build's content under `prefix` (see the top of this file). */
export const contentKeys = (prefix: string) => ({
  article: `${prefix}article`,
  visible: `${prefix}visible`,
  list: (list: string) => `${prefix}list:${list}`,
  preview: (list: string) => `${prefix}preview:${list}`,
  lists: `${prefix}lists`,
  code: `${prefix}code`,
  text: `${prefix}text`,
  catalog: `${prefix}catalog`,
  doc: `${prefix}doc`,
  docid: `${prefix}docid`,
  word: (word: string) => `${prefix}w:${word}`,
  dead: `${prefix}dead`,
  words: (length: number) => `${prefix}words:${length}`,
  stats: `${prefix}stats`,
})

// FTS5's bm25 constants.
const K1 = 1.2
const B = 0.75

const isDead = (dead: Buffer | null, id: number) => dead !== null && id >> 3 < dead.length && (dead[id >> 3] & (0x80 >> (id & 7))) !== 0

/**
 * A ContentSource over the content that write-redis.ts wrote under `prefix` (e.g. `meridian:content:<build
 * id>:`) in the Redis of `client` (connected). Each call sends a bounded number of pipelined round trips
 * (one or two; a search two per set of hits and three per vocabulary look-up, at most twelve), never one
 * request per item, and no KEYS or SCAN. Answers as sqliteSource does over a database written from the same
 * input; search scores are FTS5's bm25 to rounding. A search reads the postings of its words whole and
 * returns every match, as the ContentSource contract asks: its cost grows with the documents its words are in.
 */
export function redisSource(client: RedisConnection, prefix: string): ContentSource {
  const keys = contentKeys(prefix)
  const send = <T>(...args: RedisArgument[]) => client.sendCommand<T>(args)
  const bytes = (...args: RedisArgument[]) => client.sendCommand<Buffer | null>(args, AS_BYTES)
  const listKey = (list: string, preview: boolean) => (preview ? keys.preview(list) : keys.list(list))
  // In preview, scheduled stories are shown: no upper bound on the publication time.
  const newestScore = ({ preview, nowMs }: Visibility) => (preview ? '-inf' : String(-nowMs))

  async function vocabulary({ starts, spellings }: Extract<SearchQuestion, { ask: 'vocabulary' }>): Promise<VocabularyAnswer> {
    const longest = Number((await send<string | null>('HGET', keys.stats, 'longest')) ?? 0)
    const range = (length: number, start: string) => send<string[]>('ZRANGE', keys.words(length), `[${start}`, `(${start}${LAST}`, 'BYLEX')
    const lengths = (from: number, to: number) => Array.from({ length: Math.max(0, Math.min(to, longest) - from + 1) }, (_, i) => from + i)
    const candidates = await Promise.all([
      ...starts.map((word) => Promise.all(lengths([...word].length, longest).map((length) => range(length, word)))),
      ...spellings.map((word) => {
        const length = [...word].length
        const distance = typoDistance(word)
        const start = [...word].slice(0, TYPO_SAME_START).join('')
        return Promise.all(lengths(length - distance, length + distance).map((l) => range(l, start)))
      }),
    ]).then((perWord) => perWord.map((perLength) => perLength.flat()))
    // A word's documents, deleted ones included (as SQLite's search_word counts them): its postings.
    const sizes = await Promise.all(candidates.map((words) => Promise.all(words.map((word) => send<number>('STRLEN', keys.word(word))))))
    const counted = candidates.map((words, i): VocabularyWord[] => words.map((word, j) => ({ word, documents: sizes[i][j] / POSTING_BYTES })))
    return { starts: counted.slice(0, starts.length), spellings: counted.slice(starts.length) }
  }

  async function hits({ groups, operator }: Extract<SearchQuestion, { ask: 'hits' }>): Promise<Hit[]> {
    const words = [...new Set(groups.flat())]
    const [postings, dead, documents, tokens] = await Promise.all([
      Promise.all(words.map((word) => bytes('GET', keys.word(word)))),
      bytes('GET', keys.dead),
      send<number>('HLEN', keys.doc),
      send<string | null>('HGET', keys.stats, 'tokens'),
    ])
    // Per word: its live postings (search ids ascending, weighted occurrences) and inverse document
    // frequency (FTS5's: at least 1e-6). Search ids are dense, so per-document values live in typed arrays.
    let size = 0
    const live = words.map((_, i) => {
      const data = postings[i]
      const ids: number[] = []
      const frequencies: number[] = []
      for (let at = 0; data && at + POSTING_BYTES <= data.length; at += POSTING_BYTES) {
        const id = data.readUInt32LE(at)
        if (isDead(dead, id)) continue
        ids.push(id)
        frequencies.push(data.readUInt16LE(at + 4) / 2)
        size = Math.max(size, id + 1)
      }
      const idf = Math.log((documents - ids.length + 0.5) / (ids.length + 0.5))
      return { ids, frequencies, idf: idf > 0 ? idf : 1e-6 }
    })
    const byWord = new Map(words.map((word, i) => [word, live[i]]))
    // How many groups each document has a word of.
    const groupsFound = new Uint16Array(size)
    const inThisGroup = new Int32Array(size).fill(-1)
    groups.forEach((group, g) => {
      for (const word of group)
        for (const id of byWord.get(word)!.ids)
          if (inThisGroup[id] !== g) (inThisGroup[id] = g), groupsFound[id]++
    })
    const all: number[] = []
    for (let id = 0; id < size; id++) if (operator === 'AND' ? groupsFound[id] === groups.length : groupsFound[id] > 0) all.push(id)
    if (all.length === 0) return []
    // Ranked among the newest matches only (RANKED_WINDOW): ids are given oldest story first.
    const matched = all.slice(-RANKED_WINDOW)
    const described = await send<(string | null)[]>('HMGET', keys.doc, ...matched.map(String))
    const averageLength = Number(tokens ?? 0) / documents
    const lengthOf = new Float64Array(size).fill(-1)
    matched.forEach((id, i) => {
      const description = described[i]
      if (description !== null) lengthOf[id] = Number(description.slice(0, description.indexOf(' ')))
    })
    // Summed word by word in the query's order, as FTS5 sums its phrases.
    const score = new Float64Array(size)
    for (const word of groups.flat()) {
      const { ids, frequencies, idf } = byWord.get(word)!
      ids.forEach((id, j) => {
        const length = lengthOf[id]
        if (length < 0) return
        const f = frequencies[j]
        score[id] += idf * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / averageLength)))
      })
    }
    const found: Hit[] = []
    matched.forEach((id, i) => {
      const description = described[i]
      if (description !== null) found.push({ slug: description.slice(description.indexOf(' ') + 1), score: score[id] })
    })
    return found.sort(bestFirst).slice(0, MAX_MATCHES)
  }

  return {
    async catalog() {
      const [authors, sections, tags] = await send<(string | null)[]>('HMGET', keys.catalog, 'authors', 'sections', 'tags')
      const value = (json: string | null) => JSON.parse(json ?? '[]')
      return { authors: value(authors), sections: value(sections), tags: value(tags) }
    },
    async list(list, { offset, limit, sinceMs = 0, ...visibility }) {
      const key = listKey(list, visibility.preview)
      const [min, max] = [newestScore(visibility), String(-sinceMs)]
      const [slugs, total] = await Promise.all([
        send<string[]>('ZRANGE', key, min, max, 'BYSCORE', 'LIMIT', String(offset), String(limit)),
        send<number>('ZCOUNT', key, min, max),
      ])
      return { slugs, total }
    },
    async hasList(list, preview) {
      return (await send<number>('EXISTS', listKey(list, preview))) === 1
    },
    async newestPerList(prefix, visibility) {
      const lists = await send<string[]>('ZRANGE', keys.lists, `(${prefix}`, `(${prefix}${LAST}`, 'BYLEX')
      const newest = await Promise.all(
        lists.map((list) => send<string[]>('ZRANGE', listKey(list, visibility.preview), newestScore(visibility), '+inf', 'BYSCORE', 'LIMIT', '0', '1')),
      )
      return lists.flatMap((list, i) => (newest[i].length === 0 ? [] : [{ list, slug: newest[i][0] }]))
    },
    async articles(slugs) {
      if (slugs.length === 0) return []
      const rows = await send<(string | null)[]>('HMGET', keys.article, ...slugs)
      return rows.flatMap((json): IndexedArticle[] => (json === null ? [] : [JSON.parse(json)]))
    },
    async body(bodyFile) {
      const [code, text] = await Promise.all([bytes('HGET', keys.code, bodyFile), bytes('HGET', keys.text, bodyFile)])
      if (code === null || text === null) throw new Error(`No body ${bodyFile} in the content in Redis (${prefix})`)
      return { code: unpackText(code), text: unpackText(text) }
    },
    async search(query): Promise<SearchMatch[]> {
      const plan = searchPlan(query)
      let step = plan.next()
      while (!step.done) step = plan.next(step.value.ask === 'hits' ? await hits(step.value) : await vocabulary(step.value))
      return step.value
    },
    async searchable(slugs, { preview, nowMs }) {
      if (slugs.length === 0) return []
      const rows = await send<(string | null)[]>('HMGET', keys.visible, ...slugs)
      return slugs.filter((_, i) => {
        if (rows[i] === null) return false
        const [publishedMs, draft, retracted] = rows[i].split(' ').map(Number)
        return (preview || (publishedMs <= nowMs && draft === 0)) && retracted === 0
      })
    },
  }
}
