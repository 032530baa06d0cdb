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
 * `linkNodeModules` links the build's node_modules (which the server only reads) instead of copying them,
 * a copy of some 250 MB that takes half a minute on a busy machine.
 */
export function copyOfBuild(options: { linkNodeModules?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-build-'))
  const standalone = path.join('.next', 'standalone')
  const pageCache = path.join(standalone, '.next', 'server', 'route-cache')
  const nodeModules = path.join(standalone, 'node_modules')
  fs.cpSync(standalone, dir, { recursive: true, filter: (source) => source !== pageCache && !(options.linkNodeModules && source === nodeModules) })
  if (options.linkNodeModules) fs.symlinkSync(path.resolve(nodeModules), path.join(dir, 'node_modules'))
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
 * hard-linked, `content/` replaced by `contentDir` when given, `files` (path relative to the project: text)
 * written into it, and next.config.js wrapped so that the build skips the type check that the main build
 * has already run. Returns the folder.
 */
export async function prepareCopy(options: { contentDir?: string; files?: Record<string, string> } = {}): Promise<string> {
  const { copyProject } = await import('../../scripts/bench/workspace')
  const root = process.cwd()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-copy-'))
  copyProject(root, dir)
  if (options.contentDir) {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true })
    fs.cpSync(options.contentDir, path.join(dir, 'content'), { recursive: true })
  }
  for (const [file, text] of Object.entries(options.files ?? {})) fs.writeFileSync(path.join(dir, file), text)
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
export async function buildCopy(
  options: { contentDir?: string; files?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<string> {
  const dir = await prepareCopy(options)
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env }
  delete env.MERIDIAN_BUILD_ID // a build of its own
  await promisify(execFile)('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
    throw new Error(`The build of ${dir} failed:\n${error.stdout}\n${error.stderr}`)
  })
  return dir
}

/** libfaketime, which shifts the clock of the process it is preloaded into (Debian: apt-get install -y libfaketime). */
function libfaketime(): string | undefined {
  return fs
    .readdirSync('/usr/lib')
    .map((dir) => path.join('/usr/lib', dir, 'faketime', 'libfaketime.so.1'))
    .find((file) => fs.existsSync(file))
}

const NGINX_MISSING = 'nginx is not installed: apt-get install -y nginx libfaketime (e2e/nginx.spec.ts runs the README recipe with it)'

/** `nginx -t` on the README recipe in front of `upstream` (host:port); its output, or throws with it. */
export async function checkNginxConfig(upstream: string): Promise<string> {
  const { writeNginxConfig } = await import('../../scripts/bench/nginx')
  const { dir, args } = writeNginxConfig({ listenPort: await freePort(), upstream })
  try {
    const { stderr } = await promisify(execFile)('nginx', [...args, '-t'])
    return stderr
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string }
    throw new Error(e.code === 'ENOENT' ? NGINX_MISSING : `nginx -t failed:\n${e.stderr}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * nginx running the README recipe (deploy/nginx/meridian.conf) on a free 127.0.0.1 port in front of
 * `upstream` (host:port), everything it writes in a temporary folder. With `clockFile`, nginx's clock is
 * shifted by the seconds written there as `+N` (libfaketime, re-read on every call), so a test can move
 * it past a cache lifetime instead of waiting. Ready when `/api/health` answers through it.
 */
export async function startNginx(upstream: string, options: { clockFile?: string } = {}): Promise<Running> {
  await checkNginxConfig(upstream) // also says how to install nginx when it is missing
  const { writeNginxConfig } = await import('../../scripts/bench/nginx')
  const port = await freePort()
  const clock = options.clockFile ? { FAKETIME_TIMESTAMP_FILE: options.clockFile, FAKETIME_NO_CACHE: '1' } : undefined
  // nginx clears its workers' environment: the variables libfaketime reads there must be kept explicitly.
  const { dir, args } = writeNginxConfig({ listenPort: port, upstream, mainDirectives: clock ? Object.keys(clock).map((name) => `env ${name};`) : [] })
  let preload: Record<string, string> = {}
  if (clock) {
    const library = libfaketime()
    if (!library) throw new Error('libfaketime is not installed: apt-get install -y libfaketime')
    preload = { LD_PRELOAD: library, ...clock }
  }
  const child = spawn('nginx', args, { env: { ...process.env, ...preload }, stdio: ['ignore', 'pipe', 'pipe'] })
  const running = track(child, `http://127.0.0.1:${port}`)
  const stop = running.stop
  running.stop = async () => {
    await stop() // SIGTERM: nginx's fast shutdown, workers included
    fs.rmSync(dir, { recursive: true, force: true })
  }
  await waitFor(async () => (await fetch(`${running.url}/api/health`)).ok, `nginx in ${dir}`, running, 10_000)
  return running
}
