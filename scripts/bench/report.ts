// The bench's results: their shape, the budgets from the scale issue, and the printed table.
import { lighthouseBudgets, lighthouseTable, type LighthousePage } from './lighthouse'
import { kb, mb, seconds, table, type LoadRow, type PageWeight } from './parse'
import { FUNCTION_SIZE_LIMIT_BYTES, type FunctionSummary } from './vercel'

type Run = { wallMs: number; cpuMs: number; peakRssBytes: number }

export type BenchResults = {
  date: string
  articles: number
  machine: { cpus: number; memoryBytes: number; node: string; next: string; loadAverageBefore: number[]; loadAverageAfter: number[] }
  settings: { quick: boolean; durationSeconds: number; connections: number; prerenderArticles: number; listingPageSize: number; lighthouseRuns?: number }
  /**
   * The cold build (no .contentlayer, no .next) and the warm one: the same project with one article changed
   * (`warmChange`), .contentlayer and .next/cache kept. `nextBuild` is the cold one.
   */
  build: {
    generateMs: number
    /** The bench process's own peak resident memory, in bytes, after generating the newsroom. */
    generatorPeakRssBytes?: number
    contentCold: Run
    contentWarm: Run
    nextBuild: Run
    nextBuildWarm: Run
    floorNextBuild: Run
    /**
     * The article changed before the warm build (generate.ts: editArticle), and the caches the cold build
     * should have left that were not there (paths in the project). Absent: nothing was changed.
     */
    warmChange?: { path: string; missingCaches?: string[] }
  }
  serve: {
    pages: Record<string, string>
    throughput: Record<string, { next: LoadRow; static: LoadRow }>
    ratios: Record<string, number>
    nonPrerenderedArticle: { path: string; firstRequestMs: number; cachedRequestMs: number }
    /** From spawning `next start` to the first 200 for `path`, an article that was not prerendered, in ms (a start of its own). */
    ready?: { path: string; ms: number }
    /** Each reader's search (generate.ts: READER_QUERIES) loaded on its own, after the page loads. */
    search?: Record<string, SearchRow>
    /** Resident memory of `next start`'s process tree after every load test, in bytes. */
    serverRssAfterLoadBytes: number
    baseline?: { articles: number; articleRequestsPerSecond: number; row: LoadRow }
    /** The same pages through the README's nginx recipe (deploy/nginx/meridian.conf), served from its cache. */
    nginx?: Record<string, LoadRow>
  }
  bytes: { pages: Record<string, PageWeight>; floor: PageWeight; listingHtmlBytes: Record<string, number> }
  /** Lighthouse's mobile preset on each kind of page: every run and the medians. */
  lighthouse?: Record<string, LighthousePage>
  /** The first start of the dev server on a fresh build, and a restart (its caches kept); the same for the bare app. */
  dev: DevStart & { restart?: DevStart; floor?: DevStart & { restart?: DevStart } }
  /** `vercel build` (production) of the same newsroom: its time and the functions it deploys (absent in older results). */
  vercel?: FunctionSummary & {
    build: Run
    /** Set when the build published the content to Redis (CONTENT_REDIS_URL), so that functions carry none. */
    redis?: {
      /** Redis's INFO memory used_memory after the publish, in bytes. */
      usedMemoryBytes: number
      /** The content database a build without Redis writes (and every function then carries), in bytes. */
      contentDatabaseBytes: number
      /** Functions that carry the content database all the same (none expected). */
      functionsWithContentDatabase: string[]
    }
  }
  budgets: Budget[]
}

/** `engineP95Ms`: the query alone (lib/content/search.ts over the content database), one at a time in the bench's process. */
export type SearchRow = LoadRow & { query: string; matches: number; engineP95Ms?: number }

type DevStart = {
  firstArticleMs: number
  peakRssBytes: number
  requestLog?: string
  /** On a first start: when Turbopack had written its dev cache, from the start (undefined: not before it was stopped). */
  cacheWrittenMs?: number
}

