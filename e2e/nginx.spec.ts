import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { publishedUrls } from './content'
import { checkNginxConfig, copyOfBuild, freePort, startNginx, startStandalone, type Running } from './support/servers'

// The README's nginx recipe (deploy/nginx/meridian.conf), run by Debian's nginx on a loopback port in front of
// the production build, with only the cache path, upstream, listen address and certificates replaced
// (scripts/bench/nginx.ts). nginx keeps a page as long as the site's Cache-Control says; the refresh test
// moves the clocks of both nginx (libfaketime) and the server (fake-clock.cjs) instead of waiting.

const repo = path.resolve(import.meta.dirname, '..')
const REVALIDATE_SECONDS = 300 // the pages' `revalidate`; README states this bound
const SCHEDULED = { slug: 'year-ahead-2031-asia-markets' }
const scheduledAt = Date.parse(
  /^published: (\S+)/m.exec(fs.readFileSync(path.join(repo, 'content/articles', `${SCHEDULED.slug}.mdx`), 'utf8'))![1],
)

/** Headers that belong to one connection, one moment or the proxy rather than to the page. */
const PER_RESPONSE = new Set(['server', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-nextjs-cache', 'x-cache-status'])

async function get(url: string) {
  const response = await fetch(url)
  return { status: response.status, headers: response.headers, cacheStatus: response.headers.get('x-cache-status'), body: await response.text() }
}

const pageHeaders = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => !PER_RESPONSE.has(name)))
const upstreamOf = (url: string) => new URL(url).host

test('the recipe passes nginx -t', async ({ baseURL }) => {
  expect(await checkNginxConfig(upstreamOf(baseURL!))).toContain('test is successful')
})

test.describe('behind the recipe', () => {
  let nginx: Running
  test.beforeAll(async ({ baseURL }) => {
    nginx = await startNginx(upstreamOf(baseURL!))
  })
  test.afterAll(async () => nginx?.stop())

  for (const [kind, page] of [
    ['home', '/'],
    ['article', publishedUrls()[0]],
    ['section', '/sections/economy'],
    ['feed', '/feed.xml'],
  ]) {
    test(`a ${kind} page is stored and served from the cache, with the headers the site sends`, async ({ baseURL }) => {
      // The first answer is stored unless the server sent its own expired copy (x-nextjs-cache: STALE),
      // which the recipe does not keep; then the regenerated page is stored on the next request.
      const seen: string[] = []
      let cached = await get(`${nginx.url}${page}`)
      for (let i = 0; i < 5 && cached.cacheStatus !== 'HIT'; i++) {
        seen.push(`${cached.cacheStatus} (site: ${cached.headers.get('x-nextjs-cache')})`)
        await new Promise((r) => setTimeout(r, 200))
        cached = await get(`${nginx.url}${page}`)
      }
      expect(cached.cacheStatus, seen.join(', ')).toBe('HIT')
      expect(seen.length).toBeLessThanOrEqual(2)
      const direct = await get(`${baseURL}${page}`)
      expect(direct.status).toBe(200)
      // Security headers, Cache-Control (s-maxage=300, stale-while-revalidate=300), Vary, ETag: as sent.
      expect(pageHeaders(cached.headers)).toEqual(pageHeaders(direct.headers))
      expect(cached.body).toBe(direct.body)
    })
  }

  test('responses the site marks uncacheable are fetched every time', async () => {
    for (const page of ['/search?q=port', '/no-such-page', '/api/health']) {
      const first = await get(`${nginx.url}${page}`)
      const second = await get(`${nginx.url}${page}`)
      expect(second.headers.get('cache-control'), page).toMatch(/no-store/)
      // MISS: looked up, not stored; no status at all: /api/ never goes near the cache.
      expect([first.cacheStatus, second.cacheStatus], page).toEqual(page.startsWith('/api/') ? [null, null] : ['MISS', 'MISS'])
    }
  })
})

test('after the revalidation interval a changed page arrives through nginx', async () => {
  test.setTimeout(120_000)
  expect(scheduledAt, `the sample ${SCHEDULED.slug} must be dated in the future`).toBeGreaterThan(Date.now())
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-nginx-clock-'))
  const serverClock = path.join(root, 'server-offset-ms')
  const nginxClock = path.join(root, 'nginx-offset')
  /** Moves both clocks to `time` (ms since the epoch), as if that much real time had passed. */
  const setClock = async (time: number) => {
    const offset = time - Date.now()
    fs.writeFileSync(serverClock, String(offset))
    fs.writeFileSync(nginxClock, `+${Math.round(offset / 1000)}`)
    await new Promise((r) => setTimeout(r, 250)) // the server re-reads its offset every 100 ms
  }
  await setClock(Date.now())
  const build = copyOfBuild({ linkNodeModules: true }) // its own page cache, which the clock moves age
  let server: Running | undefined
  let nginx: Running | undefined
  try {
    server = await startStandalone(build, await freePort(), {
      NODE_OPTIONS: `--require ${path.join(repo, 'e2e/support/fake-clock.cjs')}`,
      FAKE_CLOCK_FILE: serverClock,
    })
    nginx = await startNginx(upstreamOf(server.url), { clockFile: nginxClock })
    const home = `${nginx.url}/`
    const link = `/articles/${SCHEDULED.slug}`
    /** Requests the home page through nginx until `done` holds; each answer's X-Cache-Status. */
    const getUntil = async (done: (r: Awaited<ReturnType<typeof get>>) => boolean) => {
      const seen: string[] = []
      for (let i = 0; i < 40; i++) {
        const result = await get(home)
        seen.push(`${result.cacheStatus}${result.body.includes(link) ? ' (with the article)' : ''}`)
        if (done(result)) return seen
        await new Promise((r) => setTimeout(r, 250))
      }
      throw new Error(`never: ${seen.join(', ')}`)
    }

    // A minute before the article's time: the home page, without it, is stored in nginx.
    const renderedAt = scheduledAt - 60_000
    await setClock(renderedAt)
    await getUntil((r) => r.cacheStatus === 'HIT' && !r.body.includes(link))

    // Past its time but inside the interval nginx still serves its copy: the bound README states allows it.
    await setClock(renderedAt + (REVALIDATE_SECONDS - 5) * 1000)
    const inside = await get(home)
    expect([inside.cacheStatus, inside.body.includes(link)]).toEqual(['HIT', false])

    // Past the interval: nginx answers with its stale copy while it fetches the page again. The server's
    // own copy is as old, so it too answers once with it (not stored by the recipe) and regenerates; the
    // page with the article is then stored and served.
    await setClock(renderedAt + (REVALIDATE_SECONDS + 15) * 1000) // nginx stored it a few seconds after renderedAt
    const seen = await getUntil((r) => r.cacheStatus === 'HIT' && r.body.includes(link))
    expect(seen[0]).toBe('STALE')
  } finally {
    await nginx?.stop()
    await server?.stop()
    fs.rmSync(build, { recursive: true, force: true })
    fs.rmSync(root, { recursive: true, force: true })
  }
})
