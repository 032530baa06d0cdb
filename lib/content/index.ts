// The one door to content. Routes ask it questions; nothing else reads what the content build wrote.
// Content is read a story at a time from where the build published it: the content database file
// (database.ts), or Redis when the build wrote it there (CONTENT_REDIS_URL; publish-redis.ts). In
// development the dev server's content build changes the database on every save, so the store is made
// anew when the data changed.
import fs from 'node:fs'
import { createClient } from 'redis'
import type { ContentProblem } from './types'
import { openContentDatabase, sqliteSource, type ContentDatabase } from './database'
import { contentDatabaseFile, contentProblemsFile, contentStoreFile } from './paths'
import { redisSource, type RedisConnection } from './redis-source'
import { createContentStore, isPreview, type ContentStore } from './store'

export type * from './types'
export type { ArticlePage, FrontPage } from './store'
export { MAX_QUERY_LENGTH, normalizeQuery, type SnippetPart } from './search'
export type { SearchHit } from './store'

const isDevelopment = process.env.NODE_ENV === 'development'
const preview = isPreview(process.env)
const options = { preview, clock: () => new Date() }

/** Where the build published the content: its Redis key prefix, or undefined for the content database. */
function redisPrefix(): string | undefined {
  if (!fs.existsSync(contentStoreFile)) return undefined
  return (JSON.parse(fs.readFileSync(contentStoreFile, 'utf8')) as { redis: string }).redis
}

/** The store over content in Redis: one client per server process, connected on first use. */
function redisStore(prefix: string): ContentStore {
  const url = process.env.CONTENT_REDIS_URL
  if (!url) throw new Error(`The content was published to Redis (${contentStoreFile}): set CONTENT_REDIS_URL to that Redis.`)
  const client = createClient({
    url,
    pingInterval: 10_000,
    // While Redis is unreachable, reads fail at once (the page answers 500, the health check 503) instead of
    // queueing; the client keeps reconnecting in the background.
    disableOfflineQueue: true,
  })
  client.on('error', (error) => console.error(`[content] Redis: ${error.message}`))
  const connected = client.connect()
  // Commands wait for the first connection only.
  const connection: RedisConnection = {
    sendCommand: async (args, commandOptions) => (await connected).sendCommand(args, commandOptions),
  }
  return createContentStore(redisSource(connection, prefix), options)
}

let opened: { db?: ContentDatabase; store: ContentStore; version: string } | undefined

/**
 * Which content the database holds: in development, the file (replaced by a full build) and SQLite's count
 * of changes written by other connections (the dev server's saves).
 */
function contentVersion(db?: ContentDatabase): string {
  const file = fs.statSync(contentDatabaseFile, { throwIfNoEntry: false })
  const changes = db?.prepare('PRAGMA data_version').get() as { data_version: number } | undefined
  return `${file?.ino}:${file?.mtimeMs}:${changes?.data_version}`
}

/** The store over the published content, opened on first use; in development made anew when the content changed. */
function store(): ContentStore {
  if (opened && (!isDevelopment || contentVersion(opened.db) === opened.version)) return opened.store
  const prefix = redisPrefix()
  if (prefix !== undefined) {
    // One client for the life of the process (the content under a prefix never changes).
    opened = { store: redisStore(prefix), version: contentVersion() }
    return opened.store
  }
  const db = openContentDatabase(contentDatabaseFile)
  opened?.db?.close()
  opened = { db, store: createContentStore(sqliteSource(db), options), version: contentVersion(db) }
  return opened.store
}

/**
 * The problems `npm run dev` found in content/ at the editor's last save, each naming file, field and (for
 * bodies) line; the site keeps serving the last good content meanwhile. Always empty outside development:
 * a build with problems publishes nothing.
 */
export function getContentProblems(): ContentProblem[] {
  if (!isDevelopment) return []
  try {
    return JSON.parse(fs.readFileSync(contentProblemsFile, 'utf8'))
  } catch {
    return []
  }
}

export const getArticle = (slug: string) => store().getArticle(slug)
export const getReadMore = (slug: string, limit?: number) => store().getReadMore(slug, limit)
export const getRecentArticles = (options: { limit: number; exclude?: string }) => store().getRecentArticles(options)
export const listArticles = (options: { offset?: number; limit: number }) => store().listArticles(options)
export const listSectionArticles = (slug: string, options: { offset?: number; limit: number }) =>
  store().listSectionArticles(slug, options)
export const listTagArticles = (slug: string, options: { offset?: number; limit: number }) =>
  store().listTagArticles(slug, options)
export const listAuthorArticles = (slug: string, options: { offset?: number; limit: number }) =>
  store().listAuthorArticles(slug, options)
export const getFrontPage = (options: { secondary: number; latest: number; perSection: number }) =>
  store().getFrontPage(options)
export const newestArticleSlugs = async (limit: number) => (limit > 0 ? store().newestSlugs(limit) : [])
export const getAuthor = (slug: string) => store().getAuthor(slug)
export const listAuthors = () => store().listAuthors()
export const getSection = (slug: string) => store().getSection(slug)
export const listSections = () => store().listSections()
export const getTag = (slug: string) => store().getTag(slug)
export const listTags = () => store().listTags()
export const listPublishedSince = (since: Date) => store().listPublishedSince(since)
export const searchArticles = (query: string, options: { offset?: number; limit: number }) =>
  store().search(query, options)