export type Budget = { name: string; limit: string; measured: string; met: boolean | null }

const GB = 1024 ** 3
const MB = 1024 ** 2

/** Two build steps run one after the other as one: wall and CPU times added, the higher peak memory. */
export function buildTotal(a: Run, b: Run): Run {
  return { wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs, peakRssBytes: Math.max(a.peakRssBytes, b.peakRssBytes) }
}

/** The search with the highest p97.5 latency, the one that decides the p95 budget. */
export function slowestSearch(search: Record<string, SearchRow>): [string, SearchRow] {
  const rows = Object.entries(search)
  if (rows.length === 0) throw new Error('no searches were measured')
  return rows.reduce((a, b) => (b[1].latencyP975Ms > a[1].latencyP975Ms ? b : a))
}

/**
 * p95 latency ≤ `limitMs` from autocannon's p90 and p97.5 (it reports no p95, which lies between them): met
 * when p97.5 is within the limit, missed when p90 is over it, undecided (null) otherwise.
 */
export function p95Verdict(row: Pick<LoadRow, 'latencyP90Ms' | 'latencyP975Ms'>, limitMs: number): boolean | null {
  if (row.latencyP975Ms <= limitMs) return true
  if (row.latencyP90Ms > limitMs) return false
  return null
}

const besideFloor = (floor?: DevStart) => (floor ? ` (bare Next.js app: ${seconds(floor.firstArticleMs)})` : '')

/** The budgets of the scale issue, checked against one run (null: not measured in this run). */
export function budgets(r: Omit<BenchResults, 'budgets'>): Budget[] {
  const { build, bytes, dev, serve, vercel } = r
  const coldMs = buildTotal(build.contentCold, build.nextBuild).wallMs
  const warmMs = buildTotal(build.contentWarm, build.nextBuildWarm).wallMs
  const warmName = build.warmChange ? 'one article changed' : 'nothing changed'
  const peak = Math.max(...[build.contentCold, build.contentWarm, build.nextBuild, build.nextBuildWarm].map((b) => b.peakRssBytes))
  const [largestListing, largestListingBytes] = Object.entries(bytes.listingHtmlBytes).sort((a, b) => b[1] - a[1])[0]
  const articleJsOverFloor = bytes.pages.article.scriptGzipBytes - bytes.floor.scriptGzipBytes
  const articleRps = serve.throughput.article.next.requestsPerSecond
  const devPeak = Math.max(dev.peakRssBytes, dev.restart?.peakRssBytes ?? 0)
  return [
    { name: 'cold build (content + next build)', limit: '≤ 180 s', measured: seconds(coldMs), met: coldMs <= 180_000 },
    { name: `warm build (content + next build, ${warmName})`, limit: '≤ 60 s', measured: seconds(warmMs), met: warmMs <= 60_000 },
    { name: 'peak build memory (process tree)', limit: '≤ 2048 MB', measured: mb(peak), met: peak <= 2 * GB },
    {
      name: 'dev server: first article, first start',
      limit: '≤ 3.0 s',
      measured: seconds(dev.firstArticleMs) + besideFloor(dev.floor),
      met: dev.firstArticleMs <= 3000,
    },
    ...(dev.restart
      ? [
          {
            name: 'dev server: first article, restart',
            limit: '≤ 3.0 s',
            measured: seconds(dev.restart.firstArticleMs) + besideFloor(dev.floor?.restart),
            met: dev.restart.firstArticleMs <= 3000,
          },
        ]
      : []),
    { name: 'dev server: peak memory', limit: '≤ 1536 MB', measured: mb(devPeak), met: devPeak <= 1.5 * GB },
    {
      name: `largest listing HTML (${largestListing})`,
      limit: '≤ 60.0 KB',
      measured: kb(largestListingBytes),
      met: largestListingBytes <= 60 * 1024,
    },
    {
      name: 'article JS over the framework floor (gzip)',
      limit: '≤ 5.0 KB',
      measured: kb(articleJsOverFloor),
      met: articleJsOverFloor <= 5 * 1024,
    },
    vercel
      ? {
          name: `largest Vercel function, uncompressed (${vercel.largest.name})`,
          limit: `< ${mb(FUNCTION_SIZE_LIMIT_BYTES)}`,
          measured: mb(vercel.largest.bytes),
          met: vercel.largest.bytes < FUNCTION_SIZE_LIMIT_BYTES,
        }
      : { name: 'largest Vercel function, uncompressed', limit: `< ${mb(FUNCTION_SIZE_LIMIT_BYTES)}`, measured: 'not measured', met: null },
    serve.baseline
      ? {
          name: `article req/s vs ${serve.baseline.articles} articles`,
          limit: '≥ 50%',
          measured: `${((articleRps / serve.baseline.articleRequestsPerSecond) * 100).toFixed(0)}% (${articleRps.toFixed(0)} vs ${serve.baseline.articleRequestsPerSecond.toFixed(0)})`,
          met: articleRps >= serve.baseline.articleRequestsPerSecond / 2,
        }
      : { name: 'article req/s vs a small archive', limit: '≥ 50%', measured: 'not measured (--baseline 0)', met: null },
    ...archiveBudgets(r, { coldMs, warmMs, warmName, peak }),
    nginxBudget(serve),
    ...(r.lighthouse ? lighthouseBudgets(r.lighthouse) : []),
  ]
}

