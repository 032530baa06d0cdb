// The bench's Lighthouse phase: Debian's Chromium, headless, through Lighthouse's Node API with its default
// configuration (the mobile preset: a phone's screen, simulated slow 4G and a 4× slower CPU).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { summarizePage, summarizeRun, type LighthousePage, type LighthouseResultLike, type LighthouseRun } from './lighthouse'

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'

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
 * Audits each page of `pages` (name → path on `origin`) `runs` times, one Chrome for all, the pages taken in
 * turn within each round so that a burst of load on the machine spreads over all of them. Returns each page's
 * runs and their medians. Throws when a page does not load.
 */
export async function auditPages(
  origin: string,
  pages: Record<string, string>,
  runs: number,
  log: (message: string) => void,
): Promise<Record<string, LighthousePage>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  const collected: Record<string, LighthouseRun[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]))
  try {
    for (let round = 1; round <= runs; round++) {
      for (const [name, p] of Object.entries(pages)) {
        const result = await lighthouse(`${origin}${p}`, { port: chrome.port, output: 'json', logLevel: 'error' })
        const lhr = result?.lhr
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not audit ${p}: ${lhr?.runtimeError?.message ?? 'no result'}`)
        const run = summarizeRun(lhr as unknown as LighthouseResultLike)
        collected[name].push(run)
        log(`lighthouse ${round}/${runs} ${p}: perf ${run.performance}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}`)
      }
    }
  } finally {
    await chrome.kill()
  }
  return Object.fromEntries(Object.entries(pages).map(([name, p]) => [name, summarizePage(p, collected[name])]))
}
