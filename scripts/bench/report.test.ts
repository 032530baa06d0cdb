import { describe, expect, it } from 'vitest'
import type { LoadRow, PageWeight } from './parse'
import { budgets, buildTotal, p95Verdict, report, slowestSearch, type BenchResults, type SearchRow } from './report'

const row = (requestsPerSecond: number): LoadRow => ({
  url: 'http://127.0.0.1:3500/',
  requestsPerSecond,
  latencyP50Ms: 10,
  latencyP90Ms: 20,
  latencyP975Ms: 30,
  latencyP99Ms: 40,
  requests: requestsPerSecond * 10,
  errors: 0,
  non2xx: 0,
  durationSeconds: 10,
})
const weight = (htmlBytes: number, scriptGzipBytes: number): PageWeight => ({
  htmlBytes,
  htmlGzipBytes: htmlBytes / 5,
  scripts: 6,
  scriptGzipBytes,
})
const run = (wallMs: number, peakRssBytes = 500 * 1024 ** 2) => ({ wallMs, cpuMs: wallMs, peakRssBytes })

const measured: Omit<BenchResults, 'budgets'> = {
  date: '2026-11-28T14:00:00.000Z',
  articles: 10000,
  machine: { cpus: 2, memoryBytes: 8 * 1024 ** 3, node: 'v20', next: '16', loadAverageBefore: [1, 1, 1], loadAverageAfter: [1, 1, 1] },
  settings: { quick: false, durationSeconds: 10, connections: 10, prerenderArticles: 100, listingPageSize: 12 },
  build: {
    generateMs: 100,
    contentCold: run(100_000),
    contentWarm: run(20_000),
    nextBuild: run(70_000, 2.5 * 1024 ** 3),
    nextBuildWarm: run(30_000),
    floorNextBuild: run(8_000),
  },
  serve: {
    pages: { article: '/articles/a', home: '/', section: '/sections/markets' },
    throughput: {
      article: { next: row(300), static: row(3000) },
      home: { next: row(250), static: row(3000) },
      section: { next: row(250), static: row(3000) },
    },
    ratios: { article: 0.1, home: 0.083, section: 0.083 },
    nonPrerenderedArticle: { path: '/articles/z', firstRequestMs: 200, cachedRequestMs: 10 },
    serverRssAfterLoadBytes: 200 * 1024 ** 2,
    baseline: { articles: 30, articleRequestsPerSecond: 700, row: row(700) },
  },
  bytes: {
    pages: { article: weight(60_000, 176_000), home: weight(70_000, 176_000), section: weight(50_000, 176_000) },
    floor: weight(4_000, 170_000),
    listingHtmlBytes: { '/': 70_000, '/sections/markets': 50_000 },
  },
  dev: { firstArticleMs: 2500, peakRssBytes: 1024 ** 3, restart: { firstArticleMs: 4200, peakRssBytes: 1600 * 1024 ** 2 } },
  vercel: { build: run(95_000), count: 5, largest: { name: 'og/site', routes: 51, bytes: 260 * 1024 ** 2 }, totalBytes: 280 * 1024 ** 2 },
}

