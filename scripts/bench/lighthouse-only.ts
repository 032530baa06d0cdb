// `npm run bench -- --lighthouse-only [--url http://127.0.0.1:3000[,http://127.0.0.1:3001]] [--lighthouse-runs 3] [--port 3500]`:
// the bench's Lighthouse phase alone, on this checkout's existing production build (`npm run build`) or on
// sites already running at --url, to measure a change in a few minutes. Two or more URLs (e.g. the build
// before a change and the build after it, each served on its own port) are audited side by side, page by
// page, so that both meet the same load on a shared machine. Writes bench/results/<date>-lighthouse.json.
import { execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { lighthouseBudgets, lighthouseTable, auditedPages, firstLink, type LighthouseBudget, type LighthousePage } from './lighthouse'
import { auditSites, CHROMIUM } from './lighthouse-run'
import { table } from './parse'
import { loadAverage, startServer, stopServer, waitForUrl } from './process'

/** The word the search page is audited with: it names a place in the sample and in the generated newsroom. */
export const LIGHTHOUSE_SEARCH_WORD = 'japan'

type LighthouseResults = {
  date: string
  machine: { cpus: number; node: string; chromium: string; lighthouse: string; loadAverageBefore: number[]; loadAverageAfter: number[] }
  runs: number
  /** One entry per audited site, in the order of --url. */
  sites: { origin: string; pages: Record<string, LighthousePage>; budgets: LighthouseBudget[] }[]
}

/** Serves this checkout's standalone build as `npm start` does, on 127.0.0.1:`port`. */
async function startBuild(projectDir: string, port: number): Promise<ChildProcess> {
  if (!fs.existsSync(path.join(projectDir, '.next', 'standalone', 'server.js')))
    throw new Error('No production build: run `npm run build` first (or pass --url of a running site).')
  const server = startServer(process.execPath, ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  try {
    await waitForUrl(`http://127.0.0.1:${port}/api/health`, 60_000, server)
  } catch (error) {
    await stopServer(server)
    throw new Error(`${(error as Error).message}\n${server.log().slice(-2000)}`)
  }
  return server
}

export async function lighthouseOnly(options: { projectDir: string; port: number; runs: number; url?: string; log: (message: string) => void }) {
  const { projectDir, port, runs, log } = options
  const started = new Date()
  const loadAverageBefore = loadAverage()
  const server = options.url ? undefined : await startBuild(projectDir, port)
  const origins = (options.url ?? `http://127.0.0.1:${port}`).split(',').map((url) => url.trim().replace(/\/+$/, ''))
  const origin = origins[0]
  try {
    const html = async (p: string) => {
      const response = await fetch(`${origin}${p}`)
      if (response.status !== 200) throw new Error(`${origin}${p} answered ${response.status}`)
      return response.text()
    }
    const home = await html('/')
    const pages = auditedPages(home, await html(firstLink(home, 'articles') ?? '/'), LIGHTHOUSE_SEARCH_WORD)
    log(`Lighthouse, ${runs} run(s) of ${Object.values(pages).join(', ')} on ${origins.join(', ')}; load average ${loadAverageBefore.join(' ')}`)
    const audited = await auditSites(origins, pages, runs, log)
    const results: LighthouseResults = {
      date: started.toISOString(),
      machine: {
        cpus: os.cpus().length,
        node: process.version,
        chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(),
        lighthouse: JSON.parse(fs.readFileSync(path.join(projectDir, 'node_modules/lighthouse/package.json'), 'utf8')).version,
        loadAverageBefore,
        loadAverageAfter: loadAverage(),
      },
      runs,
      sites: origins.map((o) => ({ origin: o, pages: audited[o], budgets: lighthouseBudgets(audited[o]) })),
    }
    const resultsDir = path.join(projectDir, 'bench', 'results')
    fs.mkdirSync(resultsDir, { recursive: true })
    const file = path.join(resultsDir, `${started.toISOString().slice(0, 10)}-lighthouse.json`)
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    console.log(
      [
        `Lighthouse mobile, ${runs} run(s) a page, load average ${loadAverageBefore.join(' ')} → ${results.machine.loadAverageAfter.join(' ')}`,
        ...results.sites.flatMap((site) => [
          `${site.origin}\n\n${lighthouseTable(site.pages)}`,
          table(['budget', 'limit', 'measured', ''], site.budgets.map((b) => [b.name, b.limit, b.measured, b.met ? 'ok' : 'MISSED'])),
        ]),
        `Written to ${path.relative(projectDir, file)}`,
      ].join('\n\n'),
    )
  } finally {
    if (server) await stopServer(server)
  }
}
