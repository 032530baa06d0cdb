// Writes the content database (database.ts) from the light index, the compiled bodies and the search
// documents: the last step of the content build, and what the dev server redoes on every save.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'libsql'
import { CONTENT_SCHEMA, type ContentDatabase } from './database'
import { insertSearchDocuments, type SearchDocument } from './search'
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

/** Creates the tables in an empty database `db` and fills them from `input`, in one transaction. */
export function fillContentDatabase(db: ContentDatabase, { index, body, searchDocuments }: DatabaseInput) {
  db.exec(CONTENT_SCHEMA)
  const insertArticle = db.prepare('INSERT INTO article (slug, published_ms, draft, retracted, data) VALUES (?, ?, ?, ?, ?)')
  const insertListing = db.prepare('INSERT INTO listing (list, published_ms, slug, draft) VALUES (?, ?, ?, ?)')
  const insertBody = db.prepare('INSERT OR IGNORE INTO body (file, code, text) VALUES (?, ?, ?)')
  const insertCatalog = db.prepare('INSERT INTO catalog (name, data) VALUES (?, ?)')
  db.transaction(() => {
    for (const article of index.articles) {
      const publishedMs = Date.parse(article.published)
      const draft = article.draft ? 1 : 0
      insertArticle.run(article.slug, publishedMs, draft, article.retracted ? 1 : 0, JSON.stringify(article))
      for (const list of listsOf(article)) insertListing.run(list, publishedMs, article.slug, draft)
      const { code, text } = body(article.bodyFile)
      insertBody.run(article.bodyFile, code, text)
    }
    insertCatalog.run('authors', JSON.stringify(index.authors))
    insertCatalog.run('sections', JSON.stringify(index.sections))
    insertCatalog.run('tags', JSON.stringify(index.tags))
    insertSearchDocuments(db, searchDocuments)
  })()
}

/**
 * Writes the content database to `file`: built under a temporary name and renamed into place, so that a
 * server reading the old one (the dev server, while an editor saves) never sees half a database.
 * Returns its size in bytes.
 */
export function writeContentDatabase(file: string, input: DatabaseInput): number {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.rmSync(temporary, { force: true })
  const db = new Database(temporary)
  try {
    // Nothing reads the file until it is renamed into place: no journal needed while it is written.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF')
    fillContentDatabase(db, input)
    db.exec('PRAGMA optimize')
  } finally {
    db.close()
  }
  fs.renameSync(temporary, file)
  return fs.statSync(file).size
}
