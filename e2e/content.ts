// The test oracle: what the content build says readers should see, read from the content database.
import { storedArticles } from '../tests/support/content-database'
import type { IndexedArticle } from '../lib/content/types'
import { tagSlug } from '../lib/content/urls'

const index = { articles: storedArticles() }

/** Listed articles (no drafts, nothing scheduled, nothing retracted), newest first. */
function published(filter: (a: IndexedArticle) => boolean = () => true): IndexedArticle[] {
  const now = Date.now()
  return index.articles
    .filter((a) => !a.draft && !a.retracted && Date.parse(a.published) <= now && filter(a))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug))
}

/** Published articles, newest first, as hrefs. */
export function publishedUrls(filter: (a: IndexedArticle) => boolean = () => true): string[] {
  return published(filter).map((a) => `/articles/${a.slug}`)
}

/** When the newest published story went out, in milliseconds. */
export function newestPublishedTime(): number {
  return Date.parse(published()[0].published)
}

export const hasTag = (slug: string) => (a: IndexedArticle) => a.tags.some((t) => tagSlug(t) === slug)
