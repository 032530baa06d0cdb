import { expect, test, type Page } from '@playwright/test'
import { hasTag, newestPublishedTime, publishedUrls } from './content'

/** Every card link of a listing, following "Older stories" to the last page. */
async function walkListing(page: Page, start: string) {
  const pages: string[][] = []
  let url: string | null = start
  while (url) {
    const response = await page.goto(url)
    expect(response?.status(), url).toBe(200)
    pages.push(await page.locator('[data-listing] article h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    const next = page.locator('nav[aria-label="Pages"] a[rel="next"]')
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null
  }
  return pages
}

const listings = [
  { name: 'section', url: '/sections/markets', expected: () => publishedUrls((a) => a.section === 'markets') },
  { name: 'tag', url: '/tags/china', expected: () => publishedUrls(hasTag('china')) },
  { name: 'author', url: '/authors/mei-lin-tan', expected: () => publishedUrls((a) => a.authors.includes('mei-lin-tan')) },
  { name: 'archive', url: '/archive', expected: () => publishedUrls() },
]

for (const listing of listings) {
  test(`${listing.name} page lists exactly its published articles, newest first, across pages`, async ({ page, request }) => {
    const pages = await walkListing(page, listing.url)
    expect(pages.flat()).toEqual(listing.expected())

    // The test build uses 4 cards a page, so each of these listings has at least two pages.
    expect(pages.length).toBeGreaterThan(1)
    expect(pages[1]).not.toEqual(pages[0])
    await page.goto(`${listing.url}/page/2`)
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', listing.url)
    expect((await request.get(`${listing.url}/page/${pages.length + 1}`)).status()).toBe(404)
    expect((await request.get(`${listing.url}/page/1`)).status()).toBe(404)
    expect((await request.get(`${listing.url}/page/two`)).status()).toBe(404)
  })
}

test('unknown sections, topics and authors are 404', async ({ request }) => {
  for (const url of ['/sections/sport', '/tags/no-such-topic', '/authors/nobody']) {
    expect((await request.get(url)).status(), url).toBe(404)
  }
})

test('every kind of missing page is titled as one, not as the page it might have been', async ({ request }) => {
  const missing = ['/no-such-page', '/articles/no-such-story', '/sections/sport', '/sections/markets/page/99', '/authors/owen-gallagher/page/99', '/tags/china/page/99', '/archive/page/99']
  for (const url of missing) {
    const response = await request.get(url)
    expect(response.status(), url).toBe(404)
    expect(/<title>([^<]*)<\/title>/.exec(await response.text())?.[1], url).toBe('Page not found | Meridian')
  }
})

test.describe('home page', () => {
  /** Story links of one part of the front page, in reading order. */
  const storyLinks = (page: Page, selector: string) =>
    page.locator(`${selector} :is(article :is(h2, h3), li) > a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))

  test('shows the lead, secondary and latest stories, each opening its article', async ({ page, request }) => {
    await page.goto('/')
    const lead = page.locator('[data-front="lead"] article')
    await expect(lead).toHaveCount(1)
    await expect(lead.locator('img')).toBeVisible()
    await expect(page.locator('[data-front="secondary"] article')).toHaveCount(3)
    await expect(page.locator('[data-front="secondary"] article img')).toHaveCount(3)
    expect(await page.locator('[data-front="latest"] article').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('[data-front="section"]').count()).toBeGreaterThanOrEqual(5)

    // The lead is the featured story; every story appears once and is a live, published article.
    const hrefs = await storyLinks(page, 'main')
    expect(new Set(hrefs).size).toBe(hrefs.length)
    const published = new Set(publishedUrls())
    for (const href of hrefs) expect(published.has(href), href).toBe(true)

    // Beside the lead, the newest other stories: three with pictures, then the latest river, newest first.
    const [leadHref] = await storyLinks(page, '[data-front="lead"]')
    const secondary = await storyLinks(page, '[data-front="secondary"]')
    const latest = await storyLinks(page, '[data-front="latest"]')
    expect([...secondary, ...latest]).toEqual(publishedUrls().filter((url) => url !== leadHref).slice(0, secondary.length + latest.length))
    await expect(page.locator('[data-front="latest"] article time').first()).toHaveText(/ago$|^just now$|\d{4}$/)

    const leadLink = lead.locator('h2 a')
    const leadTitle = (await leadLink.textContent())!
    await leadLink.click()
    await expect(page.locator('h1')).toHaveText(leadTitle)
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200)
  })

  test('a picture story opens from its picture as well as its headline', async ({ page }) => {
    await page.goto('/')
    const card = page.locator('[data-front="secondary"] article').first()
    const href = await card.locator('h2 a').getAttribute('href')
    // Where a reader clicks: the middle of the picture (the headline's link covers the card).
    const box = (await card.locator('img').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(page).toHaveURL(new RegExp(`${href}$`))
  })

  test('each section block leads with its newest story not shown above, then headlines, newest first', async ({ page }) => {
    await page.goto('/')
    const above = new Set(await storyLinks(page, ':is([data-front="lead"], [data-front="secondary"], [data-front="latest"])'))
    const blocks = page.locator('[data-front="section"]')
    for (let i = 0; i < (await blocks.count()); i++) {
      const block = blocks.nth(i)
      const sectionUrl = (await block.locator('h2 a').getAttribute('href'))!
      const section = sectionUrl.replace('/sections/', '')
      const stories = await storyLinks(page, `[data-front="section"]:nth-child(${i + 1})`)
      const newest = publishedUrls((a) => a.section === section).filter((url) => !above.has(url))
      expect(stories, section).toEqual(newest.slice(0, 5))
      // The first with its summary and time, the rest as headlines.
      await expect(block.locator('article'), section).toHaveCount(1)
      await expect(block.locator('article p')).not.toBeEmpty()
      await expect(block.locator('article time')).toHaveAttribute('datetime', /Z$/)
      await expect(block.locator('li')).toHaveCount(stories.length - 1)
    }
  })

  test('stays under the 60 KB HTML budget, React payload included', async ({ request }) => {
    const html = await (await request.get('/')).body()
    expect(html.length).toBeLessThanOrEqual(60 * 1024)
  })
})

test.describe('navigation', () => {
  test('on a phone the sections sit behind a menu button that works by touch and keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    const menu = page.getByRole('button', { name: 'Menu' })
    const sectionsNav = page.locator('header').getByRole('navigation', { name: 'Sections' })
    await expect(sectionsNav).toBeHidden()

    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await sectionsNav.getByRole('link', { name: 'Trade' }).click()
    await expect(page).toHaveURL(/\/sections\/trade$/)
    await expect(sectionsNav).toBeHidden()

    // Keyboard: focus the button, open with Enter, Escape closes.
    await menu.focus()
    await page.keyboard.press('Enter')
    await expect(sectionsNav).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(sectionsNav).toBeHidden()
  })

  test('on a wide screen the section bar is reachable by keyboard from the skip link on', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    const nav = page.locator('header').getByRole('navigation', { name: 'Sections' })
    await expect(nav).toBeVisible()
    let reached = false
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await nav.getByRole('link', { name: 'Markets' }).evaluate((a) => a === document.activeElement)
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/sections\/markets$/)
  })

  test('a story link opens the story inside the app, without reloading the page', async ({ page }) => {
    await page.goto('/')
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))
    // A headline low on the page: the story opens at its top.
    const link = page.locator('[data-front="section"] li a').last()
    const [href, title] = [await link.getAttribute('href'), await link.textContent()]
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.locator('h1')).toHaveText(title!)
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.goBack()
    await expect(page).toHaveURL(/\/$/)
  })

  test('a story is prefetched when the reader points at its link, not merely because it is on screen', async ({ page }) => {
    const prefetched: string[] = []
    page.on('request', (request) => {
      if (request.headers()['next-router-prefetch']) prefetched.push(new URL(request.url()).pathname)
    })
    await page.goto('/')
    await page.waitForLoadState('networkidle')
    expect(prefetched).toEqual([])
    const link = page.locator('[data-front="latest"] article h3 a').nth(1)
    const href = (await link.getAttribute('href'))!
    await Promise.all([page.waitForRequest((r) => !!r.headers()['next-router-prefetch'] && r.url().includes(href)), link.hover()])
  })

  test('a click with a modifier key is left to the browser (a new tab), the page stays', async ({ page, context }) => {
    await page.goto('/sections/markets')
    const link = page.locator('[data-listing] article h2 a').first()
    const href = (await link.getAttribute('href'))!
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })])
    await tab.waitForLoadState()
    expect(new URL(tab.url()).pathname).toBe(href)
    await expect(page).toHaveURL(/\/sections\/markets$/)
  })

  test('the skip link jumps to the main content', async ({ page }) => {
    await page.goto('/archive')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main$/)
  })
})

test('dark mode: the toggle switches theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  const html = page.locator('html')
  await expect(html).not.toHaveClass(/dark/)
  const toggle = page.locator('[data-theme-toggle]')
  await toggle.click()
  await expect(html).toHaveClass(/dark/)
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await expect(html).toHaveClass(/dark/)
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect(background).toBe('rgb(16, 19, 23)')

  await toggle.click()
  await page.reload()
  await expect(html).not.toHaveClass(/dark/)
})

test('dark mode follows the system setting until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/sections/markets')
  await expect(page.locator('html')).toHaveClass(/dark/)
})

test('the theme is set before the page paints (no flash)', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const head = html.slice(0, html.indexOf('</head>'))
  expect(head).toContain("localStorage.getItem('theme')")
})

test('nothing shifts while pages load (cumulative layout shift 0)', async ({ browser }) => {
  // A slow phone shows the worst case: the page paints while its HTML is still streaming in, the
  // fonts arrive after the first paint, and the browser swaps each exact time for a relative one
  // ("9 hours ago", as if read nine hours after the newest story).
  const readAt = newestPublishedTime() + 9 * 3600_000
  for (const url of ['/', '/articles/china-russia-firms-sign-deals-shenyang', '/sections/markets']) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      await page.clock.setFixedTime(readAt)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.goto(url)
      await page.waitForLoadState('load')
      await expect(page.locator('[data-relative-time]').first()).toHaveText(/ago$/)
      await page.evaluate(() => document.fonts.ready)
      const { shift, moved } = await page.evaluate(
        () =>
          new Promise<{ shift: number; moved: string[] }>((resolve) => {
            type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }
            // What moved, for the failure message: each shifted element's tag, class and first words.
            const describe = (node?: Node) =>
              node instanceof Element ? `<${node.tagName.toLowerCase()} class="${node.className}"> ${node.textContent?.slice(0, 40)}` : String(node?.nodeName)
            new PerformanceObserver((list) => {
              const shifts = (list.getEntries() as LayoutShift[]).filter((e) => !e.hadRecentInput)
              resolve({
                shift: shifts.reduce((sum, e) => sum + e.value, 0),
                moved: shifts.flatMap((e) => e.sources.map((source) => `${e.value.toFixed(4)} ${describe(source.node)}`)),
              })
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve({ shift: 0, moved: [] }), 500) // no entries at all: nothing shifted
          }),
      )
      expect(shift, `${url} at ${width}px; moved: ${moved.join('; ')}`).toBe(0)
      await context.close()
    }
  }
})
