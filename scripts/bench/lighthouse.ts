// The bench's Lighthouse phase, pure part: what is read from a Lighthouse result, medians over runs,
// the budgets of issue 16, the printed table, and which pages to audit. Running Chrome is in lighthouse-run.ts.
import { seconds, table } from './parse'

/** The four category scores of one run, 0–100 (null: the category was not scored). */
type CategoryScores = { performance: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null }

/** What one Lighthouse run says of one page. */
export type LighthouseRun = CategoryScores & {
  /** Largest contentful paint, total blocking time (ms) and cumulative layout shift (unitless), as Lighthouse simulated them. */
  lcpMs: number
  tbtMs: number
  cls: number
  /** Audits with a weight in accessibility, best practices or SEO that did not pass, as "category/audit-id". */
  failedAudits: string[]
  /** Lighthouse's measure of the host's speed (higher is faster; a busy host gives a low one). */
  benchmarkIndex?: number
}

export type LighthousePage = {
  path: string
  /** Medians over the runs, each figure on its own. */
  median: CategoryScores & { lcpMs: number; tbtMs: number; cls: number }
  runs: LighthouseRun[]
}

/** The slice of a Lighthouse result (LH.Result) this file reads. */
export type LighthouseResultLike = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>
  audits: Record<string, { score: number | null; numericValue?: number } | undefined>
  environment?: { benchmarkIndex?: number }
}

const score = (s: number | null | undefined) => (s === null || s === undefined ? null : Math.round(s * 100))

/**
 * Reads one Lighthouse result (the `lhr` of the Node API, or the JSON the CLI writes) into a run.
 * Throws when a metric is missing, e.g. when the page failed to load (Lighthouse then reports a runtime error).
 */
export function summarizeRun(lhr: LighthouseResultLike): LighthouseRun {
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue
    if (typeof value !== 'number') throw new Error(`the Lighthouse result has no ${id}`)
    return value
  }
  const failedAudits = (['accessibility', 'best-practices', 'seo'] as const).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = lhr.audits[ref.id]
        return audit && audit.score !== null && audit.score < 1
      })
      .map((ref) => `${category}/${ref.id}`),
  )
  return {
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories['best-practices']?.score),
    seo: score(lhr.categories.seo?.score),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    failedAudits,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  }
}

/** The median of some numbers (the mean of the middle two for an even count); throws on none. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const medianOrNull = (values: (number | null)[]) => {
  const scored = values.filter((v): v is number => v !== null)
  return scored.length ? median(scored) : null
}

/** Each figure's median over the runs of one page. */
export function summarizePage(path: string, runs: LighthouseRun[]): LighthousePage {
  return {
    path,
    median: {
      performance: medianOrNull(runs.map((r) => r.performance)),
      accessibility: medianOrNull(runs.map((r) => r.accessibility)),
      bestPractices: medianOrNull(runs.map((r) => r.bestPractices)),
      seo: medianOrNull(runs.map((r) => r.seo)),
      lcpMs: median(runs.map((r) => r.lcpMs)),
      tbtMs: median(runs.map((r) => r.tbtMs)),
      cls: median(runs.map((r) => r.cls)),
    },
    runs,
  }
}

/** Issue 16's targets under the mobile preset. The search page is noindex on purpose, so its SEO score is not held to 100. */
const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 2000 }

export type LighthouseBudget = { name: string; limit: string; measured: string; met: boolean }

const isSearch = (name: string) => name === 'search'

/** One budget line per page, from its medians. */
export function lighthouseBudgets(pages: Record<string, LighthousePage>): LighthouseBudget[] {
  const t = LIGHTHOUSE_TARGETS
  return Object.entries(pages).map(([name, { path, median: m }]) => {
    const seoHeld = !isSearch(name)
    const met =
      (m.performance ?? 0) >= t.performance &&
      (m.accessibility ?? 0) >= t.accessibility &&
      (m.bestPractices ?? 0) >= t.bestPractices &&
      (!seoHeld || (m.seo ?? 0) >= t.seo) &&
      m.lcpMs <= t.lcpMs
    return {
      name: `Lighthouse mobile: ${name} (${path})`,
      limit: `perf ≥ ${t.performance}, a11y/BP${seoHeld ? '/SEO' : ''} 100, LCP ≤ ${seconds(t.lcpMs)}`,
      measured: `${[m.performance, m.accessibility, m.bestPractices, m.seo].map((s) => s ?? '–').join('/')}, LCP ${seconds(m.lcpMs)}`,
      met,
    }
  })
}

/** The per-page table: median scores and metrics, the spread of the performance score, and what failed. */
export function lighthouseTable(pages: Record<string, LighthousePage>): string {
  return table(
    ['Lighthouse mobile (median)', 'perf', 'a11y', 'BP', 'SEO', 'LCP', 'TBT ms', 'CLS', 'perf runs', 'failed audits'],
    Object.entries(pages).map(([name, { path, median: m, runs }]) => [
      `${name} ${path}`,
      m.performance ?? '–',
      m.accessibility ?? '–',
      m.bestPractices ?? '–',
      m.seo ?? '–',
      seconds(m.lcpMs),
      Math.round(m.tbtMs),
      m.cls.toFixed(3),
      runs.map((r) => r.performance ?? '–').join(' '),
      [...new Set(runs.flatMap((r) => r.failedAudits))].join(' ') || '–',
    ]),
  )
}

/** The first link of the HTML to a page of `kind` ("articles", "tags", …), e.g. "/tags/japan"; undefined if none. */
export function firstLink(html: string, kind: string): string | undefined {
  return new RegExp(`href="(/${kind}/[^"/?#]+)"`).exec(html)?.[1]
}

/**
 * The pages to audit on a built site: home, the first article and section the home page links, the first
 * topic and author that article links, and a search for `searchWord`. Throws when a kind is not linked.
 */
export function auditedPages(homeHtml: string, articleHtml: string, searchWord: string): Record<string, string> {
  const first = (kind: string, html: string, where: string) => {
    const link = firstLink(html, kind)
    if (!link) throw new Error(`the ${where} links no /${kind}/ page`)
    return link
  }
  return {
    home: '/',
    article: first('articles', homeHtml, 'home page'),
    section: first('sections', homeHtml, 'home page'),
    tag: first('tags', articleHtml, 'article page'),
    author: first('authors', articleHtml, 'article page'),
    search: `/search?${new URLSearchParams({ q: searchWord })}`,
  }
}
