import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureIndex, fixtureSearchDocuments } from '@/tests/fixtures/newsroom'
import { startTestRedis } from '@/tests/support/redis-server'
import { publishToRedis, REDIS_CONTENT_ROOT } from './publish-redis'
import { redisSource } from '../content/redis-source'
import type { DatabaseInput } from './write-database'

let redis: Awaited<ReturnType<typeof startTestRedis>>
beforeAll(async () => (redis = await startTestRedis()), 15_000)
afterAll(() => redis?.stop())

const input = (title: string): DatabaseInput => ({
  index: { ...fixtureIndex, articles: fixtureIndex.articles.map((a, i) => (i === 0 ? { ...a, title } : a)) },
  searchDocuments: fixtureSearchDocuments,
  body: (file) => ({ code: `code of ${file}`, text: `text of ${file}` }),
})
const keysUnder = async (prefix: string) => (await redis.client.sendCommand<string[]>(['KEYS', `${prefix}*`])).length

describe('publishing the content to Redis (CONTENT_REDIS_URL)', () => {
  it('writes each distinct content once, under a prefix of its own that the site reads', async () => {
    const first = await publishToRedis(redis.url, input('First title'))
    expect(first.written).toBe(true)
    expect(first.prefix.startsWith(REDIS_CONTENT_ROOT)).toBe(true)
    const again = await publishToRedis(redis.url, input('First title'))
    expect(again).toEqual({ prefix: first.prefix, written: false })
    const other = await publishToRedis(redis.url, input('Second title'))
    expect(other.prefix).not.toBe(first.prefix)
    const [firstStory] = await redisSource(redis.client, first.prefix).articles([fixtureIndex.articles[0].slug])
    const [otherStory] = await redisSource(redis.client, other.prefix).articles([fixtureIndex.articles[0].slug])
    expect([firstStory.title, otherStory.title]).toEqual(['First title', 'Second title'])
  })

  it('keeps the newest builds’ content and deletes older builds’', async () => {
    const prefixes: string[] = []
    for (let i = 0; i < 4; i++) prefixes.push((await publishToRedis(redis.url, input(`Title ${i}`), 2)).prefix)
    expect(await keysUnder(prefixes[0])).toBe(0)
    expect(await keysUnder(prefixes[1])).toBe(0)
    expect(await keysUnder(prefixes[2])).toBeGreaterThan(0)
    expect(await keysUnder(prefixes[3])).toBeGreaterThan(0)
  })

  it('starts again from nothing over what an interrupted build left', async () => {
    const { prefix } = await publishToRedis(redis.url, input('Interrupted'))
    await redis.client.sendCommand(['DEL', `${prefix}ready`])
    await redis.client.sendCommand(['HSET', `${prefix}article`, 'left-over', '{}'])
    expect((await publishToRedis(redis.url, input('Interrupted'))).written).toBe(true)
    expect(await redis.client.sendCommand(['HEXISTS', `${prefix}article`, 'left-over'])).toBe(0)
  })

  it('says why when Redis cannot be reached', async () => {
    await expect(publishToRedis('redis://127.0.0.1:1', input('Nowhere'))).rejects.toThrow(/ECONNREFUSED/)
  })
})
