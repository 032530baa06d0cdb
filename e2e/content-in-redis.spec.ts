import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { storedArticles } from '../tests/support/content-database'
import { buildCopy, freePort, startRedis, startStandalone, type Running } from './support/servers'

// A deploy whose functions must not carry the archive (Vercel) publishes the content to Redis at build
// (CONTENT_REDIS_URL) and reads it there at run time. This builds a copy of the project that way, against a
// real redis-server, and serves it from its standalone output: the same pages as the embedded default.

test.describe.configure({ mode: 'serial' })

let redis: Running
let copy: string
let server: Running
// What the main build (the embedded default) published, newest first: the pages from Redis must show the same.
const stories = storedArticles()
  .filter((a) => !a.draft && !a.retracted && Date.parse(a.published) <= Date.now())
  .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))

test.beforeAll(async () => {
  test.setTimeout(420_000)
  redis = await startRedis(await freePort())
  copy = await buildCopy({ env: { CONTENT_REDIS_URL: redis.url } })
  server = await startStandalone(path.join(copy, '.next', 'standalone'), await freePort(), { CONTENT_REDIS_URL: redis.url })
})

test.afterAll(async () => {
  await server?.stop()
  await redis?.stop()
  if (copy) fs.rmSync(copy, { recursive: true, force: true })
})

/** Every file the build traced into the server functions (what Vercel puts in each function). */
function tracedFiles(): string[] {
  const appDir = path.join(copy, '.next', 'server', 'app')
  return fs
    .readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.nft.json'))
    .flatMap((file) => (JSON.parse(fs.readFileSync(path.join(appDir, file), 'utf8')).files as string[]).map((f) => path.resolve(appDir, path.dirname(file), f)))
}

test('the build publishes the content to Redis, and no function or server output carries it', async () => {
  const published = JSON.parse(fs.readFileSync(path.join(copy, '.contentlayer', 'index', 'content-store.json'), 'utf8'))
  expect(published.redis).toMatch(/^meridian:content:[0-9a-f]+:$/)
  expect(fs.existsSync(path.join(copy, '.contentlayer', 'index', 'content.db'))).toBe(false)
  expect(fs.existsSync(path.join(copy, '.next', 'standalone', '.contentlayer', 'index', 'content.db'))).toBe(false)
  const traced = tracedFiles()
  expect(traced.some((file) => file.endsWith('content-store.json'))).toBe(true)
  expect(traced.filter((file) => file.includes(`${path.sep}.contentlayer${path.sep}`) && !file.endsWith('content-store.json'))).toEqual([])
})

test('home, article, topic, search and feed pages are served from Redis as from the content database', async ({ page }) => {
  const [newest] = stories
  await page.goto(`${server.url}/`)
  await expect(page.locator(`main a[href="/articles/${newest.slug}"]`).first()).toBeVisible()

  const article = await page.goto(`${server.url}/articles/${newest.slug}`)
  expect(article?.status()).toBe(200)
  await expect(page.locator('main h1')).toHaveText(newest.title)
  await expect(page.locator('main article .prose p').first()).not.toBeEmpty()

  const tagged = stories.find((a) => a.tags.includes('China'))!
  await page.goto(`${server.url}/tags/china`)
  await expect(page.locator(`main a[href="/articles/${tagged.slug}"]`).first()).toBeVisible()

  await page.goto(`${server.url}/search?q=${encodeURIComponent('Shenyang')}`)
  await expect(page.locator('main a[href="/articles/china-russia-firms-sign-deals-shenyang"]').first()).toBeVisible()
  await expect(page.locator('main mark').first()).toHaveText(/shenyang/i)

  const feed = await (await fetch(`${server.url}/feed.xml`)).text()
  expect(feed).toContain(`/articles/${newest.slug}</link>`)
  expect((await fetch(`${server.url}/articles/no-such-story`)).status).toBe(404)
})

test('without its Redis the server says so: the health check fails and pages answer the error page', async () => {
  await redis.stop()
  expect((await fetch(`${server.url}/api/health`)).status).toBe(503)
  expect((await fetch(`${server.url}/search?q=yen`)).status).toBe(500)
})
