// Shared ISR/data cache in Redis, through @fortedigital/nextjs-cache-handler (the maintained successor of
// @neshca/cache-handler that supports Next 16). Keys are prefixed with the build id, so a new deploy never
// serves pages rendered by the previous one, and old entries expire on their own.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

CacheHandler.onCreation(({ buildId }) => {
  const client = createClient({
    url: process.env.REDIS_URL,
    pingInterval: 10_000,
    // While Redis is unreachable, commands fail at once and pages render as on a cache miss, instead of
    // queueing until Redis returns; the client keeps reconnecting in the background.
    disableOfflineQueue: true,
  })
  client.on('error', (error) => console.error(`[cache] Redis: ${error.message}`))
  client.connect().catch((error) => console.error(`[cache] Redis connection failed: ${error.message}`))
  return {
    handlers: [createRedisHandler({ client, keyPrefix: `meridian:${buildId?.trim() ?? 'unknown'}:`, timeoutMs: 1000 })],
  }
})

export default CacheHandler
