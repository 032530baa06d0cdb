// Listing pages: page 1 at the base URL, page N at <base>/page/N, a fixed number of cards a page.
import { site } from './site'

export const PAGE_SIZE = site.listingPageSize

/** The page number from a `[page]` route segment; undefined (so 404) for anything but 2, 3, …  */
export function parsePageSegment(segment: string | undefined): number | undefined {
  if (segment === undefined) return 1
  return /^[1-9][0-9]{0,5}$/.test(segment) && segment !== '1' ? Number(segment) : undefined
}

export function pageHref(baseUrl: string, page: number): string {
  return page === 1 ? baseUrl : `${baseUrl}/page/${page}`
}

export type PageLinks = { page: number; pageCount: number; prev?: string; next?: string }

export function pageLinks(baseUrl: string, page: number, total: number, size = PAGE_SIZE): PageLinks {
  const pageCount = Math.max(1, Math.ceil(total / size))
  return {
    page,
    pageCount,
    prev: page > 1 ? pageHref(baseUrl, page - 1) : undefined,
    next: page < pageCount ? pageHref(baseUrl, page + 1) : undefined,
  }
}

export const pageOffset = (page: number, size = PAGE_SIZE) => (page - 1) * size
