// Writes the content database (database.ts) from the light index, the compiled bodies and the search
// documents: the last step of the content build. The dev server keeps one open and rewrites only the
// stories that changed on each save (syncContentDatabase).
import fs from 'node:fs'
import path from 'node:path'
import Database from 'libsql'
import { CONTENT_SCHEMA, type ContentDatabase } from './database'
import { byteOrder, deleteSearchDocuments, insertSearchDocuments, type SearchDocument } from './search'
import type { ContentIndex, IndexedArticle } from './types'
import { tagSlug } from './urls'

export type DatabaseInput = {
  index: ContentIndex
  /** A compiled body's code and plain text, by body file name (IndexedArticle.bodyFile). */
  body: (bodyFile: string) => { code: string; text: string }
  searchDocuments: SearchDocument[]
}

/** The lists a story appears in (database.ts: listing); a retracted story is in none. */
export function listsOf(article: IndexedArticle): string[] {
  if (article.retracted) return []
  const tags = [...new Set(article.tags.map(tagSlug).filter(Boolean))]
  return [
    'all',
    `section:${article.section}`,
    ...tags.map((slug) => `tag:${slug}`),
    ...[...new Set(article.authors)].map((slug) => `author:${slug}`),
  ]
}

/** What `syncContentDatabase` wrote of each story: slug → its row and search document, as JSON. */
export type WrittenStories = Map<string, string>

/**
 * Makes the content database `db` (its tables created, CONTENT_SCHEMA) hold `input`, in one transaction,
 * writing only the stories whose row or search document differ from `written` (what an earlier call
 * wrote to the same database; empty for a new one) and removing stories and bodies that are gone.
 * Returns what it wrote, for the next call.
 */
export function syncContentDatabase(db: ContentDatabase, { index, body, searchDocuments }: DatabaseInput, written: WrittenStories = new Map()): WrittenStories {
  const insertArticle = db.prepare('INSERT INTO article (slug, published_ms, draft, retracted, data) VALUES (?, ?, ?, ?, ?)')
  const insertListing = db.prepare('INSERT INTO listing (list, published_ms, slug, draft) VALUES (?, ?, ?, ?)')
  const hasBody = db.prepare('SELECT 1 AS found FROM body WHERE file = ?')
  const insertBody = db.prepare('INSERT INTO body (file, code, text) VALUES (?, ?, ?)')
  const removeArticle = db.prepare('DELETE FROM article WHERE slug = ?')
  const removeListings = db.prepare('DELETE FROM listing WHERE slug = ?')
  const replaceCatalog = db.prepare('INSERT OR REPLACE INTO catalog (name, data) VALUES (?, ?)')
  const searchBySlug = new Map(searchDocuments.map((d) => [d.id, d]))
  const now: WrittenStories = new Map()
  db.transaction(() => {
    const changed: string[] = []
    for (const article of index.articles) {
      const search = searchBySlug.get(article.slug)
      const fingerprint = JSON.stringify([article, search])
      now.set(article.slug, fingerprint)
      if (written.get(article.slug) === fingerprint) continue
      if (written.has(article.slug)) changed.push(article.slug)
      removeArticle.run(article.slug)
      removeListings.run(article.slug)
      const publishedMs = Date.parse(article.published)
      const draft = article.draft ? 1 : 0
      insertArticle.run(article.slug, publishedMs, draft, article.retracted ? 1 : 0, JSON.stringify(article))
      for (const list of listsOf(article)) insertListing.run(list, publishedMs, article.slug, draft)
      if (!hasBody.get(article.bodyFile)) {
        const { code, text } = body(article.bodyFile)
        insertBody.run(article.bodyFile, code, text)
      }
    }
    const gone = [...written.keys()].filter((slug) => !now.has(slug))
    for (const slug of gone) {
      removeArticle.run(slug)
      removeListings.run(slug)
    }
    deleteSearchDocuments(db, [...changed, ...gone])
    const published = new Map(index.articles.map((a) => [a.slug, Date.parse(a.published)]))
    const toIndex = searchDocuments.filter((d) => written.get(d.id) !== now.get(d.id))
    insertSearchDocuments(db, toIndex.sort((x, y) => published.get(x.id)! - published.get(y.id)! || byteOrder(x.id, y.id)))
    if (gone.length > 0 || changed.length > 0)
      db.exec("DELETE FROM body WHERE file NOT IN (SELECT data ->> '$.bodyFile' FROM article)")
    replaceCatalog.run('authors', JSON.stringify(index.authors))
    replaceCatalog.run('sections', JSON.stringify(index.sections))
    replaceCatalog.run('tags', JSON.stringify(index.tags))
  })()
  return now
}

/**
 * Writes the content database to `file`: built under a temporary name and renamed into place, so that a
 * server reading the old one never sees half a database. Returns what it wrote, for syncContentDatabase.
 */
export function writeContentDatabase(file: string, input: DatabaseInput): WrittenStories {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.rmSync(temporary, { force: true })
  const db = new Database(temporary)
  try {
    // Nothing reads the file until it is renamed into place: no journal needed while it is written.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF')
    db.exec(CONTENT_SCHEMA)
    const written = syncContentDatabase(db, input)
    db.exec('PRAGMA optimize')
    db.close()
    fs.renameSync(temporary, file)
    return written
  } finally {
    if (db.open) db.close()
    fs.rmSync(temporary, { force: true })
  }
}

/**
 * Opens the content database at `file` for syncContentDatabase, as the dev server does while the site reads
 * it: write-ahead logging lets the site go on reading while a save is written.
 */
export function openContentDatabaseForUpdates(file: string): ContentDatabase {
  const db = new Database(file)
  db.exec('PRAGMA journal_mode = WAL')
  return db
}
