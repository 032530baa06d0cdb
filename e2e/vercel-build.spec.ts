import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import micromatch from 'micromatch'
import { contentDatabaseFile } from '../lib/content/paths'
import { storedArticles } from '../tests/support/content-database'
import { glyphFiles } from '../lib/seo/og-glyphs'
import { FUNCTION_SIZE_LIMIT_BYTES, linkVercelProject, readVercelFunctions, summarizeFunctions, vercelBuildCommand, type VercelFunction } from '../scripts/bench/vercel'
import { buildRoutes, EXTRA_URLS, PER_REQUEST_PAGES } from './support/routes'
import { prepareCopy } from './support/servers'

// The site as Vercel deploys it: `vercel build` (the CLI pinned in devDependencies, offline, with the project
// linked by hand) on a copy of this checkout, once for production and once for a preview deploy, and its
// output (Build Output API v3, .vercel/output) checked against what the standalone server of the main build
// (the server the other tests use) does. Both builds share one copy, one after the other; the copy holds one
// draft article, which only the preview may show.

type Target = 'production' | 'preview'
type Route = { src: string; headers?: Record<string, string>; status?: number; has?: unknown; missing?: unknown; handle?: string }
type OutputConfig = { version: number; routes: Route[]; images?: { contentSecurityPolicy?: string } }
type PrerenderConfig = {
  expiration: number | false
  staleExpiration?: number
  fallback: { fsPath: string } | null
  initialHeaders?: Record<string, string>
}
type Build = { outputDir: string; config: OutputConfig; functions: VercelFunction[] }

const PREVIEW_GIT = { VERCEL_GIT_COMMIT_REF: 'feature/vercel-build-check', VERCEL_GIT_COMMIT_SHA: '5e1d0c9b8a7f6e5d4c3b2a190817f6e5d4c3b2a1' }
const DRAFT_SLUG = 'vercel-build-check-draft'
/** The newest story, so that a preview shows it on the home page, and a draft, so that production never does. */
const draftFile = () => `---
title: "Vercel Build Check: A Draft Only Preview Deploys Show"
dek: "A draft article that exists only in the copy built by this test."
published: ${new Date(Date.now() - 60 * 60 * 1000).toISOString()}
authors: [owen-gallagher]
section: trade
draft: true
---

Drafts are shown, marked as drafts, in preview deploys, and nowhere in production.
`
/** Security headers: the standalone server sends each on every response; a Vercel deploy must too. */
const SECURITY_HEADERS = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'x-robots-tag']

let copy: string
const builds = {} as Record<Target, Build>

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(480_000)
  copy = await prepareCopy()
  fs.writeFileSync(path.join(copy, 'content', 'articles', `${DRAFT_SLUG}.mdx`), draftFile())
  linkVercelProject(copy)
  for (const target of ['production', 'preview'] as const) {
    const { command, args, env } = vercelBuildCommand(copy, target, { ...process.env, ...(target === 'preview' ? PREVIEW_GIT : {}) })
    const started = performance.now()
    await promisify(execFile)(command, args, { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
      throw new Error(`vercel build (${target}) failed:\n${error.stdout}\n${error.stderr}`)
    })
    const seconds = (performance.now() - started) / 1000
    // Read now: the next build replaces the files that the functions' filePathMap points to.
    const functions = readVercelFunctions(copy)
    const outputDir = path.join(copy, '.vercel', `output-${target}`)
    fs.renameSync(path.join(copy, '.vercel', 'output'), outputDir)
    const config: OutputConfig = JSON.parse(fs.readFileSync(path.join(outputDir, 'config.json'), 'utf8'))
    builds[target] = { outputDir, config, functions }
    const { count, largest } = summarizeFunctions(functions)
    console.log(`vercel build (${target}): ${seconds.toFixed(0)} s, ${count} functions, largest ${largest.name} (${largest.routes} routes) ${(largest.bytes / 1024 ** 2).toFixed(1)} MiB uncompressed`)
  }
})

test.afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true })
})

const targets = ['production', 'preview'] as const
/** The proxy (proxy.ts) runs before routes; Next gives it no route's files. */
const routeFunctions = (target: Target) => builds[target].functions.filter((f) => !f.routes.includes('/_middleware'))
const functionServing = (target: Target, route: string) => {
  const fn = builds[target].functions.find((f) => f.routes.includes(route))
  if (!fn) throw new Error(`No ${target} function serves ${route}`)
  return fn
}
const missingFrom = (fn: VercelFunction, files: Iterable<string>) => [...files].filter((file) => !fn.files.has(file))

/** Files of the copy that a glob of outputFileTracingIncludes names (`./.contentlayer/index/**`), relative. */
function expand(glob: string): string[] {
  const scan = micromatch.scan(glob)
  if (!scan.isGlob) return fs.existsSync(path.join(copy, glob)) ? [path.normalize(glob)] : []
  const base = path.join(copy, scan.base)
  if (!fs.existsSync(base)) return []
  return fs
    .readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((file) => path.relative(copy, path.join(base, file)))
    .filter((file) => micromatch.isMatch(file, glob, { dot: true }) && fs.statSync(path.join(copy, file)).isFile())
}

