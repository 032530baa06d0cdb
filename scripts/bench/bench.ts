// `npm run bench [-- --articles 10000] [--quick] [--duration 10] [--port 3500] [--lighthouse-runs 3] [--keep]`
// Builds a synthetic newsroom in a temporary copy of the project (content/ here is never touched),
// measures builds, serving, page weight, Lighthouse scores and the dev server, prints a table and writes
// bench/results/<date>-<n>.json. `npm run bench -- --lighthouse-only [--url http://host:port[,…]]` audits this
// checkout's existing build (or running sites, side by side) with Lighthouse alone. See docs/performance.md.
import { execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import Database from 'libsql'
import { contentDatabaseFile } from '../../lib/content/paths'
import { searchDatabase } from '../../lib/content/search'
import { site as siteConfig } from '../../lib/site'
import { EDIT, editGeneratedArticle, generatedSlug, READER_QUERIES, readNewsroomInputs, writeNewsroom } from './generate'
import { NGINX_INSTALL, writeNginxConfig } from './nginx'
import { LIGHTHOUSE_SEARCH_WORD, lighthouseOnly } from './lighthouse-only'
import { assertChromium, auditPages } from './lighthouse-run'
import { loadRow, mb, pageWeight, scriptSources, searchMatchCount, seconds, turbopackCacheCommitTime, type LoadRow, type PageWeight } from './parse'
import { redisUsedMemory, startRedis } from './redis'
import { budgets, report, type BenchResults, type SearchRow } from './report'
import { functionsCarrying, measureVercelBuild, summarizeFunctions } from './vercel'
import { copyProject, linkDependencies } from './workspace'
import { loadAverage, measureCommand, memorySampler, startServer, stopServer, treeRss, waitForUrl, type RunResult } from './process'

const projectDir = process.cwd()

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const quick = argv.includes('--quick')
  const options = {
    quick,
    articles: Number(value('articles') ?? (quick ? 200 : 1000)),
    durationSeconds: Number(value('duration') ?? (quick ? 3 : 10)),
    connections: Number(value('connections') ?? 10),
    port: Number(value('port') ?? 3500),
    /** The archive size that article throughput is compared with (0: no comparison). */
    baselineArticles: Number(value('baseline') ?? (quick ? 0 : 30)),
    keep: argv.includes('--keep'),
    /** Lighthouse runs per page; the report takes each figure's median. */
    lighthouseRuns: Number(value('lighthouse-runs') ?? (quick ? 1 : 3)),
    lighthouseOnly: argv.includes('--lighthouse-only'),
    /** With --lighthouse-only: audit this running site instead of starting this checkout's build. */
    url: value('url'),
  }
  for (const [name, n] of Object.entries(options))
    if (typeof n === 'number' && !(Number.isInteger(n) && n >= 0)) throw new Error(`--${name} needs a whole number, got ${n}`)
  if (options.articles < 2) throw new Error('--articles needs at least 2')
  if (options.lighthouseRuns < 1) throw new Error('--lighthouse-runs needs at least 1')
  return options
}

type Options = ReturnType<typeof parseArgs>

/** Waits (at most `timeoutMs`) until Turbopack has written its dev cache for `dir` after `since`; how long after `since` it did. */
async function waitForTurbopackCache(dir: string, since: number, timeoutMs: number): Promise<number | undefined> {
  const cacheDir = path.join(dir, '.next', 'dev', 'cache', 'turbopack')
  const written = () =>
    (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : [])
      .map((version) => path.join(cacheDir, version, 'CURRENT'))
      .filter((file) => fs.existsSync(file))
      .map((file) => turbopackCacheCommitTime(fs.readFileSync(file, 'utf8')))
      .find((time) => time !== undefined && time > since)
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    const time = written()
    if (time !== undefined) return Math.round(time - since)
  }
  return undefined
}

const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name)
const serverEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** The framework floor: the smallest App Router page, built by the same Next.js. */
function writeFloorApp(target: string) {
  fs.mkdirSync(path.join(target, 'app'), { recursive: true })
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  fs.writeFileSync(path.join(target, 'next.config.js'), `export default { turbopack: { root: ${JSON.stringify(target)} } }\n`)
  fs.writeFileSync(
    path.join(target, 'app', 'layout.jsx'),
    'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n',
  )
  fs.writeFileSync(path.join(target, 'app', 'page.jsx'), 'export default function Page() {\n  return <p>Hello</p>\n}\n')
  linkDependencies(projectDir, target)
}

