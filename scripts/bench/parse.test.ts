import zlib from 'node:zlib'
import type autocannon from 'autocannon'
import { describe, expect, it } from 'vitest'
import {
  descendants,
  gzipSize,
  loadRow,
  pageWeight,
  parseProcStatParent,
  parseProcStatusRss,
  parseRedisInfo,
  parseShellTimes,
  searchMatchCount,
  scriptSources,
  table,
  TIMES_MARKER,
  turbopackCacheCommitTime,
} from './parse'

describe('/proc parsing', () => {
  it('reads resident memory from /proc/<pid>/status in bytes', () => {
    const status = 'Name:\tnext-server\nVmPeak:\t 1200000 kB\nVmRSS:\t  204800 kB\nRssAnon:\t 150000 kB\n'
    expect(parseProcStatusRss(status)).toBe(204800 * 1024)
  })

  it('counts a process without VmRSS (a zombie or kernel thread) as zero', () => {
    expect(parseProcStatusRss('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBe(0)
  })

  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parseProcStatParent('4242 (next-server (v16.4.6)) S 4200 4242 4200 0 -1 4194560')).toBe(4200)
    expect(parseProcStatParent('17 (node) R 1 17 17 0 -1')).toBe(1)
  })

  it('finds every process below a root, and nothing beside it', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ])
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13])
  })

  it('reads CPU time of a command tree from the shell builtin times', () => {
    const output = `build output\n${TIMES_MARKER}\n0m0.010000s 0m0.002000s\n1m2.500000s 0m3.250000s\n`
    expect(parseShellTimes(output)).toBe(62_500 + 3_250)
    expect(() => parseShellTimes('no times here')).toThrow(/no CPU times/)
  })
})

describe('autocannon result → table row', () => {
  it('keeps throughput, latency percentiles and failures', () => {
    const result = {
      url: 'http://127.0.0.1:3500/',
      requests: { average: 812.4, total: 8124 },
      latency: { p50: 11, p90: 20, p97_5: 31, p99: 42 },
      errors: 1,
      timeouts: 2,
      non2xx: 3,
      duration: 10.02,
    } as unknown as autocannon.Result
    expect(loadRow(result)).toEqual({
      url: 'http://127.0.0.1:3500/',
      requestsPerSecond: 812.4,
      latencyP50Ms: 11,
      latencyP90Ms: 20,
      latencyP975Ms: 31,
      latencyP99Ms: 42,
      requests: 8124,
      errors: 3,
      non2xx: 3,
      durationSeconds: 10.02,
    })
  })

  it('prints rows as an aligned table', () => {
    expect(table(['page', 'req/s'], [['article', 812], ['home', 95]]).split('\n')).toEqual([
      'page     req/s',
      '-------  -----',
      'article    812',
      'home        95',
    ])
  })
})

describe('page weight', () => {
  const page = 'http://127.0.0.1:3500/articles/x'

  it('lists external scripts once each, resolved against the page, and ignores inline ones', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script src='/_next/static/chunks/b.js'></script>",
      '<script>self.__next_f.push([1,"src=\\"/nope.js\\""])</script>',
      '<script id="x" src=https://cdn.example.com/c.js?v=1&amp;w=2></script>',
      '<SCRIPT SRC="/_next/static/chunks/a.js"></SCRIPT>',
      '<link rel="preload" href="/_next/static/chunks/d.js" as="script">',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    ].join('')
    expect(scriptSources(html, page)).toEqual([
      'http://127.0.0.1:3500/_next/static/chunks/a.js',
      'http://127.0.0.1:3500/_next/static/chunks/b.js',
      'https://cdn.example.com/c.js?v=1&w=2',
    ])
  })

  it('measures HTML raw and gzipped, and the gzipped total of its scripts', () => {
    const html = Buffer.from('<p>hello</p>'.repeat(500))
    const scripts = [Buffer.from('console.log(1);'.repeat(100)), Buffer.from('let a = 2')]
    const weight = pageWeight(html, scripts)
    expect(weight.htmlBytes).toBe(6000)
    expect(weight.htmlGzipBytes).toBe(zlib.gzipSync(html).length)
    expect(weight.htmlGzipBytes).toBeLessThan(200)
    expect(weight.scripts).toBe(2)
    expect(weight.scriptGzipBytes).toBe(gzipSize(scripts[0]) + gzipSize(scripts[1]))
  })
})

describe('search page', () => {
  const page = (summary: string) =>
    `<main><p class="mt-6" role="status" data-search-summary="true">${summary}<q class="font-semibold">japan</q></p><ol><li>12 articles match</li></ol></main>`

  it('reads how many articles matched, as React writes the summary', () => {
    expect(searchMatchCount(page('1234<!-- --> <!-- -->articles match<!-- --> '))).toBe(1234)
    expect(searchMatchCount(page('1 article matches '))).toBe(1)
    expect(searchMatchCount(page('No articles match '))).toBe(0)
  })

  it('fails on a page without a summary, or one it cannot read', () => {
    expect(() => searchMatchCount('<p data-search-guidance>Type one or more words</p>')).toThrow(/no search summary/)
    expect(() => searchMatchCount(page('Some articles match '))).toThrow(/unreadable search summary/)
  })
})

describe('Redis INFO', () => {
  it('reads each field, skipping section headers and blank lines', () => {
    const info = '# Memory\r\nused_memory:1048576\r\nused_memory_human:1.00M\r\nmaxmemory_policy:noeviction\r\n\r\n# Other\r\nx:a:b\r\n'
    expect(parseRedisInfo(info)).toEqual({ used_memory: '1048576', used_memory_human: '1.00M', maxmemory_policy: 'noeviction', x: 'a:b' })
  })
})

describe('Turbopack dev cache', () => {
  it('reads when the cache was last written, and nothing while it is empty', () => {
    expect(turbopackCacheCommitTime('{"max_sequence_number":24,"commit_time":"2026-11-28T18:17:08.5Z"}')).toBe(Date.parse('2026-11-28T18:17:08.5Z'))
    expect(turbopackCacheCommitTime('{"max_sequence_number":0,"commit_time":"2026-11-28T18:16:36.1Z"}')).toBeUndefined()
  })
})
