import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createArticle, ScaffoldError, slugForHeadline, zonedTimestamp } from './scaffold'

describe('scaffold helpers', () => {
  it('turns a headline into a slug, cut at a word boundary', () => {
    expect(slugForHeadline('Yen Slides; BOJ "Watches" Closely')).toBe('yen-slides-boj-watches-closely')
    const long = slugForHeadline('word '.repeat(40))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(/^word(-word)*$/)
  })

  it('writes the wall-clock time with its zone offset', () => {
    const instant = new Date('2026-11-28T01:05:30Z')
    expect(zonedTimestamp(instant, 480)).toBe('2026-11-28T09:05:00+08:00')
    expect(zonedTimestamp(instant, -300)).toBe('2026-11-27T20:05:00-05:00')
    expect(zonedTimestamp(instant, 330)).toBe('2026-11-28T06:35:00+05:30')
    expect(zonedTimestamp(instant, 0)).toBe('2026-11-28T01:05:00+00:00')
  })
})

describe('npm run new:article', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'))
  fs.cpSync(path.join(process.cwd(), 'content', 'authors'), path.join(dir, 'authors'), { recursive: true })
  fs.cpSync(path.join(process.cwd(), 'content', 'sections'), path.join(dir, 'sections'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'articles', '2026'), { recursive: true })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('creates a draft named after the headline, and never overwrites one, in any folder', () => {
    expect(createArticle(dir, '  Port Strike Ends ')).toBe('articles/port-strike-ends.mdx')
    const text = fs.readFileSync(path.join(dir, 'articles', 'port-strike-ends.mdx'), 'utf8')
    expect(text).toContain('title: "Port Strike Ends"')
    expect(text).toContain('draft: true')
    expect(() => createArticle(dir, 'Port strike ends')).toThrow(ScaffoldError)
    fs.writeFileSync(path.join(dir, 'articles', '2026', 'yen-slides.mdx'), 'kept')
    expect(() => createArticle(dir, 'Yen slides')).toThrow(/articles\/2026\/yen-slides.mdx already exists/)
    expect(fs.readFileSync(path.join(dir, 'articles', '2026', 'yen-slides.mdx'), 'utf8')).toBe('kept')
    expect(() => createArticle(dir, ' !? ')).toThrow(/Give the headline/)
  })
})
