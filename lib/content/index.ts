// The one door to content. Routes ask it questions; nothing else reads what the content build wrote.
// It reads the light index once (again in development when the file changes) and loads an article's
// compiled body only when that article is rendered.
import fs from 'node:fs'
import path from 'node:path'
import { articleBodiesDir, lightIndexFile } from './paths'
import { createContentStore, isPreview, type ContentStore } from './store'
import type { ContentIndex } from './types'

export type * from './types'
export type { ArticlePage, FrontPage } from './store'
export { articleUrl, authorUrl, sectionUrl, tagUrl } from './urls'

const isDevelopment = process.env.NODE_ENV === 'development'
export const preview = isPreview(process.env)

const BODY_CACHE_SIZE = 200
const bodyCache = new Map<string, string>()

function loadBody(bodyFile: string): string {
  const cached = bodyCache.get(bodyFile)
  if (cached !== undefined) return cached
  const { body } = JSON.parse(fs.readFileSync(path.join(articleBodiesDir, bodyFile), 'utf8'))
  if (bodyCache.size >= BODY_CACHE_SIZE) bodyCache.delete(bodyCache.keys().next().value!)
  bodyCache.set(bodyFile, body.code)
  return body.code
}

let loaded: { store: ContentStore; mtimeMs: number } | undefined

function store(): ContentStore {
  if (loaded && !isDevelopment) return loaded.store
  let mtimeMs: number
  try {
    mtimeMs = fs.statSync(lightIndexFile).mtimeMs
  } catch {
    throw new Error(`No content index at ${lightIndexFile}: run "npm run content" (part of "npm run build") first.`)
  }
  if (!loaded || loaded.mtimeMs !== mtimeMs) {
    const index: ContentIndex = JSON.parse(fs.readFileSync(lightIndexFile, 'utf8'))
    bodyCache.clear()
    loaded = { store: createContentStore(index, { preview, clock: () => new Date(), loadBody }), mtimeMs }
  }
  return loaded.store
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
export const newestArticleSlugs = (limit: number) => store().newestSlugs(limit)
export const getAuthor = (slug: string) => store().getAuthor(slug)
export const listAuthors = () => store().listAuthors()
export const getSection = (slug: string) => store().getSection(slug)
export const listSections = () => store().listSections()
export const getTag = (slug: string) => store().getTag(slug)
