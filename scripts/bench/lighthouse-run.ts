// The bench's Lighthouse phase: Debian's Chromium, headless, through Lighthouse's Node API with its default
// configuration (the mobile preset: a phone's screen, simulated slow 4G and a 4× slower CPU).
import fs from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { summarizePage, summarizeRun, type LighthousePage, type LighthouseResultLike, type LighthouseRun } from './lighthouse'

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/** Throws, saying how to install it, when there is no Chromium at CHROMIUM. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`The Lighthouse phase needs Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROME_PATH)`)
}

// No network but the site's own, nothing that competes with the page for the CPU.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Audits each page of `pages` (name → path) on each site of `origins`, `runs` times, one Chrome for all. Each
 * round takes every page of every site in turn, so that a burst of load on the shared machine spreads over
 * all of them and two builds compared side by side meet the same load. Returns, per origin, each page's runs
 * and their medians. Throws when a page does not load.
 */
export async function auditSites(
  origins: string[],
  pages: Record<string, string>,
  runs: number,
  log: (message: string) => void,
): Promise<Record<string, Record<string, LighthousePage>>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  const collected = new Map(origins.map((origin) => [origin, new Map(Object.keys(pages).map((name) => [name, [] as LighthouseRun[]]))]))
  try {
    for (let round = 1; round <= runs; round++) {
      for (const [name, p] of Object.entries(pages)) {
        for (const origin of origins) {
          const result = await lighthouse(`${origin}${p}`, { port: chrome.port, output: 'json', logLevel: 'error' })
          const lhr = result?.lhr
          if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not audit ${origin}${p}: ${lhr?.runtimeError?.message ?? 'no result'}`)
          const run = summarizeRun(lhr as unknown as LighthouseResultLike)
          collected.get(origin)!.get(name)!.push(run)
          log(`lighthouse ${round}/${runs} ${origin}${p}: perf ${run.performance}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}`)
        }
      }
    }
  } finally {
    await chrome.kill()
  }
  return Object.fromEntries(
    origins.map((origin) => [origin, Object.fromEntries(Object.entries(pages).map(([name, p]) => [name, summarizePage(p, collected.get(origin)!.get(name)!)]))]),
  )
}

/** auditSites for one site. */
export async function auditPages(origin: string, pages: Record<string, string>, runs: number, log: (message: string) => void) {
  return (await auditSites([origin], pages, runs, log))[origin]
}
