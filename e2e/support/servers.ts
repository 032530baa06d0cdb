// Processes the deploy tests start themselves: standalone servers (`node server.js`, as a deploy runs it)
// and a throwaway redis-server. Each is stopped by the test that started it.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * A port nothing listens on now, chosen by the system. Fixed ports let two specs running side by side pick
 * the same one, and the second server's readiness check then passed on the first server's answers.
 */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * A copy of the standalone build in a temporary folder, as a fresh deploy has it: without the pages the
 * main test server has rendered and cached since (Next keeps them in .next/server/route-cache).
 */
export function copyOfBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-build-'))
  const pageCache = path.join('.next', 'standalone', '.next', 'server', 'route-cache')
  fs.cpSync(path.join('.next', 'standalone'), dir, { recursive: true, filter: (source) => source !== pageCache })
  return dir
}

export type Running = { url: string; output: () => string; hasExited: () => boolean; stop: () => Promise<void> }

function track(child: ChildProcess, url: string): Running {
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  child.once('error', (error) => (output += `\n${error.message}`))
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  })
  return {
    url,
    output: () => output,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, running: Running, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    // One that failed at start says why at once, not after the timeout.
    if (running.hasExited()) throw new Error(`${what} exited before it was ready. Output:\n${running.output()}`)
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await running.stop()
  throw new Error(`${what} did not start within ${timeoutMs} ms. Output:\n${running.output()}`)
}

/** `node <dir>/server.js` on 127.0.0.1:port, ready when `readyPath` (the health check) answers 2xx. */
export async function startStandalone(dir: string, port: number, env: Record<string, string> = {}, readyPath = '/api/health'): Promise<Running> {
  const child = spawn(process.execPath, [path.join(dir, 'server.js')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const running = track(child, `http://127.0.0.1:${port}`)
  await waitFor(async () => (await fetch(`${running.url}${readyPath}`)).ok, `Standalone server in ${dir}`, running)
  return running
}

/** A redis-server that keeps nothing on disk, on 127.0.0.1:port. */
export async function startRedis(port: number): Promise<Running> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const running = track(child, `redis://127.0.0.1:${port}`)
  const accepts = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
  await waitFor(accepts, 'redis-server (Debian: apt-get install -y redis-server)', running, 10_000)
  return running
}

/**
 * A copy of this checkout in a temporary folder, ready to build: without build output, its dependencies
 * hard-linked, `content/` replaced by `contentDir` when given, and next.config.js wrapped so that the build
 * skips the type check that the main build has already run. Returns the folder.
 */
export async function prepareCopy(options: { contentDir?: string } = {}): Promise<string> {
  const { copyProject } = await import('../../scripts/bench/workspace')
  const root = process.cwd()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-copy-'))
  copyProject(root, dir)
  if (options.contentDir) {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true })
    fs.cpSync(options.contentDir, path.join(dir, 'content'), { recursive: true })
  }
  fs.renameSync(path.join(dir, 'next.config.js'), path.join(dir, 'next.config.site.js'))
  fs.writeFileSync(
    path.join(dir, 'next.config.js'),
    "import site from './next.config.site.js'\nexport default (...args) => ({ ...site(...args), typescript: { ignoreBuildErrors: true } })\n",
  )
  return dir
}

/**
 * A production build of a copy of this checkout (see prepareCopy), in a temporary folder; returns that
 * folder (its standalone server is in `.next/standalone`).
 */
export async function buildCopy(options: { contentDir?: string; env?: Record<string, string> } = {}): Promise<string> {
  const dir = await prepareCopy(options)
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env }
  delete env.MERIDIAN_BUILD_ID // a build of its own
  await promisify(execFile)('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
    throw new Error(`The build of ${dir} failed:\n${error.stdout}\n${error.stderr}`)
  })
  return dir
}
