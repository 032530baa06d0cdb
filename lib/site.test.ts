import { describe, expect, it } from 'vitest'
import { resolveSiteUrl } from './site'

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
