// Writes the content database (database.ts) from the light index, the compiled bodies and the search
// documents: the last step of the content build. Only the stories that changed since the database was last
// written are rewritten: a build starts from the previous build's database (kept in the build cache), and the
// dev server keeps one open and syncs it on each save.
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import Database from 'libsql'
import { CONTENT_SCHEMA, type ContentDatabase } from '../content/database'
import { packText } from '../content/packed-text'
import { byteOrder, deleteSearchDocuments, insertSearchDocuments, type SearchDocument } from '../content/search'
import type { ContentIndex, IndexedArticle } from '../content/types'
import { tagSlug } from '../content/urls'

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

/** What a sync wrote of each story: slug → its row and search document, as JSON (write-redis.ts keeps these). */
export type WrittenStories = Map<string, string>

/** A story's row and search document, as one value that changes whenever either does. */
const fingerprintOf = (article: IndexedArticle, search: SearchDocument | undefined) =>
  createHash('sha256').update(JSON.stringify([article, search])).digest('base64url')

/**
 * What the stored rows depend on besides the content: the schema, the tokenizer and this writer (their source
 * files and the SQLite binding's version). A database written by another version is not updated but rewritten.
 */
function writerFingerprint(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'))
  const hash = createHash('sha256').update(String(pkg.dependencies?.libsql))
  for (const file of ['../content/database.ts', '../content/packed-text.ts', '../content/search.ts', './write-database.ts', '../text/fold.ts', '../text/graphemes.ts'])
    hash.update(fs.readFileSync(new URL(file, import.meta.url)))
  return hash.digest('base64url')
}

/**
 * Makes the content database `db` (its tables created, CONTENT_SCHEMA) hold `input`, in one transaction,
 * writing only the stories whose row or search document changed since the database was last written (it
 * keeps a fingerprint of each: table `written`) and removing stories and bodies that are gone. Stories are
 * indexed for search oldest first (search.ts: RANKED_WINDOW). Returns how many stories it wrote and removed.
 */
export function syncContentDatabase(db: ContentDatabase, { index, body, searchDocuments }: DatabaseInput): { written: number; removed: number } {
  const insertArticle = db.prepare('INSERT INTO article (slug, published_ms, draft, retracted, data) VALUES (?, ?, ?, ?, ?)')
  const insertListing = db.prepare('INSERT INTO listing (list, published_ms, slug, draft) VALUES (?, ?, ?, ?)')
  const hasBody = db.prepare('SELECT 1 AS found FROM body WHERE file = ?')
  const insertBody = db.prepare('INSERT INTO body (file, code, text) VALUES (?, ?, ?)')
  const removeArticle = db.prepare('DELETE FROM article WHERE slug = ?')
  const removeListings = db.prepare('DELETE FROM listing WHERE slug = ?')
  const record = db.prepare('INSERT OR REPLACE INTO written (slug, fingerprint) VALUES (?, ?)')
  const unrecord = db.prepare('DELETE FROM written WHERE slug = ?')
  const replaceCatalog = db.prepare('INSERT OR REPLACE INTO catalog (name, data) VALUES (?, ?)')
  const searchBySlug = new Map(searchDocuments.map((d) => [d.id, d]))
  const before = new Map((db.prepare('SELECT slug, fingerprint FROM written').all() as { slug: string; fingerprint: string }[]).map((r) => [r.slug, r.fingerprint]))
  const changed: IndexedArticle[] = []
  let gone: string[] = []
  db.transaction(() => {
    const current = new Set<string>()
    for (const article of index.articles) {
      current.add(article.slug)
      const fingerprint = fingerprintOf(article, searchBySlug.get(article.slug))
      if (before.get(article.slug) === fingerprint) continue
      changed.push(article)
      record.run(article.slug, fingerprint)
      if (before.has(article.slug)) {
        removeArticle.run(article.slug)
        removeListings.run(article.slug)
      }
      const publishedMs = Date.parse(article.published)
      const draft = article.draft ? 1 : 0
      insertArticle.run(article.slug, publishedMs, draft, article.retracted ? 1 : 0, JSON.stringify(article))
      for (const list of listsOf(article)) insertListing.run(list, publishedMs, article.slug, draft)
      if (!hasBody.get(article.bodyFile)) {
        const { code, text } = body(article.bodyFile)
        insertBody.run(article.bodyFile, packText(code), packText(text))
      }
    }
    gone = [...before.keys()].filter((slug) => !current.has(slug))
    for (const slug of gone) {
      removeArticle.run(slug)
      removeListings.run(slug)
      unrecord.run(slug)
    }
    deleteSearchDocuments(db, [...changed.map((a) => a.slug).filter((slug) => before.has(slug)), ...gone])
    const oldestFirst = changed.sort((x, y) => Date.parse(x.published) - Date.parse(y.published) || byteOrder(x.slug, y.slug))
    insertSearchDocuments(db, oldestFirst.flatMap((a) => searchBySlug.get(a.slug) ?? []))
    if (gone.length > 0 || changed.some((a) => before.has(a.slug)))
      db.exec("DELETE FROM body WHERE file NOT IN (SELECT data ->> '$.bodyFile' FROM article)")
    replaceCatalog.run('authors', JSON.stringify(index.authors))
    replaceCatalog.run('sections', JSON.stringify(index.sections))
    replaceCatalog.run('tags', JSON.stringify(index.tags))
  })()
  return { written: changed.length, removed: gone.length }
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

/**
 * Writes the content database to `file`. When `previous` is a database an earlier build wrote (kept in the
 * build cache) by this same writer, it starts from a copy of it and rewrites only the stories that changed;
 * otherwise from an empty one. Built under a temporary name and renamed into place, so that a server reading
 * the old one never sees half a database. Returns how many stories it wrote and removed.
 */
export function writeContentDatabase(file: string, input: DatabaseInput, previous?: string): { written: number; removed: number } {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.rmSync(temporary, { force: true })
  const writer = writerFingerprint()
  const reuse = previous !== undefined && storedWriter(previous) === writer
  if (reuse) fs.copyFileSync(previous, temporary, fs.constants.COPYFILE_FICLONE)
  const db = new Database(temporary)
  try {
    // Nothing reads the file until it is renamed into place: no journal needed while it is written.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF')
    if (!reuse) {
      db.exec(CONTENT_SCHEMA)
      db.prepare("INSERT INTO catalog (name, data) VALUES ('writer', ?)").run(JSON.stringify(writer))
    }
    const counts = syncContentDatabase(db, input)
    db.exec('PRAGMA optimize')
    // Rollback journal, whatever the copy had: a server on a read-only file system cannot open a WAL database.
    db.exec('PRAGMA journal_mode = DELETE')
    db.close()
    fs.renameSync(temporary, file)
    return counts
  } finally {
    if (db.open) db.close()
    fs.rmSync(temporary, { force: true })
  }
}

/** The writer fingerprint a content database was written with; undefined when there is none or it is no content database. */
function storedWriter(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined
  try {
    const db = new Database(file, { readonly: true })
    try {
      const row = db.prepare("SELECT data FROM catalog WHERE name = 'writer'").get() as { data: string } | undefined
      return row && JSON.parse(row.data)
    } finally {
      db.close()
    }
  } catch {
    return undefined
  }
}