async function fetchBytes(url: string): Promise<{ status: number; body: Buffer; ms: number }> {
  const started = performance.now()
  const response = await fetch(url)
  const body = Buffer.from(await response.arrayBuffer())
  return { status: response.status, body, ms: performance.now() - started }
}

async function weigh(url: string): Promise<PageWeight & { html: Buffer }> {
  const { status, body } = await fetchBytes(url)
  if (status !== 200) throw new Error(`${url} answered ${status}`)
  const scripts = await Promise.all(scriptSources(body.toString('utf8'), url).map(async (src) => (await fetchBytes(src)).body))
  return { ...pageWeight(body, scripts), html: body }
}

function load(url: string, options: Options): Promise<LoadRow> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: options.connections, duration: options.durationSeconds },
      (error, result) => (error ? reject(error) : resolve(loadRow(result))),
    )
  })
}

/**
 * Spawns `next start` in `dir` and requests `path` every 20 ms until it answers 200: the time from the spawn
 * to that answer (ms), what a reader waits for after a deploy or a restart. The server is stopped after.
 */
async function timeToReady(dir: string, port: number, path: string): Promise<number> {
  const spawned = performance.now()
  const server = startServer(bin(dir, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: serverEnv })
  try {
    for (const deadline = spawned + 60_000; performance.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
      if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`)
      const signal = AbortSignal.timeout(Math.max(1000, Math.round(spawned + 60_000 - performance.now())))
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal }).catch(() => undefined)
      if (!response) continue // not listening yet
      await response.arrayBuffer()
      if (response.status === 200) return Math.round(performance.now() - spawned)
      if (response.status !== 503) throw new Error(`${path} answered ${response.status}`)
    }
    throw new Error(`${path} did not answer 200 within 60 s`)
  } catch (error) {
    throw new Error(`server readiness: ${(error as Error).message}\n${server.log().slice(-2000)}`)
  } finally {
    await stopServer(server)
  }
}

async function nextStart(dir: string, port: number, probePath: string): Promise<ChildProcess> {
  const server = startServer(bin(dir, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: serverEnv })
  try {
    await waitForUrl(`http://127.0.0.1:${port}${probePath}`, 60_000, server)
  } catch (error) {
    await stopServer(server)
    throw new Error(`${(error as Error).message}\n${server.log().slice(-2000)}`)
  }
  return server
}

/**
 * Req/s of each page through the README's nginx recipe (deploy/nginx/meridian.conf) on 127.0.0.1:`port`, in
 * front of the site on `upstreamPort`, one worker per CPU. Each page is first requested until nginx has it
 * stored, so the load measures nginx's cache, as readers of a busy page get it.
 */
async function behindNginx(upstreamPort: number, port: number, pages: Record<string, string>, options: Options): Promise<Record<string, LoadRow>> {
  const { dir, args } = writeNginxConfig({ listenPort: port, upstream: `127.0.0.1:${upstreamPort}`, workers: os.cpus().length })
  const nginx = startServer('nginx', args, {})
  try {
    await waitForUrl(`http://127.0.0.1:${port}/api/health`, 10_000, nginx)
    const rows: Record<string, LoadRow> = {}
    for (const [name, p] of Object.entries(pages)) {
      const url = `http://127.0.0.1:${port}${p}`
      const statuses: (string | null)[] = []
      while (statuses.at(-1) !== 'HIT') {
        if (statuses.length === 10) throw new Error(`nginx did not store ${p}: ${statuses.join(', ')}`)
        const response = await fetch(url)
        await response.arrayBuffer()
        statuses.push(response.headers.get('x-cache-status'))
      }
      log(`load: nginx ${p}`)
      rows[name] = await load(url, options)
    }
    return rows
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${nginx.log().slice(-2000)}`)
  } finally {
    await stopServer(nginx)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Generates `articles` articles in a project copy at `dir` and builds the site there from nothing. */
async function buildSite(dir: string, articles: number) {
  copyProject(projectDir, dir)
  const generateStarted = performance.now()
  writeNewsroom(dir, articles)
  const generateMs = performance.now() - generateStarted
  log(`${articles} articles generated in ${seconds(generateMs)}; content build (cold)`)
  const contentCold = await measureCommand('npm', ['run', 'content'], { cwd: dir, env: serverEnv })
  log(`content cold ${seconds(contentCold.wallMs)}, ${mb(contentCold.peakRssBytes)}`)
  const nextBuild = await measureCommand(bin(dir, 'next'), ['build'], { cwd: dir, env: serverEnv })
  log(`next build ${seconds(nextBuild.wallMs)}, ${mb(nextBuild.peakRssBytes)}`)
  return { generateMs, generatorPeakRssBytes: process.resourceUsage().maxRSS * 1024, contentCold, nextBuild }
}

/** What the cold build leaves for the warm one: Next's cache, the content build's cache in it, contentlayer2's output. */
const WARM_CACHES = ['.next/cache', '.next/cache/content/content.db', '.next/cache/content/bodies', '.contentlayer/generated']

/**
 * The same build again after an editor changed one article (`slug`: its title and a sentence of its body),
 * as a deploy of that change builds: .contentlayer and .next/cache (with the content build's cache) kept.
 * Throws when there is no .next/cache at all; which of WARM_CACHES were missing is reported, since a warm
 * build without them starts (in part) from nothing.
 */
async function rebuildSite(dir: string, slug: string) {
  const missing = WARM_CACHES.filter((kept) => !fs.existsSync(path.join(dir, kept)))
  if (missing.includes('.next/cache')) throw new Error('The cold build left no .next/cache: the warm build would not be warm')
  if (missing.length) log(`the cold build left no ${missing.join(', ')}: the warm build starts without it`)
  editGeneratedArticle(dir, slug)
  log(`${slug} changed; content build (warm)`)
  const contentWarm = await measureCommand('npm', ['run', 'content'], { cwd: dir, env: serverEnv })
  log(`content warm ${seconds(contentWarm.wallMs)}, ${mb(contentWarm.peakRssBytes)}; next build again`)
  const nextBuildWarm = await measureCommand(bin(dir, 'next'), ['build'], { cwd: dir, env: serverEnv })
  log(`next build warm ${seconds(nextBuildWarm.wallMs)}, ${mb(nextBuildWarm.peakRssBytes)}`)
  return { contentWarm, nextBuildWarm, warmChange: { path: `/articles/${slug}`, missingCaches: missing } }
}

/** The p95 of `query` run by the search engine alone over the copy's content database, 50 times in a row, in ms. */
function queryAloneP95(dir: string, query: string): number {
  const db = new Database(path.join(dir, path.relative(projectDir, contentDatabaseFile)), { readonly: true })
  try {
    const engine = searchDatabase(db)
    const times = Array.from({ length: 50 }, () => {
      const started = performance.now()
      engine(query)
      return performance.now() - started
    }).sort((a, b) => a - b)
    return times[Math.ceil(times.length * 0.95) - 1]
  } finally {
    db.close()
  }
}

const runFigures = ({ wallMs, cpuMs, peakRssBytes }: RunResult) => ({ wallMs: Math.round(wallMs), cpuMs, peakRssBytes })

async function main() {
  const options = parseArgs(process.argv.slice(2))
  assertChromium()
  if (options.lighthouseOnly) return lighthouseOnly({ projectDir, port: options.port, runs: options.lighthouseRuns, url: options.url, log })
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' })
  } catch {
    throw new Error(`The bench serves the site behind nginx too, which is not installed: ${NGINX_INSTALL}`)
  }
  const started = new Date()
  const loadBefore = loadAverage()
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-'))
  const servers: ChildProcess[] = []
  const stop = async (server: ChildProcess) => {
    await stopServer(server)
    servers.splice(servers.indexOf(server), 1)
  }
  const ports = { site: options.port, floor: options.port + 1, static: options.port + 2, dev: options.port + 3, baseline: options.port + 4, nginx: options.port + 5 }
  log(`${options.articles} articles in ${temp}; load average ${loadBefore.join(' ')}`)
  try {
    const siteDir = path.join(temp, 'site')
    // The newest article is changed for the warm build: it is on the home page, its section and its topics.
    const changed = generatedSlug(0)
    const builds = { ...(await buildSite(siteDir, options.articles)), ...(await rebuildSite(siteDir, changed)) }

    const floorDir = path.join(temp, 'floor')
    writeFloorApp(floorDir)
    const floorBuild = await measureCommand(bin(floorDir, 'next'), ['build'], { cwd: floorDir, env: serverEnv })
    log(`floor app built in ${seconds(floorBuild.wallMs)}`)

    // Pages under test. The newest article is prerendered; the oldest renders on its first request (ISR).
    const section = readNewsroomInputs(siteDir).sections[0]
    const pages = {
      article: `/articles/${generatedSlug(0)}`,
      home: '/',
      section: `/sections/${section}`,
    }
    const oldArticle = `/articles/${generatedSlug(options.articles - 1)}`

    // Readiness in a start of its own, on another old article, so that the first render below is still the
    // first request for an article after the server started.
    const readyArticle = `/articles/${generatedSlug(Math.max(0, options.articles - 2))}`
    const readyMs = await timeToReady(siteDir, ports.site, readyArticle)
    log(`next start answered ${readyArticle} ${readyMs} ms after it was spawned`)

    const site = await nextStart(siteDir, ports.site, '/')
    servers.push(site)
    const siteUrl = (p: string) => `http://127.0.0.1:${ports.site}${p}`
    const firstRender = await fetchBytes(siteUrl(oldArticle))
    if (firstRender.status !== 200) throw new Error(`${oldArticle} answered ${firstRender.status}`)
    log(`first request of a non-prerendered article: ${firstRender.ms.toFixed(0)} ms`)
    const afterFirstRender = await fetchBytes(siteUrl(oldArticle))

    const floor = await nextStart(floorDir, ports.floor, '/')
    servers.push(floor)
    const floorWeight = await weigh(`http://127.0.0.1:${ports.floor}/`)
    await stop(floor)

    const staticDir = path.join(temp, 'static')
    fs.mkdirSync(staticDir)
    const weights: Record<string, PageWeight> = {}
    const staticPages: Record<string, string> = {}
    for (const [name, p] of Object.entries(pages)) {
      const { html, ...weight } = await weigh(siteUrl(p))
      if (p === `/articles/${changed}` && !html.includes(EDIT.sentence)) throw new Error(`${p} does not show the change made before the warm build`)
      weights[name] = weight
      fs.writeFileSync(path.join(staticDir, `${name}.html`), html)
      staticPages[p] = `${name}.html`
    }
    // Every kind of listing page, for the HTML size budget.
    const author = readNewsroomInputs(siteDir).authors[0]
    const lastArchivePage = Math.ceil(options.articles / siteConfig.listingPageSize)
    const listings = ['/', `/sections/${section}`, `/sections/${section}/page/2`, '/tags/japan', `/authors/${author}`, '/archive', `/archive/page/${lastArchivePage}`]
    const listingBytes: Record<string, number> = {}
    for (const p of listings) {
      const { status, body } = await fetchBytes(siteUrl(p))
      if (status !== 200) throw new Error(`${p} answered ${status}`)
      listingBytes[p] = body.length
    }
    fs.writeFileSync(path.join(staticDir, 'pages.json'), JSON.stringify(staticPages))

    // Lighthouse before the load tests, on a quiet server.
    const lighthousePages = { ...pages, tag: '/tags/japan', author: `/authors/${author}`, search: `/search?q=${LIGHTHOUSE_SEARCH_WORD}` }
    const lighthouse = await auditPages(`http://127.0.0.1:${ports.site}`, lighthousePages, options.lighthouseRuns, log)

    const throughput: Record<string, { next: LoadRow; static: LoadRow }> = {}
    const nextRows: Record<string, LoadRow> = {}
    for (const [name, p] of Object.entries(pages)) {
      log(`load: next start ${p}`)
      nextRows[name] = await load(siteUrl(p), options)
    }
    // Searches a reader types, each loaded on its own; each must find articles, or it would measure nothing.
    const search: Record<string, SearchRow> = {}
    for (const [kind, query] of Object.entries(READER_QUERIES)) {
      const p = `/search?${new URLSearchParams({ q: query })}`
      const { status, body } = await fetchBytes(siteUrl(p))
      if (status !== 200) throw new Error(`${p} answered ${status}`)
      const matches = searchMatchCount(body.toString('utf8'))
      if (matches === 0) throw new Error(`${p} (${kind}) found no article`)
      log(`load: search ${kind} "${query}" (${matches} matches)`)
      search[kind] = { query, matches, ...(await load(siteUrl(p), options)), engineP95Ms: queryAloneP95(siteDir, query) }
    }
    const nginxRows = await behindNginx(ports.site, ports.nginx, pages, options)
    const siteServerRss = treeRss(site.pid!)
    await stop(site)

    const staticServer = startServer(process.execPath, ['--import', 'tsx', path.join(projectDir, 'scripts/bench/static-server.ts'), String(ports.static), staticDir], { cwd: projectDir })
    servers.push(staticServer)
    await waitForUrl(`http://127.0.0.1:${ports.static}/`, 30_000, staticServer)
    for (const [name, p] of Object.entries(pages)) {
      log(`load: static ${p}`)
      throughput[name] = { next: nextRows[name], static: await load(`http://127.0.0.1:${ports.static}${p}`, options) }
    }
    await stop(staticServer)

    // The dev server twice: the first start on a fresh build (Turbopack's dev cache empty), then a
    // restart, which is what an editor does every day (Turbopack's dev cache and the content caches kept).
    // The bare Next.js app the same way, for the floor: what any page of this Next.js costs on this machine.
    const devStart = async (which: string, dir: string, command: string, args: string[], page: string, restartNext: boolean) => {
      log(`dev server (${which}): time to first ${page}`)
      const devStarted = performance.now()
      const dev = startServer(command, [...args, '-p', String(ports.dev), '-H', '127.0.0.1'], {
        cwd: dir,
        env: { ...serverEnv, NODE_ENV: 'development' },
      })
      servers.push(dev)
      const devSampler = memorySampler(dev.pid!)
      let firstArticleMs: number
      try {
        const status = await waitForUrl(`http://127.0.0.1:${ports.dev}${page}`, 300_000, dev)
        if (status !== 200) throw new Error(`dev server answered ${status} for ${page}`)
        firstArticleMs = performance.now() - devStarted
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${dev.log().slice(-2000)}`)
      }
      // Keep sampling a while, so that the peak includes the dev runner's start-up work.
      await new Promise((r) => setTimeout(r, options.quick ? 2000 : 15_000))
      // Turbopack writes its dev cache some 30 s after start, not when stopped: an editor who restarts
      // after a while of work gets it, so the restart is measured with it.
      const cacheWrittenMs = restartNext
        ? await waitForTurbopackCache(dir, Date.now() - (performance.now() - devStarted), options.quick ? 20_000 : 90_000)
        : undefined
      const peakRssBytes = devSampler.stop()
      // next dev's own account of that request, e.g. "GET /articles/x 200 in 25s (compile: 23s, render: 2s)".
      const requestLog = new RegExp(`GET ${page} 200 in .*`).exec(dev.log())?.[0].trim()
      await stop(dev)
      log(`dev (${which}) first ${page} ${seconds(firstArticleMs)}, peak ${mb(peakRssBytes)}`)
      return { firstArticleMs: Math.round(firstArticleMs), peakRssBytes, requestLog, cacheWrittenMs }
    }
    const siteDev = (which: string, restartNext = false) => devStart(which, siteDir, process.execPath, ['scripts/dev.mjs'], pages.article, restartNext)
    const floorDev = (which: string, restartNext = false) => devStart(which, floorDir, bin(floorDir, 'next'), ['dev'], '/', restartNext)
    const devFirst = await siteDev('first start', true)
    const devRestart = await siteDev('restart')
    const floorDevFirst = await floorDev('bare app, first start', true)
    const floorDevRestart = await floorDev('bare app, restart')

    // Last on this copy: `vercel build` rebuilds the site as Vercel does (no custom cache handler), which the
    // serving measurements above must not run on.
    // With the content in Redis (CONTENT_REDIS_URL), as a deploy of a large archive to Vercel builds, so that
    // no function carries the content database; its size is kept for comparison.
    const contentDatabaseBytes = fs.statSync(path.join(siteDir, '.contentlayer', 'index', 'content.db')).size
    const redis = await startRedis()
    servers.push(redis.server)
    log(`vercel build (production), the content in Redis at ${redis.url}`)
    const { build: vercelBuild, functions } = await measureVercelBuild(siteDir, { ...serverEnv, CONTENT_REDIS_URL: redis.url })
    if (!fs.existsSync(path.join(siteDir, '.contentlayer', 'index', 'content-store.json')))
      throw new Error('vercel build did not publish the content to Redis (no .contentlayer/index/content-store.json)')
    const vercel = {
      build: vercelBuild,
      ...summarizeFunctions(functions),
      redis: {
        usedMemoryBytes: await redisUsedMemory(redis.url),
        contentDatabaseBytes,
        functionsWithContentDatabase: functionsCarrying(functions, '.contentlayer/index/content.db'),
      },
    }
    await stop(redis.server)
    log(`vercel build ${seconds(vercel.build.wallMs)}: ${vercel.count} functions, largest ${vercel.largest.name} ${mb(vercel.largest.bytes)}; Redis ${mb(vercel.redis.usedMemoryBytes)}`)

    let baseline: { articles: number; articleRequestsPerSecond: number; row: LoadRow } | undefined
    if (options.baselineArticles > 0) {
      log(`baseline: the same article page with ${options.baselineArticles} articles`)
      const baselineDir = path.join(temp, 'baseline')
      await buildSite(baselineDir, options.baselineArticles)
      const server = await nextStart(baselineDir, ports.baseline, '/')
      servers.push(server)
      const row = await load(`http://127.0.0.1:${ports.baseline}${pages.article}`, options)
      await stop(server)
      baseline = { articles: options.baselineArticles, articleRequestsPerSecond: row.requestsPerSecond, row }
    }

    const loadAfter = loadAverage()
    const measured: Omit<BenchResults, 'budgets'> = {
      date: started.toISOString(),
      articles: options.articles,
      machine: {
        cpus: os.cpus().length,
        memoryBytes: os.totalmem(),
        node: process.version,
        next: JSON.parse(fs.readFileSync(path.join(projectDir, 'node_modules/next/package.json'), 'utf8')).version,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
      },
      settings: {
        quick: options.quick,
        durationSeconds: options.durationSeconds,
        connections: options.connections,
        prerenderArticles: siteConfig.prerenderArticles,
        listingPageSize: siteConfig.listingPageSize,
        lighthouseRuns: options.lighthouseRuns,
      },
      build: {
        generateMs: Math.round(builds.generateMs),
        generatorPeakRssBytes: builds.generatorPeakRssBytes,
        contentCold: runFigures(builds.contentCold),
        contentWarm: runFigures(builds.contentWarm),
        nextBuild: runFigures(builds.nextBuild),
        nextBuildWarm: runFigures(builds.nextBuildWarm),
        floorNextBuild: runFigures(floorBuild),
        warmChange: builds.warmChange,
      },
      serve: {
        pages,
        throughput,
        ratios: Object.fromEntries(
          Object.entries(throughput).map(([name, t]) => [name, t.next.requestsPerSecond / t.static.requestsPerSecond]),
        ),
        nonPrerenderedArticle: { path: oldArticle, firstRequestMs: Math.round(firstRender.ms), cachedRequestMs: Math.round(afterFirstRender.ms) },
        ready: { path: readyArticle, ms: readyMs },
        search,
        serverRssAfterLoadBytes: siteServerRss,
        baseline,
        nginx: nginxRows,
      },
      bytes: { pages: weights, floor: (({ html: _html, ...w }) => w)(floorWeight), listingHtmlBytes: listingBytes },
      lighthouse,
      dev: { ...devFirst, restart: devRestart, floor: { ...floorDevFirst, restart: floorDevRestart } },
      vercel,
    }
    const results: BenchResults = { ...measured, budgets: budgets(measured) }

    const resultsDir = path.join(projectDir, 'bench', 'results')
    fs.mkdirSync(resultsDir, { recursive: true })
    const file = path.join(resultsDir, `${started.toISOString().slice(0, 10)}-${options.articles}${options.quick ? '-quick' : ''}.json`)
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${report(results)}\n\nWritten to ${path.relative(projectDir, file)}`)
  } finally {
    for (const server of [...servers]) await stopServer(server)
    if (options.keep) log(`kept ${temp}`)
    else fs.rmSync(temp, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
