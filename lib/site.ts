// Site-wide settings, read in one place.
import { brand } from './brand'

type Env = Record<string, string | undefined>

/**
 * The public origin every absolute URL (canonical, feeds, sitemaps, social images) is built on:
 * NEXT_PUBLIC_SITE_URL, else the Vercel production domain, else the deployment's own domain, else local.
 */
export function resolveSiteUrl(env: Env): string {
  const configured = env.NEXT_PUBLIC_SITE_URL?.trim()
  if (configured) {
    const url = new URL(configured) // a malformed value stops the build with the value in the message
    return url.origin + url.pathname.replace(/\/+$/, '')
  }
  const vercelHost = env.VERCEL_PROJECT_PRODUCTION_URL?.trim() || env.VERCEL_URL?.trim()
  if (vercelHost) return `https://${vercelHost.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`
  return 'http://localhost:3000'
}

// Named one by one so that Next inlines NEXT_PUBLIC_SITE_URL at build time.
const siteUrl = resolveSiteUrl({
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  VERCEL_PROJECT_PRODUCTION_URL: process.env.VERCEL_PROJECT_PRODUCTION_URL,
  VERCEL_URL: process.env.VERCEL_URL,
})

/** A count set in the environment, or its default; anything but a whole number from `min` stops the build. */
export function countSetting(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const count = Number(value)
  if (!Number.isInteger(count) || count < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${value}"`)
  return count
}

/** An absolute URL on this site for a path such as "/articles/x". */
export const absoluteUrl = (path: string) => `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`

export const site = {
  name: brand.name,
  url: siteUrl,
  /** BCP 47 language of the content, for feeds, the news sitemap and <html lang>. */
  language: 'en',
  logo: '/images/meridian-logo.png',
  tagline: brand.tagline,
  description:
    'Meridian reports on markets, economies, trade, companies, technology and energy across Asia and the global economy.',
  /** Time zone for dates printed on the server (the browser shows relative times in the reader's own clock). */
  timeZone: 'Asia/Hong_Kong',
  locale: 'en-GB',
  /**
   * How many of the newest articles are rendered at build time; older ones render on first request and are
   * cached. None in development, which renders every page on request: listing them would only make the dev
   * server load the whole index before its first article.
   */
  prerenderArticles: process.env.NODE_ENV === 'development' ? 0 : countSetting('PRERENDER_ARTICLES', process.env.PRERENDER_ARTICLES, 100, 0),
  /** Cards on a page of a section, topic, author or the archive; fixed at build time (next.config.js). */
  listingPageSize: countSetting('LISTING_PAGE_SIZE', process.env.LISTING_PAGE_SIZE, 10, 1),
} as const
