// Old addresses that answer a permanent redirect to a story's current one. The content build writes
// the table (build-index.ts: writeIndexes) next to the light index; proxy.ts answers from it, before
// routing, so that no page renders a redirect (vercel/next.js#82117: an ISR page's redirect carries its
// Location header twice on first render) and no made-up address is cached.
//
// The table maps a site path as readers request it (decoded, no query, no trailing slash) to the path
// it moved to: { "/articles/old-slug": "/articles/new-slug" }. Renames feed it (an article's
// previousSlugs); the WordPress importer is meant to feed it the same way (e.g. "/2024/02/26/slug" →
// "/articles/slug"), adding the paths it needs to proxy.ts's matcher. Targets are current addresses,
// never other keys, so a story renamed twice redirects in one step.
import { buildOutput } from './build-output'
import { redirectsFile } from './paths'
import type { ContentIndex } from './types'
import { articleUrl } from './urls'

/** Old path → current path. */
export type RedirectTable = Record<string, string>

/**
 * The redirects of `index`: each earlier slug of an article to its current address. Drafts are left out,
 * so that no Location header names a story before it is published. The check (build-index.ts) has made
 * sure that no old address is a current one or belongs to two stories.
 */
export function redirectTable(index: Pick<ContentIndex, 'articles'>): RedirectTable {
  const table: RedirectTable = {}
  for (const a of index.articles) if (!a.draft) for (const earlier of a.previousSlugs) table[articleUrl(earlier)] = articleUrl(a.slug)
  return table
}

// A share image lives under /og + the article's address, and moves with it.
const SHARE_IMAGE = '/og/articles/'

/**
 * Where a request for `path` (decoded, without query) moved to, or undefined: the table's entry for it,
 * with a trailing slash ignored, or for a share image (/og/articles/<old>) the share image of the
 * article's current address.
 */
export function redirectTarget(table: RedirectTable, path: string): string | undefined {
  const plain = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (Object.hasOwn(table, plain)) return table[plain]
  if (plain.startsWith(SHARE_IMAGE)) {
    const article = plain.slice('/og'.length)
    if (Object.hasOwn(table, article) && table[article].startsWith('/articles/')) return `/og${table[article]}`
  }
  return undefined
}

/** The table the content build wrote, read once per process (again in development when it changes). */
export const loadRedirects: () => RedirectTable = buildOutput(redirectsFile, 'redirect table', JSON.parse)
