// The content database: everything the site reads at run time, in one SQLite file that the content build
// writes (write-database.ts) and the server opens read-only. SQLite reads only the pages a query touches, so
// a server's memory and start-up time do not grow with the archive, and one file is easy to carry into a
// standalone server or to copy. libsql is SQLite with a prebuilt N-API binary: the same one runs on every
// supported Node version, with nothing to compile on install.
//
// Tables:
// - article: one row per story (drafts, scheduled and retracted ones included), the IndexedArticle as JSON
//   plus the columns queries filter on;
// - listing: one row per story and list it appears in: `all`, `section:<slug>`, `tag:<slug>`,
//   `author:<slug>`; retracted stories are in none. Its key orders each list newest first;
// - body: each compiled body (code and plain text, packed: packed-text.ts) by its body file name;
// - catalog: the authors, sections and topics, each as one JSON list (they are few), and the writer's version;
// - written: a fingerprint of each story as last written, so that the next build rewrites only what changed
//   (write-database.ts);
// - search: the full-text index (search.ts).
import fs from 'node:fs'
import Database from 'libsql'
import type { IndexedArticle, IndexedAuthor, IndexedSection, IndexedTag } from './types'
import { unpackText } from './packed-text'
import { searchDatabase, SEARCH_SCHEMA, type SearchMatch } from './search'

export type ContentDatabase = InstanceType<typeof Database>

export const CONTENT_SCHEMA = `
CREATE TABLE article (
  slug TEXT PRIMARY KEY,
  published_ms INTEGER NOT NULL,
  draft INTEGER NOT NULL,
  retracted INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE listing (
  list TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  slug TEXT NOT NULL,
  draft INTEGER NOT NULL,
  PRIMARY KEY (list, published_ms DESC, slug)
) WITHOUT ROWID;
CREATE INDEX listing_by_slug ON listing (slug);
CREATE TABLE body (file TEXT PRIMARY KEY, code BLOB NOT NULL, text BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE catalog (name TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE written (slug TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID;
${SEARCH_SCHEMA}
`

/** Which stories a query may return: drafts only in preview; nothing published after `nowMs` unless preview. */
export type Visibility = { preview: boolean; nowMs: number }

/** One page of a list: slugs newest first (ties by slug), and how many the whole list holds. */
type ListPage = { slugs: string[]; total: number }

/** What the store needs from wherever the content lives. Every method answers from the stored content as it is now. */
export type ContentSource = {
  catalog(): Promise<{ authors: IndexedAuthor[]; sections: IndexedSection[]; tags: IndexedTag[] }>
  /**
   * Up to `limit` visible stories of a list (`all`, `section:<slug>`, `tag:<slug>`, `author:<slug>`), newest
   * first, after skipping `offset`; `sinceMs`: only stories published at or after it. `total` counts the
   * list's visible stories (from `sinceMs` on, when given).
   */
  list(list: string, query: Visibility & { offset: number; limit: number; sinceMs?: number }): Promise<ListPage>
  /** Whether a list has any story, scheduled ones included (drafts only in preview). */
  hasList(list: string, preview: boolean): Promise<boolean>
  /** The lists whose name starts with `prefix` (e.g. `tag:`) that have a visible story, with their newest one's slug. */
  newestPerList(prefix: string, visibility: Visibility): Promise<{ list: string; slug: string }[]>
  /** The stories with these slugs, in the same order; unknown slugs are left out. */
  articles(slugs: string[]): Promise<IndexedArticle[]>
  /** A compiled body: its code and plain text. Throws when the body is missing. */
  body(bodyFile: string): Promise<{ code: string; text: string }>
  /** Full-text matches, best first, drafts and all: the store decides which a reader may see. */
  search(query: string): Promise<SearchMatch[]>
  /** Which of these slugs are visible stories that are not retracted (for search hits), in the given order. */
  searchable(slugs: string[], visibility: Visibility): Promise<string[]>
}

const maxDraft = (preview: boolean) => (preview ? 1 : 0)
// In preview, scheduled stories are shown: no upper bound on the publication time.
const until = ({ preview, nowMs }: Visibility) => (preview ? Number.MAX_SAFE_INTEGER : nowMs)