const notMeasured = (name: string, limit: string): Budget => ({ name, limit, measured: 'not measured', met: null })

/**
 * The bounds of issue 13 ("A decade's archive"), which hold at every archive size up to 100,000 articles:
 * builds, the largest Vercel function, and the server's readiness, first render, search and memory.
 */
function archiveBudgets(
  r: Omit<BenchResults, 'budgets'>,
  { coldMs, warmMs, warmName, peak }: { coldMs: number; warmMs: number; warmName: string; peak: number },
): Budget[] {
  const { serve, vercel } = r
  const name = (what: string) => `archive: ${what}`
  const search = serve.search && Object.keys(serve.search).length > 0 ? slowestSearch(serve.search) : undefined
  const largestFunction = name('largest Vercel function, uncompressed')
  const ready = name('server ready: first 200 of an old article')
  const searchName = name(`search p95 at ${r.settings.connections} connections (slowest query)`)
  return [
    { name: name('cold build (content + next build)'), limit: '≤ 600 s', measured: seconds(coldMs), met: coldMs <= 600_000 },
    { name: name(`warm build (${warmName})`), limit: '≤ 90 s', measured: seconds(warmMs), met: warmMs <= 90_000 },
    { name: name('peak build memory (process tree)'), limit: '≤ 4096 MB', measured: mb(peak), met: peak <= 4 * GB },
    vercel
      ? {
          name: `${largestFunction} (${vercel.largest.name}${vercel.redis ? ', content in Redis' : ''})`,
          limit: '≤ 50 MB',
          measured: mb(vercel.largest.bytes),
          met: vercel.largest.bytes <= 50 * MB,
        }
      : notMeasured(largestFunction, '≤ 50 MB'),
    serve.ready
      ? { name: ready, limit: '≤ 1.0 s', measured: seconds(serve.ready.ms), met: serve.ready.ms <= 1000 }
      : notMeasured(ready, '≤ 1.0 s'),
    {
      name: name('first render of an old article'),
      limit: '≤ 300 ms',
      measured: `${serve.nonPrerenderedArticle.firstRequestMs} ms`,
      met: serve.nonPrerenderedArticle.firstRequestMs <= 300,
    },
    search
      ? {
          name: searchName,
          limit: '≤ 50 ms',
          measured: `between p90 ${search[1].latencyP90Ms} and p97.5 ${search[1].latencyP975Ms} ms (${search[0]})`,
          met: p95Verdict(search[1], 50),
        }
      : notMeasured(searchName, '≤ 50 ms'),
    {
      name: name('server RSS after the load tests'),
      limit: '≤ 400 MB',
      measured: mb(serve.serverRssAfterLoadBytes),
      met: serve.serverRssAfterLoadBytes <= 400 * MB,
    },
  ]
}

