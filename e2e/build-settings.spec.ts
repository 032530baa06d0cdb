import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { publishedUrls } from './content'
import { copyOfBuild, freePort, startStandalone } from './support/servers'

// A build carries the settings it was made with (npm test builds with 4 cards a page and the site at
// https://meridian.test). A server started with other values, as happens when a host's run-time settings
// differ from its build's, must still paginate and link the way the pages prerendered by that build do:
// otherwise page 2, rendered on request, skips or repeats stories of page 1.

test('a server run with other settings than its build paginates and links as the build does', async ({ page }) => {
  test.setTimeout(60_000)
  const copyDir = copyOfBuild()
  const server = await startStandalone(copyDir, await freePort(), { LISTING_PAGE_SIZE: '7', NEXT_PUBLIC_SITE_URL: 'https://elsewhere.test' })
  try {
    // /archive is prerendered by the build; /archive/page/2 is rendered by this server on request.
    const newest = publishedUrls()
    for (const [url, stories] of [['/archive', newest.slice(0, 4)], ['/archive/page/2', newest.slice(4, 8)]] as const) {
      await page.goto(`${server.url}${url}`)
      expect(await page.locator('[data-listing] article h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), url).toEqual(stories)
      await expect(page.locator('link[rel="canonical"]'), url).toHaveAttribute('href', `https://meridian.test${url}`)
    }
  } finally {
    await server.stop()
    fs.rmSync(copyDir, { recursive: true, force: true })
  }
})
