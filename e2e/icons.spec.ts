import { expect, test } from '@playwright/test'

// What a browser asks for on its own (favicon, touch icon, manifest and its icons) exists, and no page
// makes the browser log an error or meet a failed request.
const PAGES = ['/', '/articles/china-russia-firms-sign-deals-shenyang', '/sections/trade', '/tags/china', '/authors/owen-gallagher', '/search?q=china', '/no-such-page']

test('every page loads without a failed request or a console error', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    // (The 404 page's own status is logged as a failed load; that one is right.)
    const ownStatus = message.location().url === page.url() && page.url().endsWith('/no-such-page')
    if (message.type() === 'error' && !ownStatus) problems.push(`console: ${message.text()} (${message.location().url})`)
  })
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`))
  page.on('response', (response) => {
    // The 404 page itself answers 404, as it should; nothing it loads may.
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`${response.status()}: ${response.url()}`)
  })
  for (const url of PAGES) {
    await page.goto(url, { waitUntil: 'networkidle' })
    // Chromium asks for the icon the page names (or /favicon.ico) after the load.
    await page.waitForTimeout(200)
  }
  expect(problems).toEqual([])
})

test('the favicon, the Apple touch icon and the web app manifest with the site name and theme colours', async ({ page, request }) => {
  await page.goto('/')
  const head = page.locator('head')
  const hrefOf = (selector: string) => head.locator(selector).first().getAttribute('href')

  const favicon = await request.get((await hrefOf('link[rel="icon"]'))!)
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
  expect((await request.get('/favicon.ico')).status()).toBe(200)

  const touchIcon = await request.get((await hrefOf('link[rel="apple-touch-icon"]'))!)
  expect(touchIcon.status()).toBe(200)
  expect(touchIcon.headers()['content-type']).toBe('image/png')

  await expect(head.locator('meta[name="theme-color"]')).toHaveCount(2)
  const manifestResponse = await request.get((await hrefOf('link[rel="manifest"]'))!)
  expect(manifestResponse.status()).toBe(200)
  const manifest = await manifestResponse.json()
  expect(manifest).toMatchObject({ name: 'Meridian', short_name: 'Meridian', start_url: '/', theme_color: '#0b2545', background_color: '#ffffff' })
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes)
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src)
    expect(response.status(), icon.src).toBe(200)
    const png = await response.body()
    // A PNG's width and height are the big-endian words at bytes 16 and 20 of its header.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
  }
})
