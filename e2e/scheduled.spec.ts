import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { freePort } from './support/servers'

// Scheduled publishing and preview mode, end to end, against the production build. Each test starts its
// own `next start` on a copy of the build (so its page cache cannot leak into the shared server) with a
// shifted clock (e2e/support/fake-clock.cjs), and moves the clock instead of waiting.

const repo = path.resolve(import.meta.dirname, '..')
const REVALIDATE_SECONDS = 300 // the pages' `revalidate`; README states this bound

const SCHEDULED = { slug: 'year-ahead-2031-asia-markets', title: "Year Ahead 2031: Asia's Markets Enter a New Decade" }
const DRAFT = { slug: 'hong-kong-port-throughput-november', title: 'Hong Kong Port Throughput Picks Up in November' }
const scheduledAt = Date.parse(
  /^published: (\S+)/m.exec(fs.readFileSync(path.join(repo, 'content/articles', `${SCHEDULED.slug}.mdx`), 'utf8'))![1],
)

type Server = { url: string; setClock: (time: number) => Promise<void>; stop: () => void }

async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort()
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-'))
  fs.cpSync(path.join(repo, '.next'), path.join(root, '.next'), {
    recursive: true,
    filter: (source) => !/[/\\]\.next[/\\](cache|dev)([/\\]|$)/.test(source),
  })
  for (const name of ['node_modules', 'public', '.contentlayer', 'package.json', 'next.config.js'])
    fs.symlinkSync(path.join(repo, name), path.join(root, name))
  const clockFile = path.join(root, 'clock-offset')
  fs.writeFileSync(clockFile, '0')
  const child: ChildProcess = spawn(path.join(repo, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ...env, NODE_OPTIONS: `--require ${path.join(repo, 'e2e/support/fake-clock.cjs')}`, FAKE_CLOCK_FILE: clockFile },
    stdio: 'ignore',
    detached: true, // its own process group, so that stopping it also stops the server process it starts
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      await fetch(url)
      break
    } catch {
      if (i > 240 || child.exitCode !== null) throw new Error(`next start on port ${port} did not come up`)
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  return {
    url,
    async setClock(time) {
      fs.writeFileSync(clockFile, String(time - Date.now()))
      await new Promise((r) => setTimeout(r, 250)) // the server re-reads the offset every 100 ms
    },
    stop() {
      process.kill(-child.pid!)
      fs.rmSync(root, { recursive: true, force: true })
    },
  }
}

async function get(url: string) {
  const response = await fetch(url)
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** Requests the page until `done` holds (a stale page is served once while it regenerates). */
async function getUntil(url: string, done: (r: Awaited<ReturnType<typeof get>>) => boolean, attempts = 40) {
  for (let i = 0; i < attempts; i++) {
    const result = await get(url)
    if (done(result)) return result
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} never satisfied the condition`)
}

test.describe('scheduled publishing and preview mode', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 })

  test('a scheduled article appears after its time without a rebuild, within the revalidation interval', async () => {
    expect(scheduledAt, `the sample ${SCHEDULED.slug} must be dated in the future`).toBeGreaterThan(Date.now())
    const server = await startServer()
    try {
      const home = `${server.url}/`
      const article = `${server.url}/articles/${SCHEDULED.slug}`

      // A minute before its time: hidden from the home page and its URL is a 404; both pages are now cached.
      const renderedAt = scheduledAt - 60_000
      await server.setClock(renderedAt)
      const before = await getUntil(home, (r) => r.cache === 'HIT')
      expect(before.status).toBe(200)
      expect(before.html).not.toContain(`/articles/${SCHEDULED.slug}`)
      expect((await get(article)).status).toBe(404)

      // Just after its time the cached home page may still leave it out: that is what the bound allows.
      await server.setClock(scheduledAt + 1_000)
      expect((await get(home)).cache).toBe('HIT')

      // Once the cached pages are older than the interval, the article is on the home page and on its URL.
      await server.setClock(renderedAt + (REVALIDATE_SECONDS + 1) * 1000)
      const after = await getUntil(home, (r) => r.html.includes(`/articles/${SCHEDULED.slug}`), 40)
      expect(after.status).toBe(200)
      const page = await getUntil(article, (r) => r.status === 200)
      expect(page.html).toContain(SCHEDULED.title.replace("'", '&#x27;'))
      expect(page.html).not.toContain('>Scheduled<')
    } finally {
      server.stop()
    }
  })

  test('preview deploys show drafts and scheduled articles, labelled', async () => {
    // A real preview deploy is built in preview mode. This one reuses the production build, whose cached
    // pages (including 404s the shared server cached) must first age past the interval to be regenerated.
    const server = await startServer({ VERCEL_ENV: 'preview' })
    try {
      await server.setClock(Date.now() + (REVALIDATE_SECONDS + 1) * 1000)
      const draft = await getUntil(`${server.url}/articles/${DRAFT.slug}`, (r) => r.status === 200)
      expect(draft.html).toContain(DRAFT.title)
      expect(draft.html).toContain('>Draft<')

      const scheduled = await getUntil(`${server.url}/articles/${SCHEDULED.slug}`, (r) => r.status === 200)
      expect(scheduled.html).toContain('>Scheduled<')

      await getUntil(`${server.url}/`, (r) => r.html.includes(`/articles/${DRAFT.slug}`) && r.html.includes(`/articles/${SCHEDULED.slug}`))
      await getUntil(`${server.url}/feed.xml`, (r) => r.html.includes(`/articles/${DRAFT.slug}`) && r.html.includes(`/articles/${SCHEDULED.slug}`))
      await getUntil(`${server.url}/sitemap.xml`, (r) => r.html.includes(`/articles/${DRAFT.slug}`) && r.html.includes(`/articles/${SCHEDULED.slug}`))
      expect((await get(`${server.url}/search?q=throughput`)).html).toContain(`/articles/${DRAFT.slug}`)
      expect((await get(`${server.url}/search?q=outlook`)).html).toContain(`/articles/${SCHEDULED.slug}`)
    } finally {
      server.stop()
    }
  })
})
