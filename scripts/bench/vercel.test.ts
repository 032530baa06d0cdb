import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { functionsCarrying, readVercelFunctions, summarizeFunctions } from './vercel'

let project: string

/** A project with a `.vercel/output` laid out as `vercel build` writes it, with files of known sizes. */
function fakeOutput() {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'vercel-output-test-'))
  const write = (file: string, bytes: number | string) => {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
    fs.writeFileSync(path.join(project, file), typeof bytes === 'string' ? bytes : 'x'.repeat(bytes))
  }
  const functions = '.vercel/output/functions'
  // Sources outside the output that the functions' filePathMap names.
  write('.contentlayer/index/content-index.json', 1000)
  write('.contentlayer/bodies/a.json', 200)
  write('node_modules/font/a.woff2', 5000)
  // A page function, its launcher inside it, serving `/`, a page and its RSC payloads through symlinks.
  write(`${functions}/articles/[slug].func/___next_launcher.cjs`, 30)
  write(
    `${functions}/articles/[slug].func/.vc-config.json`,
    JSON.stringify({ filePathMap: { '.contentlayer/index/content-index.json': '.contentlayer/index/content-index.json', '.contentlayer/bodies/a.json': '.contentlayer/bodies/a.json' } }),
  )
  fs.symlinkSync('articles/[slug].func', path.join(project, functions, 'index.func'))
  fs.symlinkSync('[slug].func', path.join(project, functions, 'articles', '[slug].rsc.func'))
  fs.mkdirSync(path.join(project, functions, 'about.segments'))
  fs.symlinkSync('../articles/[slug].func', path.join(project, functions, 'about.segments', '_tree.segment.rsc.func'))
  fs.symlinkSync('articles/[slug].func', path.join(project, functions, 'about.func'))
  // A route handler function with a font.
  write(`${functions}/og/site.func/___next_launcher.cjs`, 30)
  write(`${functions}/og/site.func/.vc-config.json`, JSON.stringify({ filePathMap: { 'node_modules/font/a.woff2': 'node_modules/font/a.woff2' } }))
  // Prerender files beside functions are not functions.
  write(`${functions}/index.prerender-config.json`, '{}')
  return path.join(project, functions)
}

afterEach(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true })
})

describe('readVercelFunctions', () => {
  it('finds each function once, with the routes that share it, its deployed files and their size', () => {
    fakeOutput()
    const functions = readVercelFunctions(project)
    expect(functions.map((f) => f.name)).toEqual(['articles/[slug]', 'og/site'])
    const [page, og] = functions
    expect(page.routes).toEqual(['/', '/about', '/articles/[slug]'])
    expect([...page.files].sort()).toEqual(['.contentlayer/bodies/a.json', '.contentlayer/index/content-index.json', '___next_launcher.cjs'])
    expect(page.bytes).toBe(30 + 1000 + 200)
    expect(og.routes).toEqual(['/og/site'])
    expect(og.bytes).toBe(30 + 5000)
  })

  it('fails when a file the function deploys is not there', () => {
    fakeOutput()
    fs.rmSync(path.join(project, 'node_modules/font/a.woff2'))
    expect(() => readVercelFunctions(project)).toThrow(/a\.woff2/)
  })
})

describe('functionsCarrying', () => {
  it('names the functions that deploy a file, by its deployed path', () => {
    fakeOutput()
    const functions = readVercelFunctions(project)
    expect(functionsCarrying(functions, '.contentlayer/index/content-index.json')).toEqual(['articles/[slug]'])
    expect(functionsCarrying(functions, 'node_modules/font/a.woff2')).toEqual(['og/site'])
    expect(functionsCarrying(functions, '.contentlayer/index/content.db')).toEqual([])
  })
})

describe('summarizeFunctions', () => {
  it('counts the functions and names the largest', () => {
    fakeOutput()
    expect(summarizeFunctions(readVercelFunctions(project))).toEqual({
      count: 2,
      largest: { name: 'og/site', routes: 1, bytes: 5030 },
      totalBytes: 6260,
    })
  })

  it('refuses an output without functions', () => {
    expect(() => summarizeFunctions([])).toThrow(/no functions/)
  })
})
