import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { changeContentDatabase, storedArticles } from '../tests/support/content-database'
import { copyOfBuild, freePort, startRedis, startStandalone, type Running } from './support/servers'

// Self-hosting: the standalone output runs on its own, and several instances share one cache in Redis.
// Instance A runs from a copy of .next/standalone outside the project (so it can only use what the output
// carries) whose content says something else for one story; instance B runs the build as it is. Whatever B
// shows of A's version can only have come from the shared cache.

const STORY = '/articles/china-russia-firms-sign-deals-shenyang'
const SECRET = 'test-revalidate-secret'

let redis: Running
let a: Running
let b: Running
let copyDir: string
let originalTitle: string
let titleOnA: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(90_000)
  copyDir = copyOfBuild()
  // Only the copy's content changes: its content database gives the story another title.
  const story = storedArticles(copyDir).find((article) => `/articles/${article.slug}` === STORY)!
  originalTitle = story.title
  titleOnA = `${originalTitle} (as rendered on instance A)`
  changeContentDatabase(copyDir, (db) =>
    db.prepare("UPDATE article SET data = json_set(data, '$.title', ?) WHERE slug = ?").run(titleOnA, story.slug),
  )

  redis = await startRedis(await freePort())
  const env = { REDIS_URL: redis.url, REVALIDATE_SECRET: SECRET }
  ;[a, b] = await Promise.all([startStandalone(copyDir, await freePort(), env), startStandalone(path.join('.next', 'standalone'), await freePort(), env)])
})

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true })
})

const h1 = async (response: Response) => (await response.text()).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]

test('the standalone server, copied anywhere, serves the home page with its styles, fonts and images', async () => {
  const home = await fetch(`${a.url}/`)
  expect(home.status).toBe(200)
  const html = await home.text()
  expect(html.includes('<title>Meridian — '), 'home page title').toBe(true)
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:css|js|woff2))"/g)].map((m) => m[1])
  expect(assets.length).toBeGreaterThan(3)
  for (const asset of assets) expect((await fetch(`${a.url}${asset}`)).status, asset).toBe(200)
  const image = await fetch(`${a.url}/_next/image?url=%2Fimages%2Farticles%2Fslim-moon-lander-wakes-up.jpg&w=640&q=75`)
  expect(image.status).toBe(200)
  expect(image.headers.get('content-type')).toMatch(/^image\//)
})

test('a page regenerated through one instance is served fresh by the other', async () => {
  // B renders the story first and stores it in Redis; A, whose own files say otherwise, serves B's copy.
  expect(await h1(await fetch(`${b.url}${STORY}`))).toBe(originalTitle)
  const fromA = await fetch(`${a.url}${STORY}`)
  expect(fromA.headers.get('x-nextjs-cache')).toBe('HIT')
  expect(await h1(fromA)).toBe(originalTitle)

  // Revalidate through A; A's next requests regenerate the page from its own content.
  const revalidate = await fetch(`${a.url}/api/revalidate?path=${encodeURIComponent(STORY)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET}` },
  })
  expect(revalidate.status).toBe(200)
  await expect.poll(async () => h1(await fetch(`${a.url}${STORY}`)), { timeout: 15_000 }).toBe(titleOnA)

  // B never renders that title itself: it serves A's regenerated page from the shared cache.
  const fromB = await fetch(`${b.url}${STORY}`)
  expect(await h1(fromB)).toBe(titleOnA)
  expect(fromB.headers.get('x-nextjs-cache')).toBe('HIT')
})

test('an instance whose Redis is unreachable still serves pages', async () => {
  const [port, redisPort] = [await freePort(), await freePort()] // nothing listens on redisPort
  const lonely = await startStandalone(path.join('.next', 'standalone'), port, { REDIS_URL: `redis://127.0.0.1:${redisPort}` })
  try {
    const response = await fetch(`${lonely.url}/sections/markets`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Markets')
  } finally {
    await lonely.stop()
  }
})
