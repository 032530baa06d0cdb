import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { Window } from 'happy-dom'
import { HtmlValidate, type ConfigData } from 'html-validate'
import { checkAtom, checkJsonFeed11, checkJsonLd, checkRss, checkSitemap, parseXmlStrict } from '../tests/support/strict-output'
import { buildCopy, freePort, startStandalone, type Running } from './support/servers'

// The torture newsroom (tests/fixtures/torture): headlines, names, sections and tags in Chinese, Japanese,
// Arabic, Russian and emoji, `& < > " '` and entities in every text field, bodies with footnotes, tables, code,
// escapes and external links. Built as a site of its own and crawled: every page answers 200, every output
// is valid for a strict reader, and no text is mangled on the way.
const SITE_URL = 'https://meridian.test'
const FIXTURE = path.join('tests', 'fixtures', 'torture', 'content')

let dir: string
let server: Running

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  dir = await buildCopy({ contentDir: FIXTURE, env: { NEXT_PUBLIC_SITE_URL: SITE_URL, LISTING_PAGE_SIZE: '4', PRERENDER_ARTICLES: '3' } })
  server = await startStandalone(path.join(dir, '.next', 'standalone'), await freePort())
})

test.afterAll(async () => {
  await server?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const validator = new HtmlValidate(JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData)
const window = new Window()

/** A same-site path for a link found in a page or file, or undefined for another site's. */
function sitePath(href: string): string | undefined {
  const url = new URL(href, `${SITE_URL}/`)
  if (url.origin !== SITE_URL) return undefined
  return url.pathname + url.search
}

/** What a reader or a crawler can reach from a page: links, images, scripts, feeds, share images. */
function linksOfPage(html: string): { internal: string[]; external: { href: string; rel: string }[] } {
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  const hrefs = [
    ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
    ...[...document.querySelectorAll('img[src], script[src]')].map((e) => e.getAttribute('src')!),
    ...[...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map((e) => e.getAttribute('content')!),
  ]
  const external = [...document.querySelectorAll('a[href]')]
    .filter((a) => /^https?:/.test(a.getAttribute('href')!) && sitePath(a.getAttribute('href')!) === undefined)
    .map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? '' }))
  return { internal: hrefs.flatMap((href) => sitePath(href) ?? []), external }
}

const locsOf = (xml: string) => [...xml.matchAll(/<(?:loc|link|id)>([^<]+)<\/(?:loc|link|id)>|<link[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]).replace(/&amp;/g, '&'))

