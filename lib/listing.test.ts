import { describe, expect, it } from 'vitest'
import { fixtureStore } from '@/tests/fixtures/newsroom'
import { absoluteUrl } from '@/lib/site'
import { listingMetadata, pageLinks, pathPaging, queryPaging, readListingPage, searchListing, sectionListing, type Listing } from './listing'

/** What Next's notFound() throws: the route answers 404. */
const NOT_FOUND = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' }

describe('pages as paths', () => {
  const paging = pathPaging('/sections/markets', 4)

  it('reads page numbers from 2 up; no segment is page 1', () => {
    expect(paging.parse(undefined)).toBe(1)
    expect(paging.parse('2')).toBe(2)
    expect(paging.parse('40')).toBe(40)
    expect(paging.parse('999999')).toBe(999999)
  })
  it.each(['1', '0', '-1', '01', '2.5', 'two', '9999999', '', ' 2', '２'])('rejects %j (so the URL is a 404)', (segment) => {
    expect(paging.parse(segment)).toBeUndefined()
  })
  it('gives page 1 the base address and page N its own', () => {
    expect(paging.href(1)).toBe('/sections/markets')
    expect(paging.href(3)).toBe('/sections/markets/page/3')
    expect(paging.canonical(3)).toBe('/sections/markets/page/3')
  })
  it('holds LISTING_PAGE_SIZE cards unless told otherwise', () => {
    expect(pathPaging('/archive').size).toBeGreaterThan(0)
    expect(paging.size).toBe(4)
  })
})

describe('pages as a query value', () => {
  const paging = queryPaging('/search', { q: 'yen & rice' }, 10)

  it('reads page numbers from 1 up; no value, or an empty one, is page 1; the first of repeated values counts', () => {
    expect(paging.parse(undefined)).toBe(1)
    expect(paging.parse('')).toBe(1)
    expect(paging.parse('1')).toBe(1)
    expect(paging.parse(' 7 ')).toBe(7)
    expect(paging.parse(['3', '9'])).toBe(3)
  })
  it.each(['0', 'abc', '01', '-2', '1e3', '9999999'])('rejects %j', (value) => {
    expect(paging.parse(value)).toBeUndefined()
  })
  it('links pages by query, encoded, page 1 without a page value; every page has one canonical', () => {
    expect(paging.href(1)).toBe('/search?q=yen+%26+rice')
    expect(paging.href(2)).toBe('/search?q=yen+%26+rice&page=2')
    expect(paging.canonical(2)).toBe('/search')
  })
})

describe('pageLinks', () => {
  it('links previous and next pages with stable URLs', () => {
    expect(pageLinks(pathPaging('/sections/markets', 12), 2, 30)).toEqual({
      page: 2,
      pageCount: 3,
      prev: '/sections/markets',
      next: '/sections/markets/page/3',
    })
  })
  it('has no previous link on page 1 and no next link on the last page', () => {
    expect(pageLinks(pathPaging('/tags/oil', 12), 1, 12)).toEqual({ page: 1, pageCount: 1, prev: undefined, next: undefined })
  })
  it('counts an empty list as one page', () => {
    expect(pageLinks(pathPaging('/archive'), 1, 0).pageCount).toBe(1)
  })
})

describe('readListingPage', () => {
  /** A listing of `total` numbered items, `size` a page, that records what was read. */
  function numbers(total: number, size: number, options: Partial<Listing<number>> = {}) {
    const reads: { offset: number; limit: number }[] = []
    const listing: Listing<number> = {
      paging: pathPaging('/archive', size),
      title: 'All stories',
      description: 'Every story.',
      async read(range) {
        reads.push(range)
        const items = Array.from({ length: total }, (_, i) => i).slice(range.offset, range.offset + range.limit)
        return { items, total }
      },
      ...options,
    }
    return { listing, reads }
  }

  it('reads the page the address names, with links to its neighbours', async () => {
    const { listing, reads } = numbers(10, 4)
    expect(await readListingPage(listing, '2')).toEqual({
      items: [4, 5, 6, 7],
      total: 10,
      links: { page: 2, pageCount: 3, prev: '/archive', next: '/archive/page/3' },
    })
    expect(await readListingPage(listing, '3')).toMatchObject({ items: [8, 9], links: { page: 3, next: undefined } })
    expect(reads).toEqual([
      { offset: 4, limit: 4 },
      { offset: 8, limit: 4 },
    ])
  })

  it('is a 404, without reading, for an address that names no page', async () => {
    const { listing, reads } = numbers(10, 4)
    for (const raw of ['1', 'two', '0']) await expect(readListingPage(listing, raw)).rejects.toMatchObject(NOT_FOUND)
    expect(reads).toEqual([])
  })

  it('is a 404 past the last page', async () => {
    const { listing } = numbers(10, 4)
    await expect(readListingPage(listing, '4')).rejects.toMatchObject(NOT_FOUND)
  })

  it('shows an empty first page, unless the listing is missing when empty', async () => {
    expect(await readListingPage(numbers(0, 4).listing, undefined)).toMatchObject({ items: [], total: 0, links: { pageCount: 1 } })
    await expect(readListingPage(numbers(0, 4, { emptyIsMissing: true }).listing, undefined)).rejects.toMatchObject(NOT_FOUND)
    expect(await readListingPage(numbers(3, 4, { emptyIsMissing: true }).listing, undefined)).toMatchObject({ items: [0, 1, 2] })
  })
})

const trade = (await fixtureStore().getSection('trade'))!

describe('listingMetadata', () => {
  it('gives page 2 of a listing its own canonical URL and title, and the section feeds', () => {
    const meta = listingMetadata(sectionListing(trade), '2')
    expect(meta.alternates?.canonical).toBe(absoluteUrl('/sections/trade/page/2'))
    expect(meta.title).toBe('Trade, page 2')
    expect(meta.openGraph).toMatchObject({ url: absoluteUrl('/sections/trade/page/2'), title: 'Trade, page 2 | Meridian' })
    expect(listingMetadata(sectionListing(trade), undefined).title).toBe('Trade')
    expect(listingMetadata(sectionListing(trade), undefined).alternates?.canonical).toBe(absoluteUrl('/sections/trade'))
    expect(meta.alternates?.types?.['application/rss+xml']).toEqual([
      { url: absoluteUrl('/sections/trade/feed.xml'), title: 'Trade | Meridian (RSS)' },
      { url: absoluteUrl('/feed.xml'), title: 'Meridian (RSS)' },
    ])
  })

  it('gives every page of search one canonical and one title, kept out of search engines', () => {
    const meta = listingMetadata(searchListing('yen'), '2')
    expect(meta.title).toBe('Search: yen')
    expect(meta.alternates?.canonical).toBe(absoluteUrl('/search'))
    expect(meta.robots).toEqual({ index: false, follow: true })
    expect(listingMetadata(searchListing(''), undefined).title).toBe('Search')
  })

  it('is empty for an address that names no page', () => {
    expect(listingMetadata(sectionListing(trade), 'two')).toEqual({})
    expect(listingMetadata(searchListing('yen'), 'abc')).toEqual({})
  })
})
