// `vercel build` in a project copy, and what its output (Build Output API v3, `.vercel/output`) deploys as
// functions. Used by the bench (size of the largest function) and by e2e/vercel-build.spec.ts.
import fs from 'node:fs'
import path from 'node:path'
import { measureCommand } from './process'

/**
 * Vercel's limit on one function's files, uncompressed: 250 MiB, the figure `vercel build` itself checks
 * against (MAX_LAMBDA_UNCOMPRESSED_SIZE in @vercel/build-utils). A deploy with a larger function fails.
 */
export const FUNCTION_SIZE_LIMIT_BYTES = 250 * 1024 * 1024

/**
 * Links the project at `dir` to a Vercel project the way `vercel link` would, without asking Vercel: the
 * framework is named, so `vercel build` needs no project settings from the network. The install step is
 * skipped: the copy already has this checkout's dependencies (hard links that an install must not touch).
 * `.vercel/` is local to a checkout (git-ignored, as Vercel's docs say), so this is written in copies only.
 */
export function linkVercelProject(dir: string): void {
  fs.mkdirSync(path.join(dir, '.vercel'), { recursive: true })
  const settings = { framework: 'nextjs', installCommand: '' }
  fs.writeFileSync(
    path.join(dir, '.vercel', 'project.json'),
    `${JSON.stringify({ projectId: 'prj_meridian_local', orgId: 'team_meridian_local', settings }, null, 2)}\n`,
  )
}

/**
 * The command that builds `dir` as Vercel builds a deploy of the given target, offline: the CLI's
 * telemetry and update check are off, and VERCEL_ENV is set as Vercel sets it (the CLI does not).
 * Run it in `dir` after linkVercelProject(dir); it writes `dir/.vercel/output`.
 */
export function vercelBuildCommand(dir: string, target: 'production' | 'preview', env: NodeJS.ProcessEnv = process.env) {
  const buildEnv: NodeJS.ProcessEnv = {
    ...env,
    VERCEL_ENV: target,
    VERCEL_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete buildEnv.MERIDIAN_BUILD_ID // a build of its own
  const args = ['build', '--yes', ...(target === 'production' ? ['--prod'] : [])]
  return { command: path.join(dir, 'node_modules', '.bin', 'vercel'), args, env: buildEnv }
}

export type VercelFunction = {
  /** Its directory under .vercel/output/functions, without `.func`: `articles/[slug]`. */
  name: string
  /** Every route the function serves (Vercel groups routes into shared functions with symlinks), sorted. */
  routes: string[]
  /** Paths of its files as deployed, relative to the function's root: `.contentlayer/index/content.db`. */
  files: Set<string>
  /** Uncompressed size of those files. */
  bytes: number
}

/** `articles/[slug].rsc` and `about.segments/…` are the RSC payload routes of a page; `index` is `/`. */
function routeOf(funcPath: string): string {
  const route = funcPath.replace(/\.func$/, '').replace(/\.segments\/.*$/, '').replace(/\.rsc$/, '')
  return route === 'index' ? '/' : `/${route}`
}

/**
 * The functions of the `vercel build` output in `projectDir`/.vercel/output. A function is a `*.func`
 * directory with a `.vc-config.json`; its files are those inside it plus those its `filePathMap` names
 * (deployed path → source path relative to `projectDir`, which must still hold that build's files). Routes
 * that share a function are `*.func` symlinks to it. Throws when a mapped file is missing.
 */
export function readVercelFunctions(projectDir: string): VercelFunction[] {
  const functionsDir = path.join(projectDir, '.vercel', 'output', 'functions')
  const entries = fs.readdirSync(functionsDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.func'))
  const byRealPath = new Map<string, VercelFunction>()
  for (const entry of entries.filter((p) => !fs.lstatSync(path.join(functionsDir, p)).isSymbolicLink())) {
    const dir = path.join(functionsDir, entry)
    const config = JSON.parse(fs.readFileSync(path.join(dir, '.vc-config.json'), 'utf8')) as { filePathMap?: Record<string, string> }
    const files = new Set<string>()
    let bytes = 0
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const stat = fs.statSync(path.join(dir, file))
      if (!stat.isFile() || file === '.vc-config.json') continue
      files.add(file.split(path.sep).join('/'))
      bytes += stat.size
    }
    for (const [deployed, source] of Object.entries(config.filePathMap ?? {})) {
      files.add(deployed)
      bytes += fs.statSync(path.join(projectDir, source)).size
    }
    byRealPath.set(fs.realpathSync(dir), { name: entry.replace(/\.func$/, ''), routes: [], files, bytes })
  }
  for (const entry of entries) {
    const fn = byRealPath.get(fs.realpathSync(path.join(functionsDir, entry)))
    if (!fn) throw new Error(`${entry} is no function directory (no .vc-config.json)`)
    const route = routeOf(entry)
    if (!fn.routes.includes(route)) fn.routes.push(route)
  }
  for (const fn of byRealPath.values()) fn.routes.sort()
  return [...byRealPath.values()].sort((a, b) => a.name.localeCompare(b.name))
}

export type FunctionSummary = { count: number; largest: { name: string; routes: number; bytes: number }; totalBytes: number }

/** How many functions a deploy has and the largest of them (the one nearest FUNCTION_SIZE_LIMIT_BYTES). */
export function summarizeFunctions(functions: VercelFunction[]): FunctionSummary {
  if (functions.length === 0) throw new Error('The Vercel output has no functions')
  const largest = functions.reduce((a, b) => (b.bytes > a.bytes ? b : a))
  return {
    count: functions.length,
    largest: { name: largest.name, routes: largest.routes.length, bytes: largest.bytes },
    totalBytes: functions.reduce((sum, f) => sum + f.bytes, 0),
  }
}

/** The names of the functions that deploy `file` (a path relative to the function's root), sorted. */
export function functionsCarrying(functions: VercelFunction[], file: string): string[] {
  return functions.filter((f) => f.files.has(file)).map((f) => f.name).sort()
}

/**
 * Links `dir` (a built or unbuilt project copy), runs `vercel build` for production there with `env` (e.g.
 * CONTENT_REDIS_URL) and reads the functions it wrote: wall and CPU time (ms) and peak memory of the build's
 * process tree (bytes), and the functions (readVercelFunctions). Throws with the end of the CLI's output
 * when the build fails.
 */
export async function measureVercelBuild(dir: string, env: NodeJS.ProcessEnv = process.env) {
  linkVercelProject(dir)
  const { command, args, env: buildEnv } = vercelBuildCommand(dir, 'production', env)
  const { wallMs, cpuMs, peakRssBytes } = await measureCommand(command, args, { cwd: dir, env: buildEnv })
  return { build: { wallMs: Math.round(wallMs), cpuMs, peakRssBytes }, functions: readVercelFunctions(dir) }
}