/**
 * Opens the content database at `file` read-only. Throws when there is none (the content build writes it:
 * `npm run content`, part of `npm run build`).
 */
export function openContentDatabase(file: string): ContentDatabase {
  // Checked here: SQLite would make an empty database of a missing file.
  if (!fs.existsSync(file)) throw new Error(`No content database at ${file}: run "npm run content" (part of "npm run build") first.`)
  return new Database(file, { readonly: true })
}

/** A ContentSource over an open content database. */
export function sqliteSource(db: ContentDatabase): ContentSource {
  const listPage = db.prepare(
    `SELECT slug FROM listing WHERE list = ?1 AND published_ms <= ?2 AND published_ms >= ?3 AND draft <= ?4
     ORDER BY published_ms DESC, slug LIMIT ?5 OFFSET ?6`,
  )
  const listTotal = db.prepare(
    'SELECT count(*) AS n FROM listing WHERE list = ?1 AND published_ms <= ?2 AND published_ms >= ?3 AND draft <= ?4',
  )
  const anyInList = db.prepare('SELECT 1 AS found FROM listing WHERE list = ?1 AND draft <= ?2 LIMIT 1')
  const lists = db.prepare(
    `SELECT list, (SELECT l.slug FROM listing l WHERE l.list = lists.list AND l.published_ms <= ?2 AND l.draft <= ?3
                   ORDER BY l.published_ms DESC, l.slug LIMIT 1) AS slug
     FROM (SELECT DISTINCT list FROM listing WHERE list > ?1 AND list < ?1 || char(1114111)) AS lists`,
  )
  const articleRows = db.prepare(
    'SELECT a.data AS data FROM json_each(?1) AS wanted JOIN article a ON a.slug = wanted.value ORDER BY wanted.key',
  )
  const bodyRow = db.prepare('SELECT code, text FROM body WHERE file = ?1')
  const catalogRows = db.prepare('SELECT name, data FROM catalog')
  const searchableRows = db.prepare(
    `SELECT a.slug AS slug FROM json_each(?1) AS wanted JOIN article a ON a.slug = wanted.value
     WHERE a.published_ms <= ?2 AND a.draft <= ?3 AND a.retracted = 0 ORDER BY wanted.key`,
  )
  const engine = searchDatabase(db)

  return {
    async catalog() {
      const rows = catalogRows.all() as { name: string; data: string }[]
      const value = (name: string) => JSON.parse(rows.find((r) => r.name === name)?.data ?? '[]')
      return { authors: value('authors'), sections: value('sections'), tags: value('tags') }
    },
    async list(list, { offset, limit, sinceMs = 0, ...visibility }) {
      const bounds = [list, until(visibility), sinceMs, maxDraft(visibility.preview)]
      const slugs = (listPage.all(...bounds, limit, offset) as { slug: string }[]).map((r) => r.slug)
      const { n } = listTotal.get(...bounds) as { n: number }
      return { slugs, total: n }
    },
    async hasList(list, preview) {
      return anyInList.get(list, maxDraft(preview)) !== undefined
    },
    async newestPerList(prefix, visibility) {
      const rows = lists.all(prefix, until(visibility), maxDraft(visibility.preview)) as { list: string; slug: string | null }[]
      return rows.flatMap((r) => (r.slug === null ? [] : [{ list: r.list, slug: r.slug }]))
    },
    async articles(slugs) {
      if (slugs.length === 0) return []
      return (articleRows.all(JSON.stringify(slugs)) as { data: string }[]).map((r) => JSON.parse(r.data))
    },
    async body(bodyFile) {
      const row = bodyRow.get(bodyFile) as { code: Uint8Array; text: Uint8Array } | undefined
      if (!row) throw new Error(`No body ${bodyFile} in the content database`)
      return { code: unpackText(row.code), text: unpackText(row.text) }
    },
    async search(query) {
      return engine(query)
    },
    async searchable(slugs, visibility) {
      if (slugs.length === 0) return []
      const rows = searchableRows.all(JSON.stringify(slugs), until(visibility), maxDraft(visibility.preview)) as { slug: string }[]
      return rows.map((r) => r.slug)
    },
  }
}
