import { describe, expect, it } from 'vitest'
import { pageHref, pageLinks, pageOffset, parsePageSegment } from './pagination'

describe('parsePageSegment', () => {
  it('reads page numbers from 2 up; no segment is page 1', () => {
    expect(parsePageSegment(undefined)).toBe(1)
    expect(parsePageSegment('2')).toBe(2)
    expect(parsePageSegment('40')).toBe(40)
  })
  it.each(['1', '0', '-1', '01', '2.5', 'two', '9999999', ''])('rejects %j (so the URL is a 404)', (segment) => {
    expect(parsePageSegment(segment)).toBeUndefined()
  })
})

describe('pageLinks', () => {
  it('links previous and next pages with stable URLs', () => {
    expect(pageLinks('/sections/markets', 2, 30, 12)).toEqual({
      page: 2,
      pageCount: 3,
      prev: '/sections/markets',
      next: '/sections/markets/page/3',
    })
  })
  it('has no previous link on page 1 and no next link on the last page', () => {
    expect(pageLinks('/tags/oil', 1, 12, 12)).toEqual({ page: 1, pageCount: 1, prev: undefined, next: undefined })
  })
  it('counts an empty list as one page', () => {
    expect(pageLinks('/archive', 1, 0).pageCount).toBe(1)
  })
})

it('pageHref and pageOffset agree on numbering', () => {
  expect(pageHref('/archive', 1)).toBe('/archive')
  expect(pageHref('/archive', 3)).toBe('/archive/page/3')
  expect(pageOffset(3, 12)).toBe(24)
})
