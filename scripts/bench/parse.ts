// Pure helpers that turn raw measurements into figures: /proc files, autocannon results, HTML.
import zlib from 'node:zlib'
import type autocannon from 'autocannon'

/** Resident memory in bytes from the text of /proc/<pid>/status (0 for a process without memory, e.g. a zombie). */
export function parseProcStatusRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  return match ? Number(match[1]) * 1024 : 0
}

/** The parent pid from the text of /proc/<pid>/stat; the command name may itself hold spaces and parentheses. */
export function parseProcStatParent(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[1])
}

/** Every pid below `root` (and root itself), given each process's parent. */
export function descendants(root: number, parentOf: Map<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid])
  const found: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift()!
    found.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return found
}

export const TIMES_MARKER = '--- times ---'

/**
 * CPU milliseconds (user + system) of a shell's children, from the output of the `times` builtin
 * printed after TIMES_MARKER: one line for the shell itself, then one for its children, e.g. "1m2.500s 0m0.250s".
 */
export function parseShellTimes(output: string): number {
  const after = output.slice(output.lastIndexOf(TIMES_MARKER) + TIMES_MARKER.length)
  const lines = after.trim().split('\n')
  if (output.lastIndexOf(TIMES_MARKER) < 0 || lines.length < 2) throw new Error('no CPU times in the output')
  const ms = (value: string) => {
    const match = /^(\d+)m([\d.]+)s$/.exec(value)
    if (!match) throw new Error(`unreadable CPU time "${value}"`)
    return Number(match[1]) * 60_000 + Number(match[2]) * 1000
  }
  const [user, system] = lines[1].trim().split(/\s+/)
  return Math.round(ms(user) + ms(system))
}

/**
 * When Turbopack last wrote its persistent dev cache, from the CURRENT file of its cache folder
 * (`{"max_sequence_number":24,"commit_time":"2026-11-28T18:17:08.1Z"}`); undefined while it has written nothing.
 */
export function turbopackCacheCommitTime(current: string): number | undefined {
  const { max_sequence_number: sequence, commit_time: time } = JSON.parse(current) as { max_sequence_number?: number; commit_time?: string }
  return sequence && time ? Date.parse(time) : undefined
}

export type LoadRow = {
  url: string
  requestsPerSecond: number
  latencyP50Ms: number
  /** autocannon reports p90 and p97.5, no p95: the p95 lies between these two. */
  latencyP90Ms: number
  latencyP975Ms: number
  latencyP99Ms: number
  requests: number
  errors: number
  non2xx: number
  durationSeconds: number
}

export function loadRow(result: autocannon.Result): LoadRow {
  return {
    url: result.url,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP90Ms: result.latency.p90,
    latencyP975Ms: result.latency.p97_5,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    durationSeconds: result.duration,
  }
}

/**
 * How many articles the search page found, from its summary ("12 articles match", "1 article matches",
 * "No articles match"; React may put `<!-- -->` between the number and the words). Throws when the page has
 * no summary.
 */
export function searchMatchCount(html: string): number {
  const summary = /data-search-summary[^>]*>(.*?)<q\b/s.exec(html)?.[1].replace(/<!-- -->/g, '')
  if (summary === undefined) throw new Error('no search summary (data-search-summary) in the page')
  if (/^\s*No articles match/.test(summary)) return 0
  const count = /^\s*(\d+)\s+articles? match/.exec(summary)
  if (!count) throw new Error(`unreadable search summary "${summary}"`)
  return Number(count[1])
}

/** The fields of a Redis INFO reply ("# Memory\r\nused_memory:1048576\r\n…"): name → value. */
export function parseRedisInfo(info: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of info.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0 && !line.startsWith('#')) fields[line.slice(0, colon)] = line.slice(colon + 1)
  }
  return fields
}

/** The external scripts a page loads: <script src> values, resolved against the page URL, in order, once each. */
export function scriptSources(html: string, pageUrl: string): string[] {
  const sources = new Set<string>()
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0])
    const value = src && (src[1] ?? src[2] ?? src[3])
    if (value) sources.add(new URL(value.replace(/&amp;/g, '&'), pageUrl).href)
  }
  return [...sources]
}

export const gzipSize = (bytes: Buffer | string) => zlib.gzipSync(bytes).length

export type PageWeight = { htmlBytes: number; htmlGzipBytes: number; scripts: number; scriptGzipBytes: number }

export function pageWeight(html: Buffer, scripts: Buffer[]): PageWeight {
  return {
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
    scripts: scripts.length,
    scriptGzipBytes: scripts.reduce((sum, s) => sum + gzipSize(s), 0),
  }
}

/** A fixed-width text table for the terminal. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