test('every app route is deployed, each function under the size limit', () => {
  for (const target of targets) {
    const deployed = new Set(builds[target].functions.flatMap((f) => f.routes))
    for (const { route } of buildRoutes()) expect(deployed.has(route), `${target}: ${route}`).toBe(true)
    for (const fn of builds[target].functions) {
      expect(fn.bytes, `${target}: ${fn.name} (${(fn.bytes / 1024 ** 2).toFixed(1)} MiB)`).toBeLessThan(FUNCTION_SIZE_LIMIT_BYTES)
    }
  }
})

test('each function carries what next.config.js adds to its routes, and nothing it leaves out', () => {
  const { config } = JSON.parse(fs.readFileSync(path.join(copy, '.next', 'required-server-files.json'), 'utf8'))
  const includes: Record<string, string[]> = config.outputFileTracingIncludes
  const excludes: Record<string, string[]> = config.outputFileTracingExcludes
  expect(Object.keys(includes).length).toBeGreaterThan(0)
  for (const target of targets) {
    for (const fn of routeFunctions(target)) {
      for (const route of fn.routes) {
        for (const [pattern, globs] of Object.entries(includes)) {
          if (!micromatch.isMatch(route, pattern, { dot: true })) continue
          for (const glob of globs) {
            const files = expand(glob)
            expect(files.length, `${glob} names no file`).toBeGreaterThan(0)
            expect(missingFrom(fn, files), `${target}: ${fn.name} serves ${route}, which ${pattern} gives ${glob}`).toEqual([])
          }
        }
      }
      const left = Object.entries(excludes).flatMap(([pattern, globs]) =>
        fn.routes.some((route) => micromatch.isMatch(route, pattern, { dot: true })) ? [...fn.files].filter((f) => micromatch.isMatch(f, globs, { dot: true })) : [],
      )
      expect(left, `${target}: ${fn.name}`).toEqual([])
    }
  }
})

test('the content the routes read at run time is in their functions, and the fonts and emoji of share images', async () => {
  expect(storedArticles(copy).some((a) => a.slug === DRAFT_SLUG)).toBe(true)
  // The content database, and the SQLite engine that reads it (a native module, which tracing must not miss).
  const content = [path.relative(process.cwd(), contentDatabaseFile), 'node_modules/@libsql/linux-x64-gnu/index.node']
  const glyphs = await glyphFiles()
  for (const target of targets) {
    // Every route reads the content through lib/content, which opens the content database.
    for (const fn of routeFunctions(target)) expect(missingFrom(fn, content), `${target}: ${fn.name}`).toEqual([])
    for (const route of ['/og/site', '/og/articles/[slug]']) {
      expect(missingFrom(functionServing(target, route), glyphs), `${target}: ${route}`).toEqual([])
    }
  }
})

const prerenderConfigFile = (outputDir: string, url: string) => path.join(outputDir, 'functions', `${url === '/' ? 'index' : url.slice(1)}.prerender-config.json`)
const readPrerender = (outputDir: string, url: string): PrerenderConfig | undefined => {
  const file = prerenderConfigFile(outputDir, url)
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined
}

test('the pages the standalone build prerenders are prerendered, with the ISR timing its server sends', async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8'))
  const { outputDir } = builds.production
  const prerendered = Object.keys(manifest.routes as Record<string, unknown>)
  expect(prerendered.length).toBeGreaterThan(20)
  for (const url of prerendered) {
    const config = readPrerender(outputDir, url)
    // Static metadata files (app/favicon.ico, app/apple-icon.png) are deployed as plain files.
    const staticFile = path.join(outputDir, 'static', url)
    if (!config && fs.existsSync(staticFile)) {
      expect(fs.statSync(staticFile).size, url).toBeGreaterThan(0)
      continue
    }
    expect(config, `${url}: no prerender config`).toBeDefined()
    const fallback = config!.fallback && path.join(path.dirname(prerenderConfigFile(outputDir, url)), config!.fallback.fsPath)
    expect(fallback && fs.statSync(fallback).size, `${url}: prerendered body`).toBeGreaterThan(0)
    // A CDN caches the page as long as the standalone server tells one to: s-maxage, then stale-while-revalidate.
    if (url.startsWith('/_')) continue // Next's error pages: answered through other URLs, checked in headers.spec.ts
    const sent = (await request.get(url)).headers()['cache-control']
    const expected = config!.expiration === false ? config!.initialHeaders?.['cache-control'] : `s-maxage=${config!.expiration}, stale-while-revalidate=${config!.staleExpiration! - config!.expiration}`
    expect(sent, url).toBe(expected)
  }
  // Pages not prerendered render on their first request and are then cached like the others (ISR).
  for (const route of Object.keys(manifest.dynamicRoutes as Record<string, unknown>)) {
    expect(readPrerender(outputDir, route)?.fallback, `${route}: ISR template`).toBeNull()
  }
  // Search results and the API answer each request afresh.
  for (const url of [...PER_REQUEST_PAGES, '/api/health']) expect(readPrerender(outputDir, url), url).toBeUndefined()
})

