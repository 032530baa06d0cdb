import { expect, test } from '@playwright/test'

// What readers of the production site see of an editor's drafts, scheduled stories and corrections.
const DRAFT = { slug: 'hong-kong-port-throughput-november', title: 'Hong Kong Port Throughput Picks Up in November', section: 'trade' }
const SCHEDULED = { slug: 'year-ahead-2031-asia-markets', title: "Year Ahead 2031: Asia's Markets Enter a New Decade", section: 'markets' }

test.describe('editor workflow in production', () => {
  for (const [kind, story] of [
    ['draft', DRAFT],
    ['scheduled article', SCHEDULED],
  ] as const) {
    test(`a ${kind} is a 404 and in no listing, feed, sitemap or search`, async ({ page, request }) => {
      const response = await request.get(`/articles/${story.slug}`)
      expect(response.status()).toBe(404)

      for (const listing of ['/', `/sections/${story.section}`, '/authors/owen-gallagher', '/authors/hannah-cho']) {
        await page.goto(listing)
        await expect(page.locator('h1').first()).toBeVisible()
        await expect(page.locator(`a[href="/articles/${story.slug}"]`)).toHaveCount(0)
        await expect(page.getByText(story.title)).toHaveCount(0)
      }

      for (const machineReadable of ['/sitemap.xml', '/news-sitemap.xml', '/feed.xml', '/atom.xml', '/feed.json', `/sections/${story.section}/feed.xml`]) {
        const body = await (await request.get(machineReadable)).text()
        // (The news sitemap lists only the last two days, so it may rightly be empty.)
        if (machineReadable !== '/news-sitemap.xml') expect(body, machineReadable).toContain('/articles/')
        expect(body, machineReadable).not.toContain(`/articles/${story.slug}`)
      }

      // A word only this story uses.
      const word = story === DRAFT ? 'throughput' : 'outlook'
      await page.goto(`/search?q=${word}`)
      await expect(page.locator(`a[href="/articles/${story.slug}"]`)).toHaveCount(0)
    })
  }

  test('corrections are listed at the foot of the article', async ({ page }) => {
    await page.goto('/articles/yen-slides-intervention-watch')
    const corrections = page.locator('[data-corrections]')
    await expect(corrections).toHaveText(
      'Correction, 20 Nov 2026: An earlier version of this story said the yen touched a record low against the US dollar. The record low was against the euro.',
    )
    await expect(corrections.locator('time')).toHaveAttribute('datetime', '2026-11-20T01:15:00.000Z')
  })
})
