// Metadata API objects for each kind of page, so routes stay one line. Every URL in them is absolute
// (on the configured site URL), and every page names its feeds for autodiscovery.
import type { Metadata } from 'next'
import type { Article } from '@/lib/content'
import { deployment } from '@/lib/deployment'
import { absoluteUrl, site } from '@/lib/site'
import { feedLinks, type FeedScope } from './feeds'

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const
const listingImageUrl = '/og/site'
export const articleImageUrl = (slug: string) => `/og/articles/${slug}`

const SITE_SCOPE: FeedScope = { kind: 'site' }

/** Every page's defaults (the root layout's): absolute URLs on the site URL, titles as "<page> | <site>". */
export const siteMetadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  // Preview deploys stay out of search engines (next.config.js also sends X-Robots-Tag).
  ...(deployment.isPreview && { robots: { index: false } }),
}

function alternates(path: string, scopes: FeedScope[]): Metadata['alternates'] {
  const types: Record<string, { url: string; title: string }[]> = {}
  for (const scope of scopes) {
    for (const link of feedLinks(scope)) (types[link.type] ??= []).push({ url: absoluteUrl(link.path), title: link.title })
  }
  return { canonical: absoluteUrl(path), types }
}

const image = (path: string, alt: string) => ({ url: absoluteUrl(path), alt, ...OG_IMAGE_SIZE })

/** A listing or other non-article page: home, section, topic, author, archive, search, about. */
export function pageMetadata({
  title,
  description,
  path,
  feeds = [],
  noIndex = false,
}: {
  /** Undefined for the home page, which keeps the site's own title. */
  title?: string
  description: string
  path: string
  /** Feeds of this page besides the site-wide ones. */
  feeds?: FeedScope[]
  noIndex?: boolean
}): Metadata {
  const fullTitle = title ? `${title} | ${site.name}` : `${site.name} — ${site.tagline}`
  const images = [image(listingImageUrl, site.name)]
  return {
    ...(title && { title }),
    description,
    alternates: alternates(path, [...feeds, SITE_SCOPE]),
    openGraph: { type: 'website', siteName: site.name, locale: 'en_GB', url: absoluteUrl(path), title: fullTitle, description, images },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images },
    ...(noIndex && { robots: { index: false, follow: true } }),
  }
}

export function articleMetadata(article: Article): Metadata {
  const images = [image(articleImageUrl(article.slug), article.hero?.alt ?? article.title)]
  return {
    title: article.title,
    description: article.dek,
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(a.url) })),
    alternates: alternates(article.url, [{ kind: 'section', slug: article.section.slug, name: article.section.name }, SITE_SCOPE]),
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: 'en_GB',
      url: absoluteUrl(article.url),
      title: article.title,
      description: article.dek,
      publishedTime: article.published,
      modifiedTime: article.modified,
      authors: article.authors.map((a) => absoluteUrl(a.url)),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      images,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek, images },
    ...(article.draft && { robots: { index: false, follow: false } }),
    // A retracted story stays readable at its address but leaves search engines' indexes; its links are still followed.
    ...(article.retracted && !article.draft && { robots: { index: false, follow: true } }),
  }
}
