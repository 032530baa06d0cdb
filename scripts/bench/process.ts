// Running the commands under measurement: wall time, and peak memory of the whole process tree
// (contentlayer2, next build and their workers), sampled from /proc.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import { descendants, parseProcStatParent, parseProcStatusRss, parseShellTimes, TIMES_MARKER } from './parse'

const SAMPLE_INTERVAL_MS = 200

function parentMap(): Map<number, number> {
  const parents = new Map<number, number>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      parents.set(Number(name), parseProcStatParent(fs.readFileSync(`/proc/${name}/stat`, 'utf8')))
    } catch {
      // the process ended between the listing and the read
    }
  }
  return parents
}

/** Resident memory of a process and everything it started, in bytes. */
export function treeRss(root: number): number {
  let total = 0
  for (const pid of descendants(root, parentMap())) {
    try {
      total += parseProcStatusRss(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    } catch {
      // ended meanwhile
    }
  }
  return total
}

/** Samples a process tree's memory until stopped; `peak` is the highest sum seen. */
export function memorySampler(root: number) {
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treeRss(root))
  }
  sample()
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS)
  return {
    get peak() {
      return peak
    },
    stop() {
      clearInterval(timer)
      return peak
    },
  }
}

export type RunResult = { wallMs: number; cpuMs: number; peakRssBytes: number; output: string }

/**
 * Runs a command to completion, measuring it; a non-zero exit throws with the end of its output.
 * CPU time (user + system of the whole tree, from the shell's `times`) is recorded beside wall time
 * because the wall time of a build on a shared machine depends on who else is busy.
 */
export function measureCommand(command: string, args: string[], options: SpawnOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const script = `"$@"; status=$?; echo ${TIMES_MARKER} >&2; times >&2; exit $status`
    const child = spawn('sh', ['-c', script, 'sh', command, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    const sampler = memorySampler(child.pid!)
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const peakRssBytes = sampler.stop()
      const wallMs = performance.now() - started
      if (code === 0) resolve({ wallMs, cpuMs: parseShellTimes(output), peakRssBytes, output })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))
    })
  })
}

/** Starts a long-running server in its own process group, so that stopping it stops its children too. */
export function startServer(command: string, args: string[], options: SpawnOptions): ChildProcess & { log: () => string } {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  return Object.assign(child, { log: () => log })
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    return
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }, 5000)
  await exited
  clearTimeout(timeout)
}

/** Polls a URL until it answers (any status below 500) or the time runs out; returns the first response's status. */
export async function waitForUrl(url: string, timeoutMs: number, child?: ChildProcess): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before ${url} answered`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) })
      await response.arrayBuffer()
      if (response.status < 500) return response.status
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number)
