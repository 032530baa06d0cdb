import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkFiles, loadFrontMatterCache, saveFrontMatterCache } from './check-source'

const sample = path.join(process.cwd(), 'content')

describe('front matter read by an earlier build (the build cache)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-matter-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const cacheFile = path.join(dir, 'front-matter.json')
  const titles = (checked: ReturnType<typeof checkFiles>) => checked.documents.articles.map((a) => a.title)

  it('gives every file the values a fresh parse gives, and is what the next build reads', () => {
    const parsed = checkFiles(sample)
    saveFrontMatterCache(cacheFile)
    const saved: Record<string, string> = JSON.parse(fs.readFileSync(cacheFile, 'utf8'))
    expect(Object.keys(saved).length).toBeGreaterThanOrEqual(parsed.documents.articles.length)
    loadFrontMatterCache(cacheFile)
    const again = checkFiles(sample)
    expect(again.problems).toEqual(parsed.problems)
    expect(again.documents).toEqual(parsed.documents)

    // A cached entry stands for its YAML text: change one, and the next check reads the change.
    const [key, json] = Object.entries(saved).find(([, value]) => JSON.parse(value).title === parsed.documents.articles[0].title)!
    fs.writeFileSync(cacheFile, JSON.stringify({ [key]: JSON.stringify({ ...JSON.parse(json), title: 'Read from the cache' }) }))
    loadFrontMatterCache(cacheFile)
    expect(titles(checkFiles(sample))[0]).toBe('Read from the cache')
    fs.writeFileSync(cacheFile, JSON.stringify({ [key]: json }))
    loadFrontMatterCache(cacheFile)
    expect(titles(checkFiles(sample))).toEqual(titles(parsed))
  })

  it('keeps only what JSON gives back exactly, and ignores a cache it cannot read', () => {
    const content = path.join(dir, 'content')
    fs.mkdirSync(path.join(content, 'sections'), { recursive: true })
    fs.writeFileSync(path.join(content, 'sections', 'odd.yaml'), 'name: .nan\ndescription: -0\norder: 1\n')
    const first = checkFiles(content)
    saveFrontMatterCache(cacheFile)
    expect(Object.values(JSON.parse(fs.readFileSync(cacheFile, 'utf8')))).not.toContain(JSON.stringify({ name: null, description: 0, order: 1 }))
    fs.writeFileSync(cacheFile, '{not json')
    loadFrontMatterCache(cacheFile)
    expect(checkFiles(content).problems).toEqual(first.problems)
    expect(first.problems.map((p) => p.field)).toEqual(['name', 'description'])
  })
})
