// The cache Next.js keeps regenerated pages, feeds and data in (next.config.js `cacheHandler`).
// With REDIS_URL set when the server starts, every instance shares one cache in Redis, so a page regenerated
// or revalidated on one instance is served fresh by all. Without it, Next's own cache on local disk is used.
// Decided at run time, so one build serves both ways; the build itself always uses the local cache.
// Next exports no public name for its default handler, hence the import from next/dist (Next is pinned).
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const useRedis = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD

const SharedOrLocalCache = useRedis
  ? (await import('./redis-cache-handler.mjs')).default
  : (fileSystemCacheModule.default ?? fileSystemCacheModule)

/**
 * Not-found pages are not kept. Anyone can ask for any address, and Next would store the 404 of each
 * one (/articles/<anything>, /archive/page/<any number>), so made-up URLs could fill the disk or Redis
 * without end, and a name longer than the file system allows fails the write. A 404 renders from the
 * content index in a few milliseconds, and a story scheduled for later shows at its time, not when a
 * stored 404 of its address expires.
 */
export default class PageCache extends SharedOrLocalCache {
  async set(key, data, ctx) {
    if (data?.kind === 'APP_PAGE' && data.status === 404) return
    return super.set(key, data, ctx)
  }
}
