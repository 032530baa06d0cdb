import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import matter from 'gray-matter'
import leven from 'leven'
import { EDIT, editArticle, generateArticle, generatedSlug, READER_QUERIES, readNewsroomInputs, VOCABULARY, writeNewsroom } from './generate'
import { copyProject } from './workspace'
import { storedArticles } from '../../tests/support/content-database'

const projectDir = process.cwd()
const inputs = readNewsroomInputs(projectDir)
const now = new Date('2026-11-28T12:00:00Z')
const bodyOf = (source: string) => source.slice(source.indexOf('---', 3) + 3)
const words = (text: string) => text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length

describe('synthetic newsroom', () => {
  it('writes bodies of about 600 words with headings, a list and every MDX component', () => {
    for (const i of [0, 1, 500, 999]) {
      const body = bodyOf(generateArticle(i, 1000, inputs, now).source)
      expect(words(body)).toBeGreaterThan(500)
      expect(words(body)).toBeLessThan(750)
      expect(body).toMatch(/^## /m)
      expect(body).toMatch(/^- /m)
      for (const component of ['AlsoOn', 'PullQuote', 'FactBox', 'Figure']) expect(body).toContain(`<${component}`)
    }
  })

  it('is the same on every run, and links only to other generated articles', () => {
    const article = generateArticle(7, 50, inputs, now)
    expect(generateArticle(7, 50, inputs, now)).toEqual(article)
    const targets = [...article.source.matchAll(/(?:<AlsoOn slug="|- slug: )([a-z0-9-]+)/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(0)
    const slugs = new Set(Array.from({ length: 50 }, (_, i) => generatedSlug(i)))
    for (const target of targets) {
      expect(slugs.has(target)).toBe(true)
      expect(target).not.toBe(article.slug)
    }
  })

  it('publishes newest first and never in the future', () => {
    const published = (i: number) => /^published: (.*)$/m.exec(generateArticle(i, 10, inputs, now).source)![1]
    expect(Date.parse(published(0))).toBeLessThan(now.getTime())
    expect(Date.parse(published(1))).toBeLessThan(Date.parse(published(0)))
    expect(published(0)).toMatch(/\+00:00$/)
  })

  it("edits an article as an editor would: the title and the body's first sentence, the rest unchanged", () => {
    for (const i of [0, 3, 999]) {
      const { source } = generateArticle(i, 1000, inputs, now)
      const before = matter(source)
      const after = matter(editArticle(source))
      expect(after.data.title).toBe(`${before.data.title}${EDIT.titleSuffix}`)
      expect(after.content).toBe(before.content.replace(/^\n/, `\n${EDIT.sentence} `))
      expect({ ...after.data, title: before.data.title }).toEqual(before.data)
    }
    expect(() => editArticle('no front matter')).toThrow(/not a generated article/)
  })

  it("searches with the generator's own words, a prefix of one and a near spelling of one", () => {
    const words = (list: readonly string[]) => list.map((w) => w.toLowerCase())
    expect(VOCABULARY.PLACES).toContain(READER_QUERIES.place)
    expect(VOCABULARY.SUBJECTS).toContain(READER_QUERIES.subject)
    const [place, measure] = READER_QUERIES['two words'].split(' ')
    expect(VOCABULARY.PLACES).toContain(place)
    expect(VOCABULARY.MEASURES).toContain(measure)
    const vocabulary = words([...VOCABULARY.SUBJECTS, ...VOCABULARY.TAGS])
    // A prefix of 4+ characters that is no word itself; a misspelling one or two edits from a word.
    expect(READER_QUERIES.prefix.length).toBeGreaterThanOrEqual(4)
    expect(vocabulary).not.toContain(READER_QUERIES.prefix)
    expect(vocabulary.some((w) => w.startsWith(READER_QUERIES.prefix))).toBe(true)
    expect(vocabulary).not.toContain(READER_QUERIES.typo)
    expect(Math.min(...vocabulary.map((w) => leven(w, READER_QUERIES.typo)))).toBe(1)
  })

  describe('in a copy of the project', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-generate-test-'))
    // Removing some 60,000 hard-linked dependency files takes longer than a hook's default 10 s on a busy machine.
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }), 60_000)

    it('passes the real content build and check (npm run content), and leaves content/ here untouched', () => {
      const before = fs.readdirSync(path.join(projectDir, 'content', 'articles'))
      copyProject(projectDir, dir)
      writeNewsroom(dir, 40)
      execFileSync('npm', ['run', 'content'], { cwd: dir, stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
      const index = { articles: storedArticles(dir) }
      expect(index.articles).toHaveLength(40)
      expect(index.articles[0].slug).toBe(generatedSlug(0))
      expect(index.articles.every((a: { mentions: string[] }) => a.mentions.length === 1)).toBe(true)
      expect(fs.readdirSync(path.join(projectDir, 'content', 'articles'))).toEqual(before)
    }, 180_000)
  })
})