/** Behind nginx at least 10× `next start`'s req/s, on the page where the gain is smallest, in the same run. */
function nginxBudget(serve: BenchResults['serve']): Budget {
  const name = 'behind nginx vs next start (lowest page)'
  if (!serve.nginx) return { name, limit: '≥ 10×', measured: 'not measured', met: null }
  const [page, ratio] = Object.entries(nginxRatios(serve)).sort((a, b) => a[1] - b[1])[0]
  return { name, limit: '≥ 10×', measured: `${ratio.toFixed(1)}× (${page})`, met: ratio >= 10 }
}

/** Per page: req/s through nginx divided by `next start`'s. */
function nginxRatios(serve: BenchResults['serve']): Record<string, number> {
  return Object.fromEntries(
    Object.entries(serve.nginx ?? {}).map(([name, row]) => [name, row.requestsPerSecond / serve.throughput[name].next.requestsPerSecond]),
  )
}

export function report(r: BenchResults): string {
  const { build, serve, bytes, dev } = r
  const run = (name: string, b: Run) => [name, seconds(b.wallMs), seconds(b.cpuMs), mb(b.peakRssBytes)]
  const warm = build.warmChange ? 'warm, one article changed' : 'warm, nothing changed'
  const sections = [
    `Meridian bench: ${r.articles} articles, ${r.machine.cpus} CPUs, load average ${r.machine.loadAverageBefore.join(' ')} → ${r.machine.loadAverageAfter.join(' ')}`,
    table(['build', 'wall', 'CPU', 'peak RSS'], [
      run('content (cold)', build.contentCold),
      run('next build (cold)', build.nextBuild),
      run('cold: content + next build', buildTotal(build.contentCold, build.nextBuild)),
      run(`content (${warm})`, build.contentWarm),
      run(`next build (${warm})`, build.nextBuildWarm),
      run(`${warm}: content + next build`, buildTotal(build.contentWarm, build.nextBuildWarm)),
      run('next build, bare app', build.floorNextBuild),
    ]) +
      (build.warmChange
        ? `\nwarm build: ${build.warmChange.path} changed (title and first sentence); .contentlayer and .next/cache kept` +
          (build.warmChange.missingCaches?.length ? `, but the cold build had left no ${build.warmChange.missingCaches.join(', ')}` : '')
        : '') +
      (build.generatorPeakRssBytes ? `\nnewsroom generated in ${seconds(build.generateMs)}; bench process peak RSS ${mb(build.generatorPeakRssBytes)}` : ''),
    table(
      ['serving', 'next req/s', 'p50 ms', 'p99 ms', 'static req/s', 'next/static'],
      Object.entries(serve.throughput).map(([name, t]) => [
        `${name} ${serve.pages[name]}`,
        t.next.requestsPerSecond.toFixed(0),
        t.next.latencyP50Ms,
        t.next.latencyP99Ms,
        t.static.requestsPerSecond.toFixed(0),
        serve.ratios[name].toFixed(3),
      ]),
    ),
    ...(serve.nginx
      ? [
          table(
            ['behind nginx (README recipe)', 'next req/s', 'nginx req/s', 'p99 ms', 'nginx/next'],
            Object.entries(serve.nginx).map(([name, row]) => [
              `${name} ${serve.pages[name]}`,
              serve.throughput[name].next.requestsPerSecond.toFixed(0),
              row.requestsPerSecond.toFixed(0),
              row.latencyP99Ms,
              `${nginxRatios(serve)[name].toFixed(1)}×`,
            ]),
          ),
        ]
      : []),
    ...(serve.search
      ? [
          table(
            ['search (one run per query)', 'matches', 'req/s', 'p50 ms', 'p90 ms', 'p97.5 ms', 'p99 ms', 'errors', 'query alone p95 ms'],
            Object.entries(serve.search).map(([kind, row]) => [
              `${kind} "${row.query}"`,
              row.matches,
              row.requestsPerSecond.toFixed(0),
              row.latencyP50Ms,
              row.latencyP90Ms,
              row.latencyP975Ms,
              row.latencyP99Ms,
              row.errors + row.non2xx,
              row.engineP95Ms === undefined ? '' : row.engineP95Ms.toFixed(1),
            ]),
          ) + '\n(autocannon reports no p95: it lies between p90 and p97.5; the last column times the query alone, without the page)',
        ]
      : []),
    (serve.ready ? `server ready: first 200 of ${serve.ready.path} ${serve.ready.ms} ms after spawning next start\n` : '') +
    `non-prerendered article: first request ${serve.nonPrerenderedArticle.firstRequestMs} ms, then ${serve.nonPrerenderedArticle.cachedRequestMs} ms; server RSS after all load tests ${mb(serve.serverRssAfterLoadBytes)}` +
      (serve.baseline ? `; article at ${serve.baseline.articles} articles: ${serve.baseline.articleRequestsPerSecond.toFixed(0)} req/s` : ''),
    table(
      ['bytes', 'HTML', 'HTML gzip', 'scripts', 'JS gzip'],
      [...Object.entries(bytes.pages), ['bare Next.js page', bytes.floor] as const].map(([name, w]) => [
        name,
        kb(w.htmlBytes),
        kb(w.htmlGzipBytes),
        w.scripts,
        kb(w.scriptGzipBytes),
      ]),
    ),
    table(['listing page', 'HTML'], Object.entries(bytes.listingHtmlBytes).map(([p, n]) => [p, kb(n)])),
    ...(r.lighthouse ? [lighthouseTable(r.lighthouse)] : []),
    ...(
      [
        ['first start', dev],
        ['restart', dev.restart],
        ['bare Next.js app, first start', dev.floor],
        ['bare Next.js app, restart', dev.floor?.restart],
      ] as [string, DevStart | undefined][]
    )
      .filter((entry): entry is [string, DevStart] => entry[1] !== undefined)
      .map(
        ([which, d]) =>
          `dev server (${which}): first page ${seconds(d.firstArticleMs)}, peak RSS ${mb(d.peakRssBytes)}` +
          (d.requestLog ? `; next dev: ${d.requestLog}` : '') +
          (which.endsWith('first start')
            ? d.cacheWrittenMs === undefined
              ? '; Turbopack had written no dev cache when it was stopped'
              : `; Turbopack dev cache written ${seconds(d.cacheWrittenMs)} after start`
            : ''),
      ),
    ...(r.vercel
      ? [
          `vercel build (production${r.vercel.redis ? ', content in Redis' : ''}): ${seconds(r.vercel.build.wallMs)}, CPU ${seconds(r.vercel.build.cpuMs)}, peak RSS ${mb(r.vercel.build.peakRssBytes)}; ` +
            `${r.vercel.count} functions, ${mb(r.vercel.totalBytes)} in all; ` +
            `largest ${r.vercel.largest.name} (${r.vercel.largest.routes} routes) ${mb(r.vercel.largest.bytes)} uncompressed` +
            (r.vercel.redis
              ? `\ncontent database (not deployed; a function carrying it grows by this much): ${mb(r.vercel.redis.contentDatabaseBytes)}; ` +
                `Redis used memory after the publish: ${mb(r.vercel.redis.usedMemoryBytes)}; ` +
                `functions carrying content.db: ${r.vercel.redis.functionsWithContentDatabase.join(', ') || 'none'}`
              : ''),
        ]
      : []),
    table(
      ['budget', 'limit', 'measured', ''],
      r.budgets.map((b) => [b.name, b.limit, b.measured, b.met === null ? '—' : b.met ? 'ok' : 'MISSED']),
    ),
  ]
  return sections.join('\n\n')
}
