import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import autocannon from 'autocannon'
import { expect, test } from '@playwright/test'

// A bounded load on loopback against the production server, after the other browser tests (see the
// "load" project in playwright.config.ts). Figures are printed for the record, not compared with times.
const TARGETS = ['/', '/articles/china-russia-firms-sign-deals-shenyang', '/sections/trade', '/search?q=china+trade']
const SECONDS_PER_TARGET = 5
const CONNECTIONS = 100
/** Resident memory may grow by this much under sustained load after the warm-up, and no more. */
const MEMORY_GROWTH_LIMIT_MB = 150

/** Resident memory of the process listening on the test server's port. */
function serverMemoryMb(port: string): number {
  const listing = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(listing)?.[1]
  if (!pid) throw new Error(`no process found listening on port ${port}`)
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(rss) / 1024
}

test(`load: ${CONNECTIONS} connections on home, article, section and search pages, no errors, memory bounded`, async ({ baseURL }) => {
  test.setTimeout(120_000)
  const port = new URL(baseURL!).port
  // Warm up with the same load first (caches fill, the heap grows to its working size), so the bound
  // measures what a second, identical load adds: a leak shows as growth after the warm-up.
  for (const path of TARGETS) await autocannon({ url: `${baseURL}${path}`, connections: CONNECTIONS, duration: SECONDS_PER_TARGET })
  const before = serverMemoryMb(port)

  for (const path of TARGETS) {
    const result = await autocannon({ url: `${baseURL}${path}`, connections: CONNECTIONS, duration: SECONDS_PER_TARGET })
    console.log(
      `${path}: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    )
    expect(result.requests.total, path).toBeGreaterThan(0)
    expect(result.errors, path).toBe(0)
    expect(result.timeouts, path).toBe(0)
    expect(result.non2xx, path).toBe(0)
  }

  const after = serverMemoryMb(port)
  console.log(`server memory: ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`)
  expect(after - before).toBeLessThan(MEMORY_GROWTH_LIMIT_MB)
})
