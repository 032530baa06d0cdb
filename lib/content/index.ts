// The one door to content. Routes ask it questions; nothing else reads what the content build wrote.
// It reads the light index once (again in development when the file changes) and loads an article's
// compiled body only when that article is rendered.
import fs from 'node:fs'
import path from 'node:path'
import type { ContentProblem } from './build-index'
import { bodiesDir, contentProblemsFile, lightIndexFile, searchIndexFile } from './paths'
import type { CompiledBody } from './mdx-compile'
import { loadSearchEngine, type SearchEngine } from './search'
import { createContentStore, isPreview, type ContentStore } from './store'
import type { ContentIndex } from './types'

export type * from './types'
export type { ContentProblem } from './build-index'
export type { ArticlePage, FrontPage } from './store'
export { articleUrl, authorUrl, sectionUrl, tagUrl } from './urls'
export { MAX_QUERY_LENGTH, normalizeQuery, type SnippetPart } from './search'
export type { SearchHit, SearchPage } from './store'

const isDevelopment = process.env.NODE_ENV === 'development'
export const preview = isPreview(process.env)

const BODY_CACHE_SIZE = 200
// An article's code and plain text (for search snippets), as the content build stored them.
type LoadedBody = Pick<CompiledBody, 'code' | 'text'>
const bodyCache = new Map<string, LoadedBody>()

function readBody(bodyFile: string) {
  const cached = bodyCache.get(bodyFile)
  if (cached !== undefined) return cached
  const { code, text }: CompiledBody = JSON.parse(fs.readFileSync(path.join(bodiesDir, bodyFile), 'utf8'))
  if (bodyCache.size >= BODY_CACHE_SIZE) bodyCache.delete(bodyCache.keys().next().value!)
  const entry: LoadedBody = { code, text }
  bodyCache.set(bodyFile, entry)
  return entry
}

const loadBody = (bodyFile: string) => readBody(bodyFile).code
const loadText = (bodyFile: string) => readBody(bodyFile).text

/**
 * A file the content build writes, parsed once; in development parsed again whenever it changes
 * (the dev runner rewrites it while editors work).
 */
function buildOutput<T>(file: string, what: string, parse: (text: string) => T): () => T {
  let loaded: { value: T; mtimeMs: number } | undefined
  return () => {
    if (loaded && !isDevelopment) return loaded.value
    let mtimeMs: number
    try {
      mtimeMs = fs.statSync(file).mtimeMs
    } catch {
      throw new Error(`No ${what} at ${file}: run "npm run content" (part of "npm run build") first.`)
    }
    if (!loaded || loaded.mtimeMs !== mtimeMs) loaded = { value: parse(fs.readFileSync(file, 'utf8')), mtimeMs }
    return loaded.value
  }
}

// The search index is large next to the light index: it is read on the first search, not before.
const searchEngine: () => SearchEngine = buildOutput(searchIndexFile, 'search index', loadSearchEngine)

const store: () => ContentStore = buildOutput(lightIndexFile, 'content index', (text) => {
  bodyCache.clear()
  const index: ContentIndex = JSON.parse(text)
  return createContentStore(index, { preview, clock: () => new Date(), loadBody, loadText, searchEngine })
})

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
export const getRelatedArticles = (slug: string, limit?: number) => store().getRelatedArticles(slug, limit)
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
export const newestArticleSlugs = (limit: number) => (limit > 0 ? store().newestSlugs(limit) : [])
export const getAuthor = (slug: string) => store().getAuthor(slug)
export const listAuthors = () => store().listAuthors()
export const getSection = (slug: string) => store().getSection(slug)
export const listSections = () => store().listSections()
export const getTag = (slug: string) => store().getTag(slug)
export const listTags = () => store().listTags()
export const listPublishedSince = (since: Date) => store().listPublishedSince(since)
export const searchArticles = (query: string, options: { offset?: number; limit: number }) =>
  store().search(query, options)
