// The cache Next.js keeps regenerated pages, feeds and data in (next.config.js `cacheHandler`).
// With REDIS_URL set when the server starts, every instance shares one cache in Redis, so a page regenerated
// or revalidated on one instance is served fresh by all. Without it, Next's own cache on local disk is used.
// Decided at run time, so one build serves both ways; the build itself always uses the local cache.
// Next exports no public name for its default handler, hence the import from next/dist (Next is pinned).
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const useRedis = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD

export default useRedis
  ? (await import('./redis-cache-handler.mjs')).default
  : (fileSystemCacheModule.default ?? fileSystemCacheModule)