test('every page, feed, sitemap and share image of the torture newsroom is reachable and valid for a strict reader', async ({ request }) => {
  test.setTimeout(240_000)
  const get = (url: string) => request.get(`${server.url}${url}`, { maxRedirects: 0 })
  const queue = ['/', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt', '/feed.xml', '/atom.xml', '/feed.json']
  const seen = new Set(queue)
  const problems: string[] = []
  const visit = (url: string) => {
    if (!seen.has(url)) {
      seen.add(url)
      queue.push(url)
    }
  }
  const counts = { html: 0, xml: 0, json: 0, image: 0 }

  while (queue.length > 0) {
    const url = queue.shift()!
    const response = await get(url)
    if (response.status() !== 200) {
      problems.push(`${url}: status ${response.status()}`)
      continue
    }
    const type = response.headers()['content-type'] ?? ''
    if (type.startsWith('image/')) {
      counts.image++
      const bytes = await response.body()
      if (url.startsWith('/og/') && !(type === 'image/png' && bytes.subarray(1, 4).toString() === 'PNG')) problems.push(`${url}: not a PNG`)
      continue
    }
    if (!/html|xml|json|text\/plain/.test(type)) continue
    const text = await response.text()
    if (text.includes('\uFFFD')) problems.push(`${url}: contains U+FFFD`)
    try {
      if (type.includes('text/html')) {
        counts.html++
        const report = await validator.validateString(text, `${url}.html`)
        for (const m of report.results.flatMap((r) => r.messages)) problems.push(`${url}: ${m.ruleId}: ${m.message}`)
        const document = new window.DOMParser().parseFromString(text, 'text/html')
        for (const script of document.querySelectorAll('script[type="application/ld+json"]')) checkJsonLd(script.textContent ?? '', url)
        const { internal, external } = linksOfPage(text)
        internal.forEach(visit)
        for (const link of external)
          if (!/\bnoopener\b/.test(link.rel) || !/\bnoreferrer\b/.test(link.rel)) problems.push(`${url}: external link ${link.href} has rel="${link.rel}"`)
      } else if (type.includes('xml')) {
        counts.xml++
        if (/(^|\/)feed\.xml$/.test(url)) checkRss(text, url)
        else if (/(^|\/)atom\.xml$/.test(url)) checkAtom(text, url)
        else if (/sitemap/.test(url)) checkSitemap(text, url, { news: url === '/news-sitemap.xml' })
        else parseXmlStrict(text, url)
        locsOf(text).flatMap((loc) => sitePath(loc) ?? []).forEach(visit)
      } else if (type.includes('json')) {
        counts.json++
        if (url.endsWith('/feed.json')) checkJsonFeed11(text, url)
        else JSON.parse(text) // the web app manifest
      } else {
        for (const line of text.split('\n')) if (/^Sitemap:/i.test(line)) visit(sitePath(line.replace(/^Sitemap:\s*/i, ''))!)
      }
    } catch (error) {
      problems.push(`${url}: ${(error as Error).message}`)
    }
  }

  expect(problems).toEqual([])
  // Every story, section, author and topic was reached (from the home page, the lists and the sitemap).
  for (const file of fs.readdirSync(path.join(FIXTURE, 'articles'))) expect(seen, file).toContain(`/articles/${file.replace(/\.mdx$/, '')}`)
  expect(counts.html).toBeGreaterThan(20)
  expect(counts.xml).toBeGreaterThan(5)
  console.log(`torture newsroom: ${JSON.stringify(counts)}`)
})

test('right-to-left headlines, deks and names read right to left on the article, in cards and in Recent posts', async ({ page }) => {
  const arabicTitle = 'الشركات الصينية والروسية توقع صفقات جديدة في عام 2026'
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${server.url}/articles/gulf-deals-ar`)
    const direction = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).direction)
    expect(await direction('h1')).toBe('rtl')
    expect(await direction('main article header p:not(:has(a))')).toBe('rtl')
    await page.screenshot({ path: test.info().outputPath(`arabic-article-${width}.png`), fullPage: true })

    await page.goto(`${server.url}/sections/mena`)
    const card = page.locator('[data-card] h2, [data-card] h3').filter({ hasText: arabicTitle }).first()
    expect(await card.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl')

    // Recent posts on another story list the Arabic one.
    await page.goto(`${server.url}/articles/russia-china-trade-ru`)
    const recent = page.locator('[data-recent-posts] h3').filter({ hasText: arabicTitle })
    expect(await recent.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl')
    await page.screenshot({ path: test.info().outputPath(`recent-posts-${width}.png`), fullPage: true })
  }
})

test('topics in every script: one chip per topic, its page named as the chip, other spellings redirected', async ({ page, request }) => {
  await page.goto(`${server.url}/articles/la-nina-crops-asia`)
  const chips = page.getByRole('navigation', { name: 'Topics' }).getByRole('link')
  // "La Niña" and "la nina" are one topic.
  await expect(chips).toHaveText(['La Niña', 'Agriculture', 'Việt Nam'])
  for (const [chip, heading] of [
    ['La Niña', 'La Niña'],
    ['Việt Nam', 'Việt Nam'],
  ]) {
    await page.goto(`${server.url}/articles/la-nina-crops-asia`)
    await chips.filter({ hasText: chip }).click()
    await expect(page.locator('h1')).toHaveText(heading)
    await expect(page.locator('[data-listing] a[href="/articles/la-nina-crops-asia"]')).toHaveCount(1)
  }

  for (const [article, chip] of [
    ['china-russia-deals-zh', '中国'],
    ['gulf-deals-ar', 'الصين'],
    ['russia-china-trade-ru', 'Россия'],
    ['att-verizon-entities', 'C++'],
    ['bitcoin-rocket-emoji', '🚀 Rockets'],
  ]) {
    await page.goto(`${server.url}/articles/${article}`)
    const link = chips.filter({ hasText: chip })
    await expect(link).toHaveCount(1)
    const response = await request.get(`${server.url}${await link.getAttribute('href')}`)
    expect(response.status(), chip).toBe(200)
    expect(await response.text()).toContain(`/articles/${article}"`)
  }

  for (const [spelling, address] of [
    ['/tags/La%20Ni%C3%B1a', '/tags/la-nina'],
    ['/tags/la-nin%CC%83a', '/tags/la-nina'],
    ['/tags/CRYPTO', '/tags/crypto'],
    ['/tags/%D0%A0%D0%9E%D0%A1%D0%A1%D0%98%D0%AF', '/tags/%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F'],
  ]) {
    const response = await request.get(`${server.url}${spelling}`, { maxRedirects: 0 })
    expect(response.status(), spelling).toBe(308)
    expect(new URL(response.headers().location, server.url).pathname, spelling).toBe(address)
  }
})

test('search folds case and accents, finds CJK words without spaces, and cuts long queries between characters', async ({ page }) => {
  for (const [query, slug] of [
    ['nina', 'la-nina-crops-asia'],
    ['NIN\u0303A', 'la-nina-crops-asia'],
    ['中国', 'china-russia-deals-zh'],
    ['利上げ', 'boj-yen-ja'],
    ['торговля', 'russia-china-trade-ru'],
  ]) {
    await page.goto(`${server.url}/search?q=${encodeURIComponent(query)}`)
    await expect(page.locator(`main a[href="/articles/${slug}"]`).first(), query).toBeVisible()
  }
  await page.goto(`${server.url}/search?q=nina`)
  await expect(page.locator('main mark').first()).toHaveText('Niña')

  // 60 emoji are 120 UTF-16 units: the query is cut to 50 whole emoji, never to half of one.
  await page.goto(`${server.url}/search?q=${encodeURIComponent('🚀'.repeat(60))}`)
  const title = await page.title()
  expect(title).not.toContain('\uFFFD')
  expect(title).toContain('🚀'.repeat(50))
  expect(title).not.toContain('🚀'.repeat(51))
})
