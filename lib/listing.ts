// Every listing on the site — the archive, a section, a topic, an author, search results — is one recipe:
// read the page number from the request, read that page of the list, answer 404 for a page that is not
// there, link the pages before and after, and name the page in its metadata. Routes say only which list.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import {
  listArticles,
  listAuthorArticles,
  listSectionArticles,
  listTagArticles,
  searchArticles,
  type ArticleSummary,
  type AuthorProfile,
  type SearchHit,
  type SectionInfo,
  type TagInfo,
} from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import type { FeedScope } from '@/lib/seo/feeds'
import { site } from '@/lib/site'

/** Where a listing page is among its pages, and the addresses of its neighbours (undefined at either end). */
export type PageLinks = { page: number; pageCount: number; prev?: string; next?: string }

/** A page number as written in an address: 1 to 999999, no sign, no leading zero. */
const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/

/** How a listing's pages are addressed, and how many items each holds. */
export type Paging = {
  /** Items on a full page. */
  size: number
  /**
   * The page number a request names, from its route segment or query value (absent: page 1); undefined when
   * it names no page of this listing, which is then a 404.
   */
  parse(raw: string | string[] | undefined): number | undefined
  /** The address of a page (1-based), for links to it. */
  href(page: number): string
  /** The canonical path of a page: its own address, or one address for all pages of a listing kept out of search engines. */
  canonical(page: number): string
}

/**
 * Pages as paths: page 1 at `base`, page N at `<base>/page/N` (N ≥ 2; `<base>/page/1` is not an address,
 * so a page has exactly one). `size` items a page: LISTING_PAGE_SIZE unless given.
 */
export function pathPaging(base: string, size: number = site.listingPageSize): Paging {
  const href = (page: number) => (page === 1 ? base : `${base}/page/${page}`)
  return {
    size,
    parse: (raw) => (raw === undefined ? 1 : typeof raw === 'string' && PAGE_NUMBER.test(raw) && raw !== '1' ? Number(raw) : undefined),
    href,
    canonical: href,
  }
}

/**
 * Pages as a query value: `<path>?<params>&page=N` for N ≥ 2, page 1 without `page` (though `page=1` is read
 * too); the first of repeated values counts, space around it is ignored. Every page's canonical is `path`.
 */
export function queryPaging(path: string, params: Record<string, string>, size: number): Paging {
  return {
    size,
    parse(raw) {
      const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() || '1'
      return PAGE_NUMBER.test(value) ? Number(value) : undefined
    },
    href: (page) => `${path}?${new URLSearchParams(page > 1 ? { ...params, page: String(page) } : params)}`,
    canonical: () => path,
  }
}

/** Links for page `page` of a listing of `total` items; an empty listing has one (empty) page. */
export function pageLinks(paging: Paging, page: number, total: number): PageLinks {
  const pageCount = Math.max(1, Math.ceil(total / paging.size))
  return {
    page,
    pageCount,
    prev: page > 1 ? paging.href(page - 1) : undefined,
    next: page < pageCount ? paging.href(page + 1) : undefined,
  }
}

/** One list the site shows a page at a time. */
export type Listing<T> = {
  paging: Paging
  /** The page's title (page 2 onwards of a listing with per-page addresses adds ", page N"). */
  title: string
  description: string
  /** Feeds of this listing besides the site-wide ones, for autodiscovery. */
  feeds?: FeedScope[]
  noIndex?: boolean
  /** With no items at all, the listing is not a page (404) rather than an empty page 1. */
  emptyIsMissing?: boolean
  /** Items `offset` to `offset + limit` (0-based) of the list, and how many it holds in all. */
  read(range: { offset: number; limit: number }): Promise<{ items: T[]; total: number }>
}

/**
 * The page of `listing` that the request's page value `raw` names: its items, the listing's total and the
 * page links. Calls Next's notFound() (so the response is a 404) when `raw` names no page, when the page is
 * past the end (page 2 onwards with no items), and for an empty listing marked `emptyIsMissing`.
 */
export async function readListingPage<T>(listing: Listing<T>, raw: string | string[] | undefined) {
  const { paging } = listing
  const page = paging.parse(raw)
  if (page === undefined) notFound()
  const { items, total } = await listing.read({ offset: (page - 1) * paging.size, limit: paging.size })
  if (items.length === 0 && (page > 1 || listing.emptyIsMissing)) notFound()
  return { items, total, links: pageLinks(paging, page, total) }
}

/**
 * Metadata for the page of `listing` that `raw` names: canonical and Open Graph URL of that page, and a
 * title of its own (", page N") where a page has its own canonical URL, so that search results and browser
 * tabs tell the pages apart. Empty for a value that names no page (the page itself is a 404).
 */
export function listingMetadata(listing: Listing<unknown>, raw: string | string[] | undefined): Metadata {
  const { paging, title, description, feeds, noIndex } = listing
  const page = paging.parse(raw)
  if (page === undefined) return {}
  const ownAddress = paging.canonical(page) !== paging.canonical(1)
  return pageMetadata({ title: ownAddress ? `${title}, page ${page}` : title, description, path: paging.canonical(page), feeds, noIndex })
}

/** Every published story, newest first. */
export const archiveListing: Listing<ArticleSummary> = {
  paging: pathPaging('/archive'),
  title: 'All stories',
  description: 'Every story we have published, newest first.',
  read: listArticles,
}

export const sectionListing = (section: SectionInfo): Listing<ArticleSummary> => ({
  paging: pathPaging(section.url),
  title: section.name,
  description: section.description,
  feeds: [{ kind: 'section', slug: section.slug, name: section.name }],
  read: (range) => listSectionArticles(section.slug, range),
})

export const authorListing = (author: AuthorProfile): Listing<ArticleSummary> => ({
  paging: pathPaging(author.url),
  title: author.name,
  description: `${author.name}, ${author.role} at ${site.name}: articles and profile.`,
  feeds: [{ kind: 'author', slug: author.slug, name: author.name }],
  read: (range) => listAuthorArticles(author.slug, range),
})

/** A topic is a page only while it has a published story. */
export const tagListing = (tag: TagInfo): Listing<ArticleSummary> => ({
  paging: pathPaging(tag.url),
  title: tag.name,
  description: `${site.name} stories about ${tag.name}.`,
  emptyIsMissing: true,
  read: (range) => listTagArticles(tag.slug, range),
})

/** Results on a page of search, whatever LISTING_PAGE_SIZE (which sizes the other listings) is. */
const SEARCH_PAGE_SIZE = 10

/** Matches for `query` (as normalizeQuery made it), best first; none for an empty query. Kept out of search engines. */
export const searchListing = (query: string): Listing<SearchHit> => ({
  paging: queryPaging('/search', { q: query }, SEARCH_PAGE_SIZE),
  title: query ? `Search: ${query}` : 'Search',
  description: `Search every article on ${site.name}.`,
  noIndex: true,
  read: (range) => searchArticles(query, range),
})
