import { expect, test, type APIRequestContext } from '@playwright/test'

// The sample newsroom has one retracted story.
const RETRACTED = 'harbour-robotics-takeover-talks'
const RETRACTED_URL = `/articles/${RETRACTED}`
const LINKING_STORY = '/articles/japan-wage-growth-boj-rate-path'

/** A listing and every further page of it, until one answers 404. */
async function allPages(request: APIRequestContext, base: string): Promise<string[]> {
  const texts: string[] = []
  for (let n = 1; ; n++) {
    const response = await request.get(n === 1 ? base : `${base === '/' ? '' : base}/page/${n}`)
    if (n > 1 && response.status() === 404) return texts
    expect(response.status(), `${base} page ${n}`).toBe(200)
    texts.push(await response.text())
  }
}

test.describe('a retracted story', () => {
  for (const width of [390, 1280]) {
    test(`shows a dated notice above the headline at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 })
      const response = await page.goto(RETRACTED_URL)
      expect(response!.status()).toBe(200)
      const notice = page.getByRole('region', { name: /^Retracted, 28 Nov 2026$/ })
      await expect(notice).toBeVisible()
      await expect(notice.getByRole('heading', { level: 2 })).toHaveText('Retracted, 28 Nov 2026')
      await expect(notice).toContainText('both companies say no talks took place')
      const headline = page.getByRole('heading', { level: 1 })
      const [noticeBox, headlineBox] = [await notice.boundingBox(), await headline.boundingBox()]
      expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(headlineBox!.y)
      expect(noticeBox!.y).toBeLessThan(900)
      await page.screenshot({ path: testInfo.outputPath(`retracted-${width}.png`) })
    })
  }

  test('is marked noindex and labelled retracted in JSON-LD', async ({ page }) => {
    await page.goto(RETRACTED_URL)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const article = blocks.map((b) => JSON.parse(b)).flat().find((d) => d['@type'] === 'NewsArticle')
    expect(article.creativeWorkStatus).toBe('Retracted')
    expect(article.correction).toMatchObject({ '@type': 'CorrectionComment', datePublished: '2026-11-28T08:30:00.000Z' })
    expect(article.correction.text).toContain('We have retracted it')
  })

  test('other stories still link to it, marked retracted', async ({ page }) => {
    await page.goto(LINKING_STORY)
    const alsoOn = page.locator('[data-also-on]').filter({ hasText: 'Kestrel Logistics' })
    await expect(alsoOn).toContainText('(retracted)')
    await alsoOn.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`${RETRACTED_URL}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kestrel Logistics in Talks/)
    // Recent posts and Read more leave it out.
    await expect(page.locator(`aside a[href="${RETRACTED_URL}"]`)).toHaveCount(0)
  })

  test('keeps its share image', async ({ request }) => {
    expect((await request.get(`/og/articles/${RETRACTED}`)).status()).toBe(200)
  })
})

test('it is in no listing, feed, sitemap or search', async ({ request }) => {
  const listings = ['/', '/archive', '/sections/companies', '/tags/singapore', '/authors/daniel-okafor']
  const single = [
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sections/companies/feed.xml',
    '/authors/daniel-okafor/feed.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/search?q=Kestrel',
    '/search?q=Harbour%20Robotics',
  ]
  const pages: [string, string][] = []
  for (const base of listings) for (const text of await allPages(request, base)) pages.push([base, text])
  for (const path of single) {
    const response = await request.get(path)
    expect([200, 404], path).toContain(response.status())
    if (response.status() === 200) pages.push([path, await response.text()])
  }
  for (const [path, text] of pages) {
    expect(text, path).not.toContain(RETRACTED)
  }
  // Topics only this story carried have no page (and the retracted page does not link to them).
  for (const topic of ['/tags/mergers', '/tags/robotics']) expect((await request.get(topic)).status(), topic).toBe(404)
})
