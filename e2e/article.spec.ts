import { expect, test } from '@playwright/test'

// The sample newsroom's version of the reference story: it carries every part of the page.
const STORY = '/articles/china-russia-firms-sign-deals-shenyang'

test.describe('article page', () => {
  test('shows the anatomy of a news article', async ({ page }) => {
    const response = await page.goto(STORY)
    expect(response?.status()).toBe(200)

    const article = page.locator('main article').first()
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.locator('h1')).toContainText('Russian')
    await expect(article.locator('header').getByRole('link', { name: 'Trade', exact: true })).toHaveAttribute('href', '/sections/trade')
    await expect(article.locator('header p').nth(0)).not.toBeEmpty() // dek

    // Byline and dates.
    await expect(article.locator('header').getByRole('link', { name: 'Owen Gallagher' })).toHaveAttribute('href', '/authors/owen-gallagher')
    const published = article.locator('header time').first()
    await expect(published).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)

    // Hero image with alt text and caption.
    const hero = article.locator('figure img').first()
    await expect(hero).toHaveAttribute('alt', /.{10,}/)
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await expect(article.locator('figure figcaption').first()).not.toBeEmpty()

    // Body with typographic styles.
    expect(await article.locator('.prose p').count()).toBeGreaterThan(6)

    // Source credit names the agency and links the editing author.
    const credit = page.locator('[data-source-credit]')
    await expect(credit).toHaveText('Reuters with additional editing by Owen Gallagher')
    await expect(credit.getByRole('link')).toHaveAttribute('href', '/authors/owen-gallagher')

    // Author bio box.
    const bio = page.locator('[data-author-bio]')
    await expect(bio.getByRole('link', { name: 'Owen Gallagher' })).toHaveAttribute('href', '/authors/owen-gallagher')
    await expect(bio).toContainText('Senior Editor')
    const avatar = (await bio.locator('img').first().boundingBox())!
    expect(avatar.width).toBeGreaterThan(40)
    expect(avatar.height).toBe(avatar.width) // a round portrait, not stretched to the height of the bio
  })

  test('AlsoOn shows the current title of the other article and links to it', async ({ page, request }) => {
    await page.goto(STORY)
    const alsoOn = page.locator('[data-also-on]')
    await expect(alsoOn).toHaveCount(1)
    await expect(alsoOn).toContainText('Also on Meridian:')
    const link = alsoOn.getByRole('link')
    const title = (await link.textContent())!.trim()
    const href = (await link.getAttribute('href'))!
    expect(href).toBe('/articles/vietnam-rare-earth-executives-arrested')

    await page.goto(href)
    await expect(page.locator('h1')).toHaveText(title)
    expect((await request.get(href)).status()).toBe(200)
  })

  test('Read more lists internal stories first, then external ones opened safely', async ({ page, request }) => {
    await page.goto(STORY)
    const links = page.locator('section[aria-labelledby="read-more"] li a')
    await expect(links).toHaveCount(4)

    for (const i of [0, 1]) {
      const href = (await links.nth(i).getAttribute('href'))!
      expect(href).toMatch(/^\/articles\//)
      expect((await request.get(href)).status()).toBe(200)
    }
    for (const i of [2, 3]) {
      await expect(links.nth(i)).toHaveAttribute('href', /^https:\/\//)
      await expect(links.nth(i)).toHaveAttribute('rel', 'noopener noreferrer')
      await expect(links.nth(i)).toHaveAttribute('target', '_blank')
    }
    await expect(links.nth(2)).toContainText(/– CNN/)
    await expect(links.nth(3)).toContainText(/– South China Morning Post/)
  })

  test('Read more falls back to related stories when the editor gave none', async ({ page, request }) => {
    await page.goto('/articles/slim-moon-lander-wakes-up')
    const links = page.locator('section[aria-labelledby="read-more"] li a')
    expect(await links.count()).toBeGreaterThan(0)
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^\/articles\//)
      expect(href).not.toBe('/articles/slim-moon-lander-wakes-up')
      expect((await request.get(href)).status()).toBe(200)
    }
  })

  test('the author box leads to the author page, which lists their articles', async ({ page }) => {
    await page.goto(STORY)
    await page.locator('[data-author-bio]').getByRole('link', { name: 'Owen Gallagher' }).click()
    await expect(page).toHaveURL(/\/authors\/owen-gallagher$/)
    await expect(page.locator('h1')).toHaveText('Owen Gallagher')
    await expect(page.locator('[data-listing] article a', { hasText: /Russian/ }).first()).toBeVisible()
  })

  test('recent posts: six other articles, newest first, with times true when read', async ({ page }) => {
    await page.goto(STORY)
    const items = page.locator('[data-recent-posts] article')
    await expect(items).toHaveCount(6)

    const hrefs = await items.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs).not.toContain(STORY)

    const times = items.locator('time')
    const stamps = await times.evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime')!)))
    expect(stamps).toEqual([...stamps].sort((a, b) => b - a))

    // After hydration the text is relative to the reader's clock; the exact time stays in the tooltip.
    await expect(times.first()).toHaveText(/^(just now|\d+ (minute|hour|day)s? ago|\d{1,2} [A-Z][a-z]{2} \d{4})$/)
    await expect(times.first()).toHaveAttribute('title', /\d{4}, \d{2}:\d{2}/)
    for (const excerpt of await items.locator('p:not(:has(time))').allTextContents()) expect(excerpt.length).toBeGreaterThan(20)
  })

  test('relative times follow the reader’s clock, not the build', async ({ page }) => {
    const datetime = await (async () => {
      await page.goto(STORY)
      return page.locator('[data-recent-posts] time').first().getAttribute('datetime')
    })()
    // Pretend the page is read three days after the story was published.
    await page.clock.setFixedTime(Date.parse(datetime!) + 3 * 24 * 3600_000 + 60_000)
    await page.reload()
    await expect(page.locator('[data-recent-posts] time').first()).toHaveText('3 days ago')
  })

  test('on a phone the recent posts come after the article', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(STORY)
    const articleBox = (await page.locator('main article').first().boundingBox())!
    const recentBox = (await page.locator('[data-recent-posts]').boundingBox())!
    expect(recentBox.y).toBeGreaterThanOrEqual(articleBox.y + articleBox.height)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  test('an older article, not rendered at build time, renders on first request and is then cached', async ({ request }) => {
    // `npm test` builds with PRERENDER_ARTICLES=10; this story is the oldest of the sample newsroom.
    const url = '/articles/singapore-airline-earnings-travel'
    const first = await request.get(url)
    expect(first.status()).toBe(200)
    expect(await first.text()).toContain('Straits Airways')
    const second = await request.get(url)
    expect(second.headers()['x-nextjs-cache']).toBe('HIT')
  })

  test('an unknown slug gets the 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/articles/no-such-story-exists')
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1')).toHaveText('We can’t find that page')
    await expect(page.getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/')
  })
})

test('printing an article keeps the story and drops the site around it', async ({ page }) => {
  await page.goto(STORY)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.locator('.prose p').first()).toBeVisible()
  await expect(page.locator('[data-source-credit]')).toBeVisible()
  for (const hidden of ['header nav', '[data-recent-posts]', 'footer', '[data-theme-toggle]', 'section[aria-labelledby="read-more"]']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden()
  }
})
