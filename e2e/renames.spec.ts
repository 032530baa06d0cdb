import { expect, test, type APIRequestContext } from '@playwright/test'
import { publishedUrls } from './content'

// content/articles/korea-chip-exports-surge.mdx lists an earlier slug (previousSlugs), as a renamed story does.
const SITE = (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
const CURRENT = '/articles/korea-chip-exports-surge'
const EARLIER = '/articles/korea-exports-sixth-month'

/** The one Location header of a permanent redirect from `path`; fails on any other answer or on a repeated header. */
async function redirectOf(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 })
  expect(response.status(), path).toBe(308)
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
  expect(locations, `${path}: Location headers`).toHaveLength(1)
  return new URL(locations[0].value, 'http://localhost').pathname
}

test.describe('a renamed story', () => {
  test('its earlier address answers a permanent redirect to the current one, which answers 200', async ({ request }) => {
    expect(publishedUrls()).toContain(CURRENT)
    // Twice: the first answer of a page rendered on demand is where Next.js repeated the header (vercel/next.js#82117).
    for (let i = 0; i < 2; i++) expect(await redirectOf(request, EARLIER)).toBe(CURRENT)
    const page = await request.get(EARLIER)
    expect(page.status()).toBe(200)
    expect(page.url()).toMatch(new RegExp(`${CURRENT}$`))
    expect(await page.text()).toContain('South Korea')
  })

  test('its earlier share image redirects to the current one, which is an image', async ({ request }) => {
    expect(await redirectOf(request, `/og${EARLIER}`)).toBe(`/og${CURRENT}`)
    const image = await request.get(`/og${EARLIER}`)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toMatch(/^image\//)
  })

  test('the query string survives the redirect; other addresses are untouched', async ({ request }) => {
    const response = await request.get(`${EARLIER}?utm_source=x`, { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    expect(new URL(response.headers().location, 'http://localhost').search).toBe('?utm_source=x')
    expect((await request.get(CURRENT, { maxRedirects: 0 })).status()).toBe(200)
    expect((await request.get('/articles/no-such-story', { maxRedirects: 0 })).status()).toBe(404)
  })

  test('the sitemap lists the current address only; feeds keep the first address as the id', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain(`${SITE}${CURRENT}<`)
    expect(sitemap).not.toContain(EARLIER)
    const rss = await (await request.get('/feed.xml')).text()
    expect(rss).toContain(`<link>${SITE}${CURRENT}</link>`)
    expect(rss).toContain(`<guid isPermaLink="false">${SITE}${EARLIER}</guid>`)
    const atom = await (await request.get('/atom.xml')).text()
    expect(atom).toContain(`<id>${SITE}${EARLIER}</id>`)
    const json = await (await request.get('/feed.json')).json()
    const item = json.items.find((i: { url: string }) => i.url === `${SITE}${CURRENT}`)
    expect(item.id).toBe(`${SITE}${EARLIER}`)
  })
})
