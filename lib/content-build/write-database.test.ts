import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'libsql'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtureAuthors, fixtureSections, indexedArticle } from '@/tests/fixtures/content'
import { CONTENT_SCHEMA, openContentDatabase, sqliteSource, type ContentDatabase } from '../content/database'
import type { SearchDocument } from '../content/search'
import { tagTable } from './tags'
import type { ContentIndex, IndexedArticle } from '../content/types'
import { syncContentDatabase, writeContentDatabase, type DatabaseInput } from './write-database'

const NOW = new Date('2026-11-28T12:00:00Z')

function input(articles: IndexedArticle[], bodyText: (slug: string) => string = (slug) => `Body of ${slug}.`): DatabaseInput {
  const index: ContentIndex = { sections: fixtureSections, authors: fixtureAuthors, articles, tags: tagTable(articles, [], NOW) }
  const searchDocuments: SearchDocument[] = articles.map((a) => ({
    id: a.slug,
    title: a.title,
    dek: a.dek,
    body: bodyText(a.slug),
    authors: '',
    section: a.section,
    tags: a.tags.join(', '),
  }))
  const bySlug = new Map(articles.map((a) => [a.bodyFile, a.slug]))
  return { index, searchDocuments, body: (file) => ({ code: `code of ${file}`, text: bodyText(bySlug.get(file)!) }) }
}

/** Everything a reader could get from the database, in a form that compares. */
function dump(db: ContentDatabase) {
  const rows = (sql: string) => db.prepare(sql).all()
  const search = sqliteSource(db)
  return Promise.all(['yen', 'copper', 'rice', 'slides', 'recovers', 'markets', 'coper'].map((q) => search.search(q))).then((hits) => ({
    article: rows('SELECT slug, published_ms, draft, retracted, data FROM article ORDER BY slug'),
    listing: rows('SELECT * FROM listing ORDER BY list, published_ms, slug'),
    body: rows('SELECT * FROM body ORDER BY file'),
    catalog: rows('SELECT * FROM catalog ORDER BY name'),
    search: hits.map((h) => h.map((m) => m.slug).sort()),
  }))
}

/** A new database holding `data`. */
const fresh = (data: DatabaseInput) => {
  const db = new Database(':memory:')
  db.exec(CONTENT_SCHEMA)
  syncContentDatabase(db, data)
  return db
}

describe('the content database, kept in step with content that changes (npm run dev)', () => {
  const a = indexedArticle('yen-slides', '2026-11-20T00:00:00.000Z', { title: 'Yen slides', tags: ['Japan'] })
  const b = indexedArticle('copper-rallies', '2026-11-21T00:00:00.000Z', { title: 'Copper rallies', tags: ['Metals'] })
  const c = indexedArticle('rice-harvest', '2026-11-22T00:00:00.000Z', { title: 'Rice harvest', section: 'trade' })
  const d = indexedArticle('copper-miners', '2026-11-23T00:00:00.000Z', { title: 'Copper miners', retracted: { date: '2026-11-24T00:00:00.000Z', note: 'Wrong.' } })

  it('holds what a database written from scratch holds, after stories are added, changed, retracted and removed', async () => {
    const db = fresh(input([a, b, c]))
    const after = input(
      [{ ...a, title: 'Yen recovers', tags: ['Japan', 'Currencies'] }, { ...c, draft: true, bodyFile: 'rice-harvest-2.json' }, d],
      (slug) => (slug === 'rice-harvest' ? 'Farmers expect copper demand.' : `Body of ${slug}.`),
    )
    expect(syncContentDatabase(db, after)).toEqual({ written: 3, removed: 1 })
    expect(await dump(db)).toEqual(await dump(fresh(after)))
  })

  it('writes nothing for stories that did not change', () => {
    const db = fresh(input([a, b]))
    db.prepare("UPDATE article SET data = json_set(data, '$.title', 'untouched') WHERE slug = 'yen-slides'").run()
    expect(syncContentDatabase(db, input([a, b]))).toEqual({ written: 0, removed: 0 })
    expect(db.prepare("SELECT data ->> '$.title' AS title FROM article WHERE slug = 'yen-slides'").get()).toMatchObject({ title: 'untouched' })
  })
})

describe('the content database file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-db-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('replaces the one before in one step, and is read-only for the server', async () => {
    const file = path.join(dir, 'content.db')
    writeContentDatabase(file, input([indexedArticle('first', '2026-11-20T00:00:00.000Z')]))
    const reader = openContentDatabase(file)
    writeContentDatabase(file, input([indexedArticle('second', '2026-11-21T00:00:00.000Z')]))
    // A reader keeps the file it opened, whole; a new reader sees the new one.
    expect((await sqliteSource(reader).list('all', { preview: false, nowMs: NOW.getTime(), offset: 0, limit: 10 })).slugs).toEqual(['first'])
    expect((await sqliteSource(openContentDatabase(file)).list('all', { preview: false, nowMs: NOW.getTime(), offset: 0, limit: 10 })).slugs).toEqual(['second'])
    expect(() => reader.exec('DELETE FROM article')).toThrow()
    expect(fs.readdirSync(dir)).toEqual(['content.db'])
  })

  it('starts from the previous build’s database when the same writer wrote it, else from nothing', () => {
    const first = path.join(dir, 'first.db')
    const second = path.join(dir, 'second.db')
    const stories = [indexedArticle('one', '2026-11-20T00:00:00.000Z'), indexedArticle('two', '2026-11-21T00:00:00.000Z')]
    expect(writeContentDatabase(first, input(stories))).toEqual({ written: 2, removed: 0 })
    const edited = [{ ...stories[0], title: 'Edited' }, indexedArticle('three', '2026-11-22T00:00:00.000Z')]
    expect(writeContentDatabase(second, input(edited), first)).toEqual({ written: 2, removed: 1 })
    const db = new Database(first)
    db.prepare("UPDATE catalog SET data = '\"another writer\"' WHERE name = 'writer'").run()
    db.close()
    expect(writeContentDatabase(second, input(edited), first)).toEqual({ written: 2, removed: 0 })
    expect(writeContentDatabase(second, input(edited), path.join(dir, 'missing.db'))).toEqual({ written: 2, removed: 0 })
    const written = openContentDatabase(second)
    expect(written.prepare('PRAGMA journal_mode').get()).toMatchObject({ journal_mode: 'delete' })
  })

  it('names the build step to run when there is none', () => {
    expect(() => openContentDatabase(path.join(dir, 'missing.db'))).toThrow(/npm run content/)
  })
})
