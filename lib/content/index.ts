// The one door to content. Routes ask it questions; nothing else reads what the content build wrote.
// Content is read from the content database (database.ts), a story at a time; in development the database
// is opened again whenever the content build replaces it.
import fs from 'node:fs'
import type { ContentProblem } from './build-index'
import { openContentDatabase, sqliteSource, type ContentDatabase } from './database'
import { contentDatabaseFile, contentProblemsFile } from './paths'
import { createContentStore, isPreview, type ContentStore } from './store'

export type * from './types'
export type { ContentProblem } from './build-index'
export type { ArticlePage, FrontPage } from './store'
export { articleUrl, authorUrl, sectionUrl, tagUrl } from './urls'
export { MAX_QUERY_LENGTH, normalizeQuery, type SnippetPart } from './search'
export type { SearchHit, SearchPage } from './store'

const isDevelopment = process.env.NODE_ENV === 'development'
const preview = isPreview(process.env)

let opened: { db: ContentDatabase; store: ContentStore; mtimeMs: number } | undefined

/** The store over the content database, opened on first use; in development reopened when the file is replaced. */
function store(): ContentStore {
  if (opened && !isDevelopment) return opened.store
  const mtimeMs = fs.statSync(contentDatabaseFile, { throwIfNoEntry: false })?.mtimeMs ?? -1
  if (!opened || opened.mtimeMs !== mtimeMs) {
    const db = openContentDatabase(contentDatabaseFile)
    opened?.db.close()
    opened = { db, store: createContentStore(sqliteSource(db), { preview, clock: () => new Date() }), mtimeMs }
  }
  return opened.store
}

/**
 * The problems `npm run dev` found in content/ at the editor's last save, each naming file, field and (for
 * bodies) line; the site keeps serving the last good content meanwhile. Always empty outside development:
 * a build with problems publishes nothing.
 */
export function getContentProblems(): ContentProblem[] {
  if (!isDevelopment) return []
  try {
    return JSON.parse(fs.readFileSync(contentProblemsFile, 'utf8'))
  } catch {
    return []
  }
}

export const getArticle = (slug: string) => store().getArticle(slug)
export const getReadMore = (slug: string, limit?: number) => store().getReadMore(slug, limit)
export const getRecentArticles = (options: { limit: number; exclude?: string }) => store().getRecentArticles(options)
export const listArticles = (options: { offset?: number; limit: number }) => store().listArticles(options)
export const listSectionArticles = (slug: string, options: { offset?: number; limit: number }) =>
  store().listSectionArticles(slug, options)
export const listTagArticles = (slug: string, options: { offset?: number; limit: number }) =>
  store().listTagArticles(slug, options)
export const listAuthorArticles = (slug: string, options: { offset?: number; limit: number }) =>
  store().listAuthorArticles(slug, options)
export const getFrontPage = (options: { secondary: number; latest: number; perSection: number }) =>
  store().getFrontPage(options)
export const newestArticleSlugs = async (limit: number) => (limit > 0 ? store().newestSlugs(limit) : [])
export const getAuthor = (slug: string) => store().getAuthor(slug)
export const listAuthors = () => store().listAuthors()
export const getSection = (slug: string) => store().getSection(slug)
export const listSections = () => store().listSections()
export const getTag = (slug: string) => store().getTag(slug)
export const listTags = () => store().listTags()
export const listPublishedSince = (since: Date) => store().listPublishedSince(since)
export const searchArticles = (query: string, options: { offset?: number; limit: number }) =>
  store().search(query, options)
