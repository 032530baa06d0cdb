import fs from 'node:fs'
import { expect, test, type APIResponse } from '@playwright/test'
import { buildRoutes, EXTRA_URLS, PER_REQUEST_PAGES } from './support/routes'

// Security and caching headers on every kind of response of the production build. Routes come from the
// build's manifests (see support/routes.ts), so a new page, feed or API is checked without editing this file.

/** Pages and feeds: a CDN may serve them for the revalidation interval, and a stale copy as long again. */
const ISR_CACHE_CONTROL = 's-maxage=300, stale-while-revalidate=300'
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Content types of pages and of RSS, Atom and JSON feeds. */
const PAGE_OR_FEED = /^(text\/html|application\/(rss|atom|feed)\+(xml|json))/

function directives(policy: string) {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name, values]))
}

function expectSecurityHeaders(response: APIResponse, url: string) {
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp, `${url}: Content-Security-Policy`).not.toBe('')
  expect(csp, url).not.toContain('unsafe-eval')
  expect(directives(csp).get('frame-ancestors'), url).toEqual(["'none'"])
  expect(headers['strict-transport-security'], url).toMatch(/^max-age=\d{8,}/)
  expect(headers['x-content-type-options'], url).toBe('nosniff')
  expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], url).toContain('camera=()')
  expect(headers['x-frame-options'], url).toBe('DENY')
  expect(headers['x-powered-by'], url).toBeUndefined()
  // Production: only preview deploys are kept out of search engines (preview.spec.ts).
  expect(headers['x-robots-tag'], url).toBeUndefined()
}

/** The browser assets a page links to: scripts, stylesheets and preloaded fonts. */
function assetUrls(html: string) {
  const urls = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1])
  return ['.js', '.css', '.woff2'].map((ext) => {
    const url = urls.find((u) => u.endsWith(ext))
    if (!url) throw new Error(`The home page links no ${ext} file under /_next/static`)
    return url
  })
}

test.describe('response headers', () => {
  test('every route, asset, image and error answers with the security headers', async ({ request }) => {
    const urls = [...buildRoutes().map((r) => r.url), ...Object.values(EXTRA_URLS)]
    urls.push(...assetUrls(await (await request.get('/')).text()), '/_next/static/no-such-file.js')
    for (const url of urls) {
      const response = await request.get(url, { maxRedirects: 0 })
      expect(response.status(), url).toBeLessThan(500)
      expectSecurityHeaders(response, url)
    }
  })

  test('the site policy allows only its own scripts, styles, fonts and images, and the embed players', async ({ request }) => {
    const policy = directives((await request.get('/')).headers()['content-security-policy'])
    expect(policy.get('default-src')).toEqual(["'self'"])
    // Inline scripts carry the App Router's page data (README "Security headers"); no eval, no other origin.
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('font-src')).toEqual(["'self'"])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:'])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com'])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    // Optimized images keep Next's own policy, which allows nothing to run.
    const image = directives((await request.get(EXTRA_URLS.optimizedImage)).headers()['content-security-policy'])
    expect(image.get('script-src')).toEqual(["'none'"])
  })

  test('pages run under the policy without a single violation', async ({ page }) => {
    test.setTimeout(120_000) // every route of the site in a real browser
    const violations: string[] = []
    let current: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) current.push(`${page.url()}: ${message.text()}`)
    })
    const pages = buildRoutes().filter((r) => !r.route.startsWith('/api/'))
    for (const url of [...pages.map((r) => r.url), EXTRA_URLS.notFound]) {
      current = []
      const response = await page.goto(url)
      // Feeds and sitemaps: the browser's own XML viewer styles them inline, which is not our page.
      if (!response?.headers()['content-type']?.startsWith('text/html')) continue
      // The client runtime starts: the inline page data and the bundles were allowed to run.
      await page.waitForFunction(() => typeof (window as { next?: { version?: string } }).next?.version === 'string')
      violations.push(...current.splice(0))
    }
    expect(violations).toEqual([])
  })

  test('pages and feeds can be served by a CDN for the revalidation interval', async ({ request }) => {
    const cacheable = buildRoutes().filter((r) => !r.route.startsWith('/api/') && !PER_REQUEST_PAGES.has(r.route))
    let checked = 0
    for (const url of [...cacheable.map((r) => r.url), EXTRA_URLS.onDemandArticle]) {
      const response = await request.get(url)
      // Pages past the end of a listing are 404s (checked below); sitemaps, robots.txt and images have their own rules.
      if (response.status() !== 200 || !PAGE_OR_FEED.test(response.headers()['content-type'] ?? '')) continue
      expect(response.headers()['cache-control'], url).toBe(ISR_CACHE_CONTROL)
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(6)
    // Search results depend on the query: no shared cache may keep them.
    for (const route of PER_REQUEST_PAGES) expect((await request.get(route)).headers()['cache-control']).toContain('no-store')
  })

  test('hashed assets are immutable, public files cached for a day, unknown URLs and the API never cached', async ({ request }) => {
    for (const url of assetUrls(await (await request.get('/')).text())) {
      expect((await request.get(url)).headers()['cache-control'], url).toBe(IMMUTABLE)
    }
    expect((await request.get(EXTRA_URLS.publicImage)).headers()['cache-control']).toBe(
      'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400',
    )
    // A URL no route matches is never cached; a missing article is cached like the page it would be, so a
    // scheduled story replaces its 404 within the same interval.
    const notFound = await request.get(EXTRA_URLS.notFound)
    expect(notFound.status()).toBe(404)
    expect(notFound.headers()['cache-control']).toContain('no-store')
    const unknownArticle = await request.get(EXTRA_URLS.unknownArticle)
    expect(unknownArticle.status()).toBe(404)
    expect(unknownArticle.headers()['cache-control']).toBe(ISR_CACHE_CONTROL)
    expect((await request.get('/api/health')).headers()['cache-control']).toBe('no-store')
  })
})

test.describe('operations endpoints', () => {
  test('/api/health reports the status and the build id, fresh on every request', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/json')
    const body = await response.json()
    // The id of the build being served: the first seven characters of the commit, then the build time.
    expect(body).toEqual({ status: 'ok', buildId: fs.readFileSync('.next/BUILD_ID', 'utf8').trim() })
    expect(body.buildId).toMatch(/^[0-9a-z]{7}-[0-9a-z]+$/)
    expect(response.headers()['x-nextjs-cache']).toBeUndefined()
  })

  test('/api/revalidate does not exist unless REVALIDATE_SECRET is set', async ({ request }) => {
    const response = await request.post('/api/revalidate?path=/', { headers: { authorization: 'Bearer guess' } })
    expect(response.status()).toBe(404)
  })
})