/** The headers config.json's routes add to a response for `pathname` (the routes before `handle`), by lower-case name. */
function configHeaders(config: OutputConfig, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const route of config.routes) {
    if (route.handle) break
    if (!route.headers || route.status || route.has || route.missing || !new RegExp(route.src).test(pathname)) continue
    for (const [name, value] of Object.entries(route.headers)) headers[name.toLowerCase()] = value
  }
  return headers
}

/** Headers of the `handle: "hit"` phase: what Vercel adds to a file served from the output's static files. */
function staticFileHeaders(config: OutputConfig, pathname: string): Record<string, string> {
  const hit = config.routes.slice(config.routes.findIndex((r) => r.handle === 'hit') + 1)
  const phase = hit.slice(0, hit.findIndex((r) => r.handle))
  return Object.assign({}, ...phase.filter((r) => r.headers && new RegExp(r.src).test(pathname)).map((r) => r.headers))
}

const directives = (value = '') => value.split(',').map((d) => d.trim()).sort()

const headerUrls = () => [...buildRoutes().map((r) => r.url), EXTRA_URLS.onDemandArticle, EXTRA_URLS.notFound, EXTRA_URLS.unknownArticle, EXTRA_URLS.publicImage]

test('config.json adds the security and cache headers the standalone server sends', async ({ request }) => {
  const { config } = builds.production
  expect(config.version).toBe(3)
  for (const url of headerUrls()) {
    const pathname = new URL(url, 'http://x').pathname
    const sent = (await request.get(url, { maxRedirects: 0 })).headers()
    const configured = configHeaders(config, pathname)
    for (const [name, value] of Object.entries(configured)) expect(sent[name], `${url} ${name}`).toBe(value)
    for (const name of SECURITY_HEADERS) expect(configured[name], `${url} ${name}`).toBe(sent[name])
  }
  // Optimized images: Vercel's image service sends the policy of next.config.js images, as the server does.
  const image = (await request.get(EXTRA_URLS.optimizedImage)).headers()
  expect(config.images?.contentSecurityPolicy).toBe(image['content-security-policy'])
  // Hashed assets: immutable on both.
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get('/')).text())![1]
  expect(directives(staticFileHeaders(config, asset)['cache-control'])).toEqual(directives((await request.get(asset)).headers()['cache-control']))
})

/** Every file of an output folder, read as text, with its path; symlinked functions are not followed. */
function outputFiles(outputDir: string) {
  return fs
    .readdirSync(outputDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.lstatSync(path.join(outputDir, file)).isFile())
    .map((file) => ({ file, text: () => fs.readFileSync(path.join(outputDir, file), 'utf8') }))
}

test('the preview deploy is kept out of search engines and shows drafts; production does neither', () => {
  const [production, preview] = [builds.production, builds.preview]
  for (const url of headerUrls()) {
    const pathname = new URL(url, 'http://x').pathname
    expect(configHeaders(preview.config, pathname), url).toEqual({ ...configHeaders(production.config, pathname), 'x-robots-tag': 'noindex' })
    expect(configHeaders(production.config, pathname)['x-robots-tag'], url).toBeUndefined()
  }
  const pages = (build: Build) => outputFiles(build.outputDir).filter(({ file }) => file.endsWith('.prerender-fallback.html'))
  const robots = /<meta name="robots" content="noindex/
  // Next's own pages: its 500 page has no site layout (the header above covers it); its 404 page is noindex
  // in production too.
  const sitePages = (build: Build) => pages(build).filter(({ file }) => !path.basename(file).startsWith('_'))
  const previewPages = sitePages(preview)
  expect(previewPages.length).toBeGreaterThan(20)
  for (const page of previewPages) expect(robots.test(page.text()), page.file).toBe(true)
  for (const page of sitePages(production)) expect(robots.test(page.text()), page.file).toBe(false)

  const draftUrl = `/articles/${DRAFT_SLUG}`
  expect(fs.readFileSync(path.join(preview.outputDir, 'functions', 'index.prerender-fallback.html'), 'utf8')).toContain(`href="${draftUrl}"`)
  const draftPage = fs.readFileSync(path.join(preview.outputDir, 'functions', `${draftUrl.slice(1)}.prerender-fallback.html`), 'utf8')
  expect(draftPage).toContain('Vercel Build Check: A Draft Only Preview Deploys Show')
  // Production: not a page, not a link, not a feed or sitemap entry anywhere in the output.
  expect(outputFiles(production.outputDir).filter(({ text }) => text().includes(DRAFT_SLUG)).map(({ file }) => file)).toEqual([])
})
