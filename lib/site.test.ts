import { describe, expect, it } from 'vitest'
import { countSetting, resolveSiteUrl } from './site'

describe('site URL', () => {
  it('prefers NEXT_PUBLIC_SITE_URL, without a trailing slash', () => {
    expect(
      resolveSiteUrl({ NEXT_PUBLIC_SITE_URL: 'https://news.example.com/', VERCEL_PROJECT_PRODUCTION_URL: 'x.vercel.app' }),
    ).toBe('https://news.example.com')
  })

  it('falls back to the Vercel production domain, then the deployment domain', () => {
    expect(resolveSiteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'meridian.vercel.app', VERCEL_URL: 'meridian-abc.vercel.app' })).toBe(
      'https://meridian.vercel.app',
    )
    expect(resolveSiteUrl({ VERCEL_URL: 'meridian-abc.vercel.app' })).toBe('https://meridian-abc.vercel.app')
  })

  it('is localhost when nothing is configured', () => {
    expect(resolveSiteUrl({})).toBe('http://localhost:3000')
    expect(resolveSiteUrl({ NEXT_PUBLIC_SITE_URL: '  ' })).toBe('http://localhost:3000')
  })

  it('rejects a value that is not a URL', () => {
    expect(() => resolveSiteUrl({ NEXT_PUBLIC_SITE_URL: 'news.example.com' })).toThrow()
  })
})

describe('count settings (LISTING_PAGE_SIZE, PRERENDER_ARTICLES)', () => {
  it('takes a whole number, or the default when unset or empty', () => {
    expect(countSetting('LISTING_PAGE_SIZE', '4', 10, 1)).toBe(4)
    expect(countSetting('LISTING_PAGE_SIZE', undefined, 10, 1)).toBe(10)
    expect(countSetting('LISTING_PAGE_SIZE', '', 10, 1)).toBe(10)
    expect(countSetting('PRERENDER_ARTICLES', '0', 100, 0)).toBe(0)
  })

  it('stops the build on anything else, naming the setting and the value', () => {
    for (const value of ['ten', '2.5', '-1', '0'])
      expect(() => countSetting('LISTING_PAGE_SIZE', value, 10, 1)).toThrow(`LISTING_PAGE_SIZE must be a whole number of at least 1, not "${value}"`)
  })
})
