import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentBuilder, type CheckedContent } from './content-build'
import { contentDir as sampleContentDir, publicDir } from '../content/paths'

// The dev server builds the content again on every save, reading and compiling only the files that
// changed. Whatever it does, the result must be what a full build of the same files gives.
describe('content builder, called again after changes (npm run dev)', { timeout: 60_000 }, () => {
  let root: string
  let contentDir: string
  const dirs = () => ({ contentDir, publicDir, bodiesDir: path.join(root, 'bodies'), cacheDirs: [] })
  const file = (rel: string) => path.join(contentDir, rel)
  const edit = (rel: string, change: (text: string) => string) => {
    const before = fs.readFileSync(file(rel), 'utf8')
    const after = change(before)
    expect(after).not.toBe(before)
    fs.writeFileSync(file(rel), after)
  }
  const fullBuild = () => contentBuilder(dirs())()
  // Everything a build hands on, without the per-run compile count.
  const outcome = (result: CheckedContent) => ({
    problems: result.problems,
    documents: result.documents,
    index: result.index,
    keys: Object.fromEntries(result.bodies.keys),
  })

  let rebuild: () => Promise<CheckedContent>
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-builder-'))
    contentDir = path.join(root, 'content')
    fs.cpSync(sampleContentDir, contentDir, { recursive: true })
    rebuild = contentBuilder(dirs())
    const first = await rebuild()
    expect(first.problems).toEqual([])
  })
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  it('after a body and a title are edited, compiles the one body and gives what a full build gives', async () => {
    edit('articles/india-gdp-growth-quarter.mdx', (t) => `${t}\nOne more paragraph, added in the test.\n`)
    edit('articles/asia-bond-issuance-record-year.mdx', (t) => t.replace(/^title: .*$/m, 'title: "A new headline from the test"'))
    const result = await rebuild()
    expect(result.bodies.compiledCount).toBe(1)
    expect(result.index?.articles.find((a) => a.slug === 'asia-bond-issuance-record-year')?.title).toBe('A new headline from the test')
    expect(outcome(result)).toEqual(outcome(await fullBuild()))
  })

  it('with nothing changed, reads and compiles nothing', async () => {
    const before = outcome(await rebuild())
    const result = await rebuild()
    expect(result.bodies.compiledCount).toBe(0)
    expect(outcome(result)).toEqual(before)
  })

  it('reports a broken file as a full build does, then recovers when it is fixed', async () => {
    const rel = 'articles/hong-kong-banks-property-loans.mdx'
    const good = fs.readFileSync(file(rel), 'utf8')
    edit(rel, (t) => t.replace(/^title: .*$/m, 'title: [unclosed'))
    const broken = await rebuild()
    expect(broken.problems.map((p) => p.file)).toEqual([`content/${rel}`])
    expect(outcome(broken)).toEqual(outcome(await fullBuild()))

    fs.writeFileSync(file(rel), good.replace(/\n---\n/, '\n---\n\nA body with <broken markup.\n'))
    const badBody = await rebuild()
    expect(badBody.problems.map((p) => `${p.file} ${p.field}`)).toEqual([expect.stringMatching(`content/${rel} body`)])
    expect(outcome(badBody)).toEqual(outcome(await fullBuild()))

    fs.writeFileSync(file(rel), good)
    const fixed = await rebuild()
    expect(fixed.problems).toEqual([])
    expect(outcome(fixed)).toEqual(outcome(await fullBuild()))
  })

  it('after a file is deleted, reports the links to it that are left, as a full build does', async () => {
    fs.rmSync(file('articles/yen-slides-intervention-watch.mdx'))
    const result = await rebuild()
    expect(result.problems.some((p) => p.file === 'content/articles/asia-lng-prices-winter-demand.mdx')).toBe(true)
    expect(outcome(result)).toEqual(outcome(await fullBuild()))
  })
})
