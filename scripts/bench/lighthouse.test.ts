import { describe, expect, it } from 'vitest'
import {
  lighthouseBudgets,
  lighthouseTable,
  median,
  auditedPages,
  summarizePage,
  summarizeRun,
  type LighthouseResultLike,
  type LighthouseRun,
} from './lighthouse'

/** A Lighthouse result shaped as Lighthouse 12 writes it, with only the fields the bench reads. */
function lhr(overrides: { performance?: number; seo?: number | null; lcp?: number; failing?: string[] } = {}): LighthouseResultLike {
  const failing = new Set(overrides.failing ?? [])
  const audit = (id: string) => ({ score: failing.has(id) ? 0 : 1 })
  return {
    categories: {
      performance: { score: overrides.performance ?? 0.99, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
      accessibility: { score: failing.has('color-contrast') ? 0.96 : 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': {
        score: failing.has('errors-in-console') ? 0.96 : 1,
        auditRefs: [
          { id: 'errors-in-console', weight: 1 },
          { id: 'inspector-issues', weight: 0 },
        ],
      },
      seo: { score: overrides.seo === undefined ? 1 : overrides.seo, auditRefs: [{ id: 'is-crawlable', weight: 4.6 }] },
    },
    audits: {
      'largest-contentful-paint': { score: 0.9, numericValue: overrides.lcp ?? 1834.4 },
      'total-blocking-time': { score: 1, numericValue: 40.49 },
      'cumulative-layout-shift': { score: 1, numericValue: 0.00213 },
      'color-contrast': audit('color-contrast'),
      'errors-in-console': audit('errors-in-console'),
      // Failing but weightless: informative only, not a reason for a lower score.
      'inspector-issues': { score: 0 },
      'is-crawlable': { score: overrides.seo === undefined ? 1 : 0 },
    },
    environment: { benchmarkIndex: 812.5 },
  }
}

const run = (performance: number, lcpMs: number, extra: Partial<LighthouseRun> = {}): LighthouseRun => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs,
  tbtMs: 50,
  cls: 0,
  failedAudits: [],
  ...extra,
})

describe('summarizeRun', () => {
  it('reads scores as 0–100, metrics in ms and the host speed', () => {
    expect(summarizeRun(lhr())).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: 1834,
      tbtMs: 40,
      cls: 0.002,
      failedAudits: [],
      benchmarkIndex: 812.5,
    })
  })

  it('names the weighted audits that failed, by category, and ignores weightless ones', () => {
    const summary = summarizeRun(lhr({ failing: ['color-contrast', 'errors-in-console'], seo: 0.69 }))
    expect(summary.failedAudits).toEqual(['accessibility/color-contrast', 'best-practices/errors-in-console', 'seo/is-crawlable'])
    expect(summary).toMatchObject({ accessibility: 96, bestPractices: 96, seo: 69 })
  })

  it('keeps an unscored category as null and refuses a result without metrics', () => {
    expect(summarizeRun(lhr({ seo: null })).seo).toBeNull()
    const broken = lhr()
    delete broken.audits['largest-contentful-paint']
    expect(() => summarizeRun(broken)).toThrow(/largest-contentful-paint/)
  })
})

describe('medians and budgets', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow()
  })

  it('takes each figure’s median on its own, so one slow run does not decide the page', () => {
    const page = summarizePage('/', [run(97, 2600, { tbtMs: 300 }), run(99, 1700), run(98, 1900)])
    expect(page.median).toMatchObject({ performance: 98, lcpMs: 1900, tbtMs: 50 })
    expect(page.runs).toHaveLength(3)
  })

  it('holds every page to performance 98, the other categories 100 and LCP 2 s, but not search to SEO 100', () => {
    const pages = {
      home: summarizePage('/', [run(99, 1500)]),
      article: summarizePage('/articles/a', [run(97, 1500)]),
      section: summarizePage('/sections/s', [run(99, 2100)]),
      tag: summarizePage('/tags/t', [run(100, 1500, { accessibility: 96 })]),
      author: summarizePage('/authors/a', [run(100, 1500, { seo: 92 })]),
      search: summarizePage('/search?q=japan', [run(98, 2000, { seo: 69 })]),
    }
    const met = Object.fromEntries(lighthouseBudgets(pages).map((b) => [b.name.split(' ')[2], b.met]))
    expect(met).toEqual({ home: true, article: false, section: false, tag: false, author: false, search: true })
    const [home, , , , , search] = lighthouseBudgets(pages)
    expect(home).toMatchObject({ name: 'Lighthouse mobile: home (/)', measured: '99/100/100/100, LCP 1.5 s' })
    expect(home.limit).toContain('a11y/BP/SEO 100')
    expect(search.limit).toContain('a11y/BP 100')
  })

  it('prints medians, every run’s performance score and what failed', () => {
    const text = lighthouseTable({
      article: summarizePage('/articles/a', [run(97, 2400, { failedAudits: ['best-practices/errors-in-console'] }), run(95, 3100), run(96, 2300)]),
    })
    expect(text).toMatch(/article \/articles\/a\s+96\s+100\s+100\s+100\s+2\.4 s\s+50\s+0\.000\s+97 95 96\s+best-practices\/errors-in-console/)
  })
})

describe('auditedPages', () => {
  const home =
    '<a href="/">Meridian</a><a href="/sections/markets">Markets</a><a href="/articles/lead-story">Lead</a>' +
    '<a href="/sections/markets/page/2">more</a><a href="/articles/second">Second</a>'
  const article =
    '<a href="/sections/markets">Markets</a><a href="/authors/mei-lin-tan">Mei Lin Tan</a><a href="/tags/japan">Japan</a><a href="/tags/yen">Yen</a>'

  it('takes the first article and section the home page links, a topic and the author of that article, and a search', () => {
    expect(auditedPages(home, article, 'japan')).toEqual({
      home: '/',
      article: '/articles/lead-story',
      section: '/sections/markets',
      tag: '/tags/japan',
      author: '/authors/mei-lin-tan',
      search: '/search?q=japan',
    })
  })

  it('says which kind of page is not linked, and where', () => {
    expect(() => auditedPages('<a href="/articles/a">A</a>', article, 'x')).toThrow('home page links no /sections/')
    expect(() => auditedPages(home, '<p>no topics</p>', 'x')).toThrow('article page links no /tags/')
  })
})
