// Every route of the production build, each with a URL to request, read from the build's own manifests:
// a new route (a feed, a sitemap, an API) is covered by the header tests without editing them, as long as
// Next can name a concrete URL for it. A dynamic route that Next did not prerender needs one entry in
// EXAMPLE_URLS; the test fails naming any route that has no URL.
import fs from 'node:fs'
import path from 'node:path'

const distDir = path.join(process.cwd(), '.next')

/** URLs for dynamic routes without prerendered params. A page past the end is a real 404; still a response. */
const EXAMPLE_URLS: Record<string, string> = {
  '/tags/[slug]': '/tags/china',
  '/tags/[slug]/page/[page]': '/tags/china/page/2',
  '/sections/[slug]/page/[page]': '/sections/markets/page/2',
  '/authors/[slug]/page/[page]': '/authors/owen-gallagher/page/2',
  '/archive/page/[page]': '/archive/page/2',
  '/sitemaps/[part]': '/sitemaps/1.xml',
  '/og/articles/[slug]': '/og/articles/china-russia-firms-sign-deals-shenyang',
}

/** Pages that answer each request afresh and are never indexed, by design: search results. */
export const PER_REQUEST_PAGES = new Set(['/search'])

/** Responses that are not a route of their own. */
export const EXTRA_URLS = {
  /** `npm test` prerenders the newest 10 articles; this one renders on first request (ISR). */
  onDemandArticle: '/articles/singapore-airline-earnings-travel',
  notFound: '/no-such-page',
  unknownArticle: '/articles/no-such-story-exists',
  publicImage: '/images/articles/slim-moon-lander-wakes-up.jpg',
  optimizedImage: '/_next/image?url=%2Fimages%2Farticles%2Fslim-moon-lander-wakes-up.jpg&w=640&q=75',
}

/** Next's own error routes, reached through any missing URL (EXTRA_URLS.notFound). */
const INTERNAL_ROUTES = new Set(['/_not-found', '/_global-error'])

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(distDir, file), 'utf8'))

export type RouteUrl = { route: string; url: string; revalidate?: number | false }

export function buildRoutes(): RouteUrl[] {
  const appRoutes: string[] = Object.values(readJson('app-path-routes-manifest.json'))
  const prerendered = Object.entries(readJson('prerender-manifest.json').routes as Record<string, { srcRoute?: string; initialRevalidateSeconds?: number | false }>)
  const missing: string[] = []
  const urls = [...new Set(appRoutes)]
    .filter((route) => !INTERNAL_ROUTES.has(route))
    .sort()
    .map((route) => {
      const concrete = prerendered.find(([url, entry]) => (entry.srcRoute ?? url) === route)
      const url = concrete?.[0] ?? (route.includes('[') ? EXAMPLE_URLS[route] : route)
      if (!url) missing.push(route)
      return { route, url, revalidate: concrete?.[1].initialRevalidateSeconds }
    })
  if (missing.length > 0) {
    throw new Error(`No example URL for ${missing.join(', ')}: add one to EXAMPLE_URLS in e2e/support/routes.ts`)
  }
  return urls
}
