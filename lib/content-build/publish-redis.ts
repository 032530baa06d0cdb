// Publishing the content to Redis instead of the content database file, for deploys whose functions must not
// carry the archive (Vercel): `npm run content` does this when CONTENT_REDIS_URL is set. Each distinct content
// gets its own prefix, named by a hash of the content, so that a deploy never changes what a running older
// deploy reads, and the same content built twice is written once.
import { createHash } from 'node:crypto'
import { createClient } from 'redis'
import { pruneRedisContent, syncRedisContent } from './write-redis'
import type { DatabaseInput } from './write-database'

/** Under this root: one prefix per content (`<root><hash>:`), and the list of prefixes by time of build. */
export const REDIS_CONTENT_ROOT = 'meridian:content:'
const BUILDS_KEY = `${REDIS_CONTENT_ROOT}builds`
/**
 * How many builds' content is kept (the newest): enough for the deploys still running, and for rolling back
 * to a recent one. Older builds' keys are deleted by the next build. CONTENT_REDIS_KEEP_BUILDS overrides it.
 */
const KEEP_BUILDS = 10

/** The prefix of this content: a hash of every story, every body file name and search document, and the catalog. */
function contentPrefix({ index, searchDocuments }: DatabaseInput): string {
  const hash = createHash('sha256')
  for (const article of index.articles) hash.update(JSON.stringify(article))
  for (const document of searchDocuments) hash.update(JSON.stringify(document))
  hash.update(JSON.stringify([index.authors, index.sections, index.tags]))
  return `${REDIS_CONTENT_ROOT}${hash.digest('hex').slice(0, 20)}:`
}

/**
 * Writes `input` to the Redis at `url` under its content's prefix (unless a complete copy is there already),
 * records the build and deletes the content of builds older than the newest KEEP_BUILDS. Returns the prefix,
 * for the server (lib/content/index.ts). Throws when Redis cannot be reached or refuses a command.
 */
export async function publishToRedis(url: string, input: DatabaseInput, keepBuilds = Number(process.env.CONTENT_REDIS_KEEP_BUILDS) || KEEP_BUILDS): Promise<{ prefix: string; written: boolean }> {
  // No reconnecting: a build that loses Redis fails, saying why, rather than waiting.
  const client = createClient({ url, socket: { reconnectStrategy: false } })
  client.on('error', () => {}) // each command below fails with the reason; the build reports it
  await client.connect()
  try {
    const prefix = contentPrefix(input)
    const ready = `${prefix}ready`
    // Recorded first, so that a build running meanwhile does not prune what this one is writing.
    await client.sendCommand(['ZADD', BUILDS_KEY, String(Date.now()), prefix])
    const written = (await client.sendCommand<number>(['EXISTS', ready])) === 0
    if (written) {
      // What an interrupted build left under this prefix goes first: syncRedisContent starts from nothing.
      await pruneRedisContent(client, prefix, [])
      await syncRedisContent(client, prefix, input)
      await client.sendCommand(['SET', ready, new Date().toISOString()])
    }
    const keep = await client.sendCommand<string[]>(['ZRANGE', BUILDS_KEY, '0', String(keepBuilds - 1), 'REV'])
    await pruneRedisContent(client, REDIS_CONTENT_ROOT, [...keep, BUILDS_KEY])
    await client.sendCommand(['ZREMRANGEBYRANK', BUILDS_KEY, '0', String(-keepBuilds - 1)])
    return { prefix, written }
  } finally {
    await client.close()
  }
}
