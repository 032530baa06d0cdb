// Writes the content into Redis (redis-source.ts describes the keys), for deploys that read it from there
// rather than from the content database file. Each build writes under its own prefix, so that a running
// deploy keeps reading the content it was built with while a new one is written and goes live.
import type { RedisArgument } from 'redis'
import { packText } from '../content/packed-text'
import { contentKeys, POSTING_BYTES, type RedisConnection } from '../content/redis-source'
import { byteOrder, documentWords, WEIGHTS, type SearchDocument } from '../content/search'
import type { IndexedArticle } from '../content/types'
import { listsOf, type DatabaseInput, type WrittenStories } from './write-database'

/** Stories written per pipeline: bounds the commands (and postings) held in memory at once. */
const STORIES_PER_BATCH = 500

/** Commands sent together (one round trip), awaited before the next batch is built. */
class Pipeline {
  private pending: Promise<unknown>[] = []
  constructor(private client: RedisConnection) {}
  send(...args: RedisArgument[]) {
    this.pending.push(this.client.sendCommand(args))
  }
  async flush() {
    const pending = this.pending
    this.pending = []
    await Promise.all(pending)
  }
}

/** A document's postings: each word with its field-weighted occurrences (doubled, see POSTING_BYTES), and its length in words. */
function postingsOf(document: SearchDocument) {
  const fields = documentWords(document)
  const weighted = new Map<string, number>()
  fields.forEach((words, column) => {
    for (const word of words) weighted.set(word, (weighted.get(word) ?? 0) + WEIGHTS[column] * 2)
  })
  return { weighted, length: fields.reduce((sum, words) => sum + words.length, 0) }
}

/**
 * Makes the content under `prefix` in the Redis of `client` hold `input`, as syncContentDatabase does for the
 * content database: writes only the stories whose row or search document differ from `written` (what an earlier
 * call wrote under the same prefix; empty for a new prefix, which must hold no keys), removes stories and
 * bodies that are gone, and returns what it wrote, for the next call. Commands go in pipelines of
 * STORIES_PER_BATCH stories, each awaited, so that an archive of any size streams in bounded memory.
 *
 * Not atomic, unlike the database's one transaction: a reader of the same prefix during a call may see some
 * stories changed and others not yet. A build writes a new prefix, which no reader uses until it goes live.
 * A replaced or removed story's search postings stay, marked dead, until the next full write (its words
 * stay in the vocabulary too, as in the database). Throws when Redis refuses a command.
 */
