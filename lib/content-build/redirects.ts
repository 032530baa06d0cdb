// Old addresses that answer a permanent redirect to a story's current one. The content build writes the
// table (build-index.ts: writeIndexes) next to the light index; next.config.js turns it into Next's
// `redirects()` at build, so Next's router answers them before any route renders (no ISR page renders a
// redirect, whose Location header Next repeats on first render: vercel/next.js#82117) and no proxy runs on
// every article request.
//
// The table maps a site path as readers request it (no query, no trailing slash) to the path it moved to:
// { "/articles/old-slug": "/articles/new-slug" }. Targets are current addresses, never other keys, so a
// story renamed twice redirects in one step. Each key is a redirect `source`, which Next reads as a
// path-to-regexp pattern: keys are made of checked slugs ([a-z0-9-], build-index.ts), which hold none of its
// special characters (`:`, `(`, `*`, `?`, `+`, `{`, `\`).
//
// Every entry is one route in the deploy's routing config, which Next scans on each request and Vercel
// caps per deploy. So the WordPress importer (later) must not add its tens of thousands of permalinks to this
// table: how old permalinks redirect (e.g. one pattern route for "/:yyyy/:mm/:dd/:slug", or a lookup in a
// page) is for the importer's design to decide.
import type { ContentIndex } from '../content/types'
import { articleUrl } from '../content/urls'

/** Old path → current path. */
export type RedirectTable = Record<string, string>

/**
 * The redirects of `index`: each earlier slug of an article to its current address, and its share image
 * (`/og` + the address, lib/seo/metadata.ts: articleImageUrl) to the current one. Drafts are left out, so
 * that no Location header names a story before it is published. The check (build-index.ts) has made sure
 * that no old address is a current one or belongs to two stories.
 */
export function redirectTable(index: Pick<ContentIndex, 'articles'>): RedirectTable {
  const table: RedirectTable = {}
  for (const a of index.articles) {
    if (a.draft) continue
    for (const earlier of a.previousSlugs) {
      table[articleUrl(earlier)] = articleUrl(a.slug)
      table[`/og${articleUrl(earlier)}`] = `/og${articleUrl(a.slug)}`
    }
  }
  return table
}
