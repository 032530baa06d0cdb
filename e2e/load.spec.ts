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
/** Identical loads before the one measured. */
const WARM_UP_LOADS = 2

/** Resident memory of the process listening on the test server's port, now. */
function residentMb(port: string): number {
  const listing = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(listing)?.[1]
  if (!pid) throw new Error(`no process found listening on port ${port}`)
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(rss) / 1024
}

/**
 * The server's resident memory once the load has passed: the lowest of a few readings over two seconds.
 * One reading lands anywhere in the garbage collector's cycle (tens of MB apart on this server under the
 * search load); the lowest is what the server keeps, which is what grows when it leaks.
 */
async function serverMemoryMb(port: string): Promise<number> {
  const readings: number[] = []
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    readings.push(residentMb(port))
  }
  return Math.min(...readings)
}

test(`load: ${CONNECTIONS} connections on home, article, section and search pages, no errors, memory bounded`, async ({ baseURL }) => {
  test.setTimeout(240_000)
  const port = new URL(baseURL!).port
  const load = async (record: boolean) => {
    for (const path of TARGETS) {
      const result = await autocannon({ url: `${baseURL}${path}`, connections: CONNECTIONS, duration: SECONDS_PER_TARGET })
      if (!record) continue
      console.log(
        `${path}: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ` +
          `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      )
      expect(result.requests.total, path).toBeGreaterThan(0)
      expect(result.errors, path).toBe(0)
      expect(result.timeouts, path).toBe(0)
      expect(result.non2xx, path).toBe(0)
    }
  }
  // Warm up with the same load first (caches fill, the heap grows to its working size), so the bound
  // measures what one more identical load adds: a leak grows with every load, the heap's working size
  // does not. Node 24's collector took two loads here to reach that size, Node 20's one.
  for (let round = 0; round < WARM_UP_LOADS; round++) await load(false)
  const before = await serverMemoryMb(port)
  await load(true)
  const after = await serverMemoryMb(port)
  console.log(`server memory: ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`)
  expect(after - before).toBeLessThan(MEMORY_GROWTH_LIMIT_MB)
})