export async function syncRedisContent(
  client: RedisConnection,
  prefix: string,
  { index, body, searchDocuments }: DatabaseInput,
  written: WrittenStories = new Map(),
): Promise<WrittenStories> {
  const keys = contentKeys(prefix)
  const pipeline = new Pipeline(client)
  const searchBySlug = new Map(searchDocuments.map((d) => [d.id, d]))
  const before = (slug: string) => {
    const fingerprint = written.get(slug)
    return fingerprint === undefined ? undefined : (JSON.parse(fingerprint) as [IndexedArticle, SearchDocument | null])
  }
  const [tokensBefore, nextBefore, longestBefore] = await client.sendCommand<(string | null)[]>(['HMGET', keys.stats, 'tokens', 'next', 'longest'])
  const stats = { tokens: Number(tokensBefore ?? 0), next: Number(nextBefore ?? 0), longest: Number(longestBefore ?? 0) }
  const bodiesBefore = new Set([...written.keys()].map((slug) => before(slug)![0].bodyFile))
  const bodiesNow = new Set(index.articles.map((a) => a.bodyFile))
  const bodiesWritten = new Set<string>()

  /** Takes a story's old version out of its lists and search (its postings marked dead). */
  const remove = (slugs: string[], ids: (string | null)[]) =>
    slugs.forEach((slug, i) => {
      const [article, search] = before(slug)!
      for (const list of listsOf(article)) pipeline.send('ZREM', keys.list(list), slug), pipeline.send('ZREM', keys.preview(list), slug)
      pipeline.send('HDEL', keys.article, slug)
      pipeline.send('HDEL', keys.visible, slug)
      const id = ids[i]
      if (search === null || id === null) return
      stats.tokens -= postingsOf(search).length
      pipeline.send('SETBIT', keys.dead, id, '1')
      pipeline.send('HDEL', keys.doc, id)
      pipeline.send('HDEL', keys.docid, slug)
    })
  const searchIds = (slugs: string[]) =>
    slugs.length === 0 ? Promise.resolve([]) : client.sendCommand<(string | null)[]>(['HMGET', keys.docid, ...slugs])

  const now: WrittenStories = new Map()
  // Oldest first, so that search ids grow with publication time (search.ts: RANKED_WINDOW).
  const articles = [...index.articles].sort((x, y) => Date.parse(x.published) - Date.parse(y.published) || byteOrder(x.slug, y.slug))
  for (let from = 0; from < articles.length; from += STORIES_PER_BATCH) {
    const changed = articles.slice(from, from + STORIES_PER_BATCH).filter((article) => {
      const fingerprint = JSON.stringify([article, searchBySlug.get(article.slug)])
      now.set(article.slug, fingerprint)
      return written.get(article.slug) !== fingerprint
    })
    const replaced = changed.map((a) => a.slug).filter((slug) => written.has(slug))
    remove(replaced, await searchIds(replaced))
    const postings = new Map<string, Buffer[]>()
    const vocabulary = new Map<number, Set<string>>()
    for (const article of changed) {
      const { slug } = article
      const publishedMs = Date.parse(article.published)
      pipeline.send('HSET', keys.article, slug, JSON.stringify(article))
      pipeline.send('HSET', keys.visible, slug, `${publishedMs} ${article.draft ? 1 : 0} ${article.retracted ? 1 : 0}`)
      for (const list of listsOf(article)) {
        if (!article.draft) pipeline.send('ZADD', keys.list(list), String(-publishedMs), slug)
        pipeline.send('ZADD', keys.preview(list), String(-publishedMs), slug)
        pipeline.send('ZADD', keys.lists, '0', list)
      }
      if (!bodiesBefore.has(article.bodyFile) && !bodiesWritten.has(article.bodyFile)) {
        const { code, text } = body(article.bodyFile)
        pipeline.send('HSET', keys.code, article.bodyFile, packText(code))
        pipeline.send('HSET', keys.text, article.bodyFile, packText(text))
        bodiesWritten.add(article.bodyFile)
      }
      const search = searchBySlug.get(slug)
      if (!search) continue
      const id = stats.next++
      const { weighted, length } = postingsOf(search)
      stats.tokens += length
      pipeline.send('HSET', keys.doc, String(id), `${length} ${slug}`)
      pipeline.send('HSET', keys.docid, slug, String(id))
      for (const [word, frequency] of weighted) {
        const posting = Buffer.alloc(POSTING_BYTES)
        posting.writeUInt32LE(id, 0)
        posting.writeUInt16LE(Math.min(frequency, 0xffff), 4)
        const list = postings.get(word)
        if (list) list.push(posting)
        else postings.set(word, [posting])
        const characters = [...word].length
        stats.longest = Math.max(stats.longest, characters)
        if (!vocabulary.has(characters)) vocabulary.set(characters, new Set())
        vocabulary.get(characters)!.add(word)
      }
    }
    for (const [word, list] of postings) pipeline.send('APPEND', keys.word(word), Buffer.concat(list))
    for (const [length, words] of vocabulary) pipeline.send('ZADD', keys.words(length), ...[...words].flatMap((word) => ['0', word]))
    await pipeline.flush()
  }

  const gone = [...written.keys()].filter((slug) => !now.has(slug))
  for (let from = 0; from < gone.length; from += STORIES_PER_BATCH) {
    const slugs = gone.slice(from, from + STORIES_PER_BATCH)
    remove(slugs, await searchIds(slugs))
    await pipeline.flush()
  }
  for (const file of bodiesBefore) if (!bodiesNow.has(file)) pipeline.send('HDEL', keys.code, file), pipeline.send('HDEL', keys.text, file)
  pipeline.send('HSET', keys.catalog, 'authors', JSON.stringify(index.authors), 'sections', JSON.stringify(index.sections), 'tags', JSON.stringify(index.tags))
  pipeline.send('HSET', keys.stats, 'tokens', String(stats.tokens), 'next', String(stats.next), 'longest', String(stats.longest))
  await pipeline.flush()
  return now
}

/** The glob that matches `text` exactly, for SCAN's MATCH. */
const globEscape = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&')

/**
 * Deletes the keys under `root` (e.g. `meridian:content:`) that are under none of `keep` (the prefixes of the
 * builds still served, e.g. `meridian:content:<build id>:`), in batches (SCAN, UNLINK). Returns how many keys
 * it deleted. Safe once no running deploy reads the other prefixes: after the new deploy is live and the
 * instances of the old ones have stopped (on Vercel, keep the builds that can still be promoted or rolled
 * back to: a rollback to a pruned build would find no content). Never call it while a build is being written
 * under a prefix not in `keep`.
 */
export async function pruneRedisContent(client: RedisConnection, root: string, keep: string[]): Promise<number> {
  let cursor = '0'
  let deleted = 0
  do {
    const [next, found] = await client.sendCommand<[string, string[]]>(['SCAN', cursor, 'MATCH', `${globEscape(root)}*`, 'COUNT', '1000'])
    const stale = found.filter((key) => !keep.some((prefix) => key.startsWith(prefix)))
    if (stale.length > 0) deleted += await client.sendCommand<number>(['UNLINK', ...stale])
    cursor = next
  } while (cursor !== '0')
  return deleted
}