describe('budgets', () => {
  const verdicts = Object.fromEntries(budgets(measured).map((b) => [b.name, b]))

  it('adds content and next build times, and takes the highest peak of any build step', () => {
    expect(verdicts['cold build (content + next build)']).toMatchObject({ measured: '170.0 s', met: true })
    expect(verdicts['warm build (content + next build, nothing changed)']).toMatchObject({ measured: '50.0 s', met: true })
    expect(verdicts['peak build memory (process tree)']).toMatchObject({ measured: '2560 MB', met: false })
  })

  it('names the largest listing page and compares article JavaScript with the framework floor', () => {
    expect(verdicts['largest listing HTML (/)']).toMatchObject({ measured: '68.4 KB', met: false })
    expect(verdicts['article JS over the framework floor (gzip)']).toMatchObject({ measured: '5.9 KB', met: false })
  })

  it('compares article throughput with the small archive, and says when that was not measured', () => {
    expect(verdicts['article req/s vs 30 articles']).toMatchObject({ measured: '43% (300 vs 700)', met: false })
    const withoutBaseline = budgets({ ...measured, serve: { ...measured.serve, baseline: undefined } })
    expect(withoutBaseline.find((b) => b.name === 'article req/s vs a small archive')).toMatchObject({ met: null })
  })

  it('checks the first start and the restart of the dev server, and the higher peak of the two', () => {
    expect(verdicts['dev server: first article, first start']).toMatchObject({ measured: '2.5 s', met: true })
    expect(verdicts['dev server: first article, restart']).toMatchObject({ measured: '4.2 s', met: false })
    const withFloor = budgets({ ...measured, dev: { ...measured.dev, floor: { firstArticleMs: 3100, peakRssBytes: 0 } } })
    expect(withFloor.find((b) => b.name === 'dev server: first article, first start')).toMatchObject({
      measured: '2.5 s (bare Next.js app: 3.1 s)',
      met: true,
    })
    expect(verdicts['dev server: peak memory']).toMatchObject({ measured: '1600 MB', met: false })
  })

  it('compares req/s behind nginx with next start on the page where nginx gains least', () => {
    expect(verdicts['behind nginx vs next start (lowest page)']).toMatchObject({ met: null })
    const nginx = { article: row(4500), home: row(2250), section: row(3000) }
    const withNginx = { ...measured, serve: { ...measured.serve, nginx } }
    expect(budgets(withNginx).at(-1)).toMatchObject({ measured: '9.0× (home)', met: false })
    const text = report({ ...withNginx, budgets: budgets(withNginx) })
    expect(text).toMatch(/article \/articles\/a\s+300\s+4500\s+40\s+15\.0×/)
    expect(text).toMatch(/home \/\s+250\s+2250\s+40\s+9\.0×/)
  })

  it('holds the largest Vercel function to the 250 MB limit, and says when no Vercel build was measured', () => {
    expect(verdicts['largest Vercel function, uncompressed (og/site)']).toMatchObject({ limit: '< 250 MB', measured: '260 MB', met: false })
    const under = budgets({ ...measured, vercel: { ...measured.vercel!, largest: { name: 'og/site', routes: 51, bytes: 249 * 1024 ** 2 } } })
    expect(under.find((b) => b.name.startsWith('largest Vercel function'))).toMatchObject({ measured: '249 MB', met: true })
    const older = budgets({ ...measured, vercel: undefined })
    expect(older.find((b) => b.name.startsWith('largest Vercel function'))).toMatchObject({ measured: 'not measured', met: null })
  })

  it('adds a Lighthouse budget per page and its table when the run audited pages', () => {
    const runFor = (performance: number, lcpMs: number) => ({ performance, accessibility: 100, bestPractices: 100, seo: 100, lcpMs, tbtMs: 90, cls: 0, failedAudits: [] })
    const lighthouse = {
      home: { path: '/', median: runFor(99, 1400), runs: [runFor(99, 1400)] },
      article: { path: '/articles/a', median: runFor(95, 2600), runs: [runFor(95, 2600)] },
    }
    const withLighthouse = { ...measured, lighthouse }
    const verdicts = budgets(withLighthouse).slice(-2)
    expect(verdicts.map((b) => [b.name, b.met])).toEqual([
      ['Lighthouse mobile: home (/)', true],
      ['Lighthouse mobile: article (/articles/a)', false],
    ])
    const text = report({ ...withLighthouse, budgets: budgets(withLighthouse) })
    expect(text).toMatch(/article \/articles\/a\s+95\s+100\s+100\s+100\s+2\.6 s/)
    expect(text).toMatch(/Lighthouse mobile: article \(\/articles\/a\).*95\/100\/100\/100, LCP 2\.6 s\s+MISSED/)
  })

  it('checks the archive bounds: builds, readiness, first render, search p95 and server memory', () => {
    const search: Record<string, SearchRow> = {
      place: { ...row(400), query: 'Singapore', matches: 900, latencyP90Ms: 20, latencyP975Ms: 35 },
      typo: { ...row(300), query: 'chipmakrs', matches: 80, latencyP90Ms: 45, latencyP975Ms: 61, engineP95Ms: 4.25 },
    }
    const archive = {
      ...measured,
      build: { ...measured.build, warmChange: { path: '/articles/a' }, nextBuildWarm: run(75_000) },
      serve: { ...measured.serve, ready: { path: '/articles/y', ms: 1200 }, search, serverRssAfterLoadBytes: 390 * 1024 ** 2 },
      vercel: { ...measured.vercel!, largest: { name: 'articles/[slug]', routes: 9, bytes: 31 * 1024 ** 2 } },
    }
    const v = Object.fromEntries(budgets(archive).map((b) => [b.name, b]))
    expect(v['archive: cold build (content + next build)']).toMatchObject({ limit: '≤ 600 s', measured: '170.0 s', met: true })
    expect(v['archive: warm build (one article changed)']).toMatchObject({ limit: '≤ 90 s', measured: '95.0 s', met: false })
    expect(v['warm build (content + next build, one article changed)']).toMatchObject({ measured: '95.0 s', met: false })
    expect(v['archive: peak build memory (process tree)']).toMatchObject({ measured: '2560 MB', met: true })
    expect(v['archive: largest Vercel function, uncompressed (articles/[slug])']).toMatchObject({ measured: '31 MB', met: true })
    expect(v['archive: server ready: first 200 of an old article']).toMatchObject({ measured: '1.2 s', met: false })
    expect(v['archive: first render of an old article']).toMatchObject({ measured: '200 ms', met: true })
    expect(v['archive: search p95 at 10 connections (slowest query)']).toMatchObject({ measured: 'between p90 45 and p97.5 61 ms (typo)', met: null })
    expect(v['archive: server RSS after the load tests']).toMatchObject({ measured: '390 MB', met: true })
    const text = report({ ...archive, budgets: budgets(archive) })
    expect(text).toMatch(/^content \(warm, one article changed\)\s+20\.0 s\s+20\.0 s\s+500 MB$/m)
    expect(text).toMatch(/^warm, one article changed: content \+ next build\s+95\.0 s\s+95\.0 s\s+500 MB$/m)
    expect(text).toMatch(/^cold: content \+ next build\s+170\.0 s\s+170\.0 s\s+2560 MB$/m)
    expect(text).toContain('warm build: /articles/a changed (title and first sentence); .contentlayer and .next/cache kept\n')
    const missing = { ...archive, build: { ...archive.build, warmChange: { path: '/articles/a', missingCaches: ['.next/cache/content/content.db'] } } }
    expect(report({ ...missing, budgets: budgets(missing) })).toContain('.next/cache kept, but the cold build had left no .next/cache/content/content.db')
    expect(text).toMatch(/^typo "chipmakrs"\s+80\s+300\s+10\s+45\s+61\s+40\s+0\s+4.3$/m)
    expect(text).toContain('server ready: first 200 of /articles/y 1200 ms after spawning next start')
  })

  it('says when the archive bounds were not measured (older results)', () => {
    const v = Object.fromEntries(budgets({ ...measured, vercel: undefined }).map((b) => [b.name, b]))
    expect(v['archive: server ready: first 200 of an old article']).toMatchObject({ measured: 'not measured', met: null })
    expect(v['archive: search p95 at 10 connections (slowest query)']).toMatchObject({ met: null })
    expect(v['archive: largest Vercel function, uncompressed']).toMatchObject({ met: null })
  })

  it('reports the vercel build with the content in Redis beside the size of the content database', () => {
    const redis = { usedMemoryBytes: 700 * 1024 ** 2, contentDatabaseBytes: 960 * 1024 ** 2, functionsWithContentDatabase: [] }
    const withRedis = { ...measured, vercel: { ...measured.vercel!, redis } }
    const text = report({ ...withRedis, budgets: budgets(withRedis) })
    expect(text).toContain('vercel build (production, content in Redis): 95.0 s')
    expect(text).toContain('content database (not deployed; a function carrying it grows by this much): 960 MB; Redis used memory after the publish: 700 MB; functions carrying content.db: none')
    expect(budgets(withRedis).map((b) => b.name)).toContain('archive: largest Vercel function, uncompressed (og/site, content in Redis)')
  })

  it('prints every budget with its verdict', () => {
    const text = report({ ...measured, budgets: budgets(measured) })
    expect(text).toMatch(/dev server: first article, first start\s+≤ 3\.0 s\s+2\.5 s\s+ok/)
    expect(text).toMatch(/largest listing HTML \(\/\)\s+≤ 60\.0 KB\s+68\.4 KB\s+MISSED/)
    expect(text).toContain('vercel build (production): 95.0 s, CPU 95.0 s, peak RSS 500 MB; 5 functions, 280 MB in all; largest og/site (51 routes) 260 MB uncompressed')
  })
})

describe('build totals and search latency', () => {
  it('adds the wall and CPU times of two steps and keeps the higher peak', () => {
    expect(buildTotal({ wallMs: 10, cpuMs: 15, peakRssBytes: 300 }, { wallMs: 20, cpuMs: 5, peakRssBytes: 200 })).toEqual({ wallMs: 30, cpuMs: 20, peakRssBytes: 300 })
  })

  it('decides p95 from p90 and p97.5: met, missed, or undecided when the limit lies between them', () => {
    expect(p95Verdict({ latencyP90Ms: 20, latencyP975Ms: 50 }, 50)).toBe(true)
    expect(p95Verdict({ latencyP90Ms: 51, latencyP975Ms: 90 }, 50)).toBe(false)
    expect(p95Verdict({ latencyP90Ms: 50, latencyP975Ms: 51 }, 50)).toBeNull()
  })

  it('takes the search with the highest p97.5, and refuses none', () => {
    const s = (latencyP975Ms: number): SearchRow => ({ ...row(100), query: 'q', matches: 1, latencyP975Ms })
    expect(slowestSearch({ a: s(10), b: s(30), c: s(20) })[0]).toBe('b')
    expect(() => slowestSearch({})).toThrow(/no searches/)
  })
})
