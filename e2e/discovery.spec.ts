import { expect, test, type APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { checkAtom, checkJsonFeed11, checkJsonLd, checkRss, checkSitemap } from '../tests/support/strict-output'

// `npm test` builds and serves the site with this site URL; every absolute URL must use it.
const SITE = (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
const STORY = '/articles/china-russia-firms-sign-deals-shenyang'

const LISTS = ['urlset.url', 'rss.channel.item', 'feed.entry', 'feed.entry.link', 'feed.link']
const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, path) => LISTS.includes(String(path)) })

async function getXml(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type']).toMatch(/xml/)
  const text = await response.text()
  // Well-formed for a strict parser, and shaped as its format requires; then read leniently for the values.
  if (path.endsWith('/feed.xml')) checkRss(text, path)
  else if (path.endsWith('/atom.xml')) checkAtom(text, path)
  else checkSitemap(text, path, { news: path === '/news-sitemap.xml' })
  return parser.parse(text)
}

/** The path of an absolute URL on the configured site (which the test server stands in for). */
function sitePath(url: string): string {
  expect(url.startsWith(`${SITE}/`), `${url} is on ${SITE}`).toBe(true)
  return url.slice(SITE.length)
}

async function expectAllOk(request: APIRequestContext, urls: string[]) {
  expect(urls.length).toBeGreaterThan(0)
  for (const url of new Set(urls)) expect((await request.get(sitePath(url))).status(), url).toBe(200)
}

test.describe('sitemaps and robots.txt', () => {
  test('the sitemap lists every listing page and article, each dated and each answering 200', async ({ request }) => {
    const { urlset } = await getXml(request, '/sitemap.xml')
    const urls: { loc: string; lastmod?: string }[] = urlset.url
    const paths = urls.map((u) => sitePath(u.loc))
    expect(paths).toContain('/')
    expect(paths).toContain('/sections/trade')
    expect(paths).toContain('/authors/owen-gallagher')
    expect(paths).toContain('/tags/china')
    expect(paths).toContain(STORY)
    expect(paths).toContain('/articles/singapore-airline-earnings-travel') // the oldest, not prerendered
    for (const u of urls) expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
    await expectAllOk(request, urls.map((u) => u.loc))
  })

  test('the news sitemap holds only articles of the last two days, in Google News format', async ({ request }) => {
    const { urlset } = await getXml(request, '/news-sitemap.xml')
    const urls = urlset.url ?? []
    const twoDaysAgo = Date.now() - 2 * 24 * 3600_000
    for (const u of urls) {
      const news = u['news:news']
      expect(news['news:publication']).toEqual({ 'news:name': 'Meridian', 'news:language': 'en' })
      expect(Date.parse(news['news:publication_date'])).toBeGreaterThanOrEqual(twoDaysAgo)
      expect(news['news:title']).toBeTruthy()
    }
    if (urls.length > 0) await expectAllOk(request, urls.map((u: { loc: string }) => u.loc))
  })

  test('robots.txt names both sitemaps', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text()
    expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`)
    expect(text).toContain(`Sitemap: ${SITE}/news-sitemap.xml`)
  })
})

test.describe('feeds', () => {
  for (const base of ['', '/sections/trade', '/authors/owen-gallagher']) {
    test(`RSS, Atom and JSON Feed${base ? ` for ${base}` : ''} parse, carry required fields and link to live pages`, async ({ request }) => {
      const { rss } = await getXml(request, `${base}/feed.xml`)
      expect(rss['@_version']).toBe('2.0')
      expect(rss.channel.title).toBeTruthy()
      expect(rss.channel.description).toBeTruthy()
      sitePath(rss.channel.link)
      const items: { link: string; guid: { '#text': string }; title: string; pubDate: string }[] = rss.channel.item
      expect(items.length).toBeGreaterThan(0)
      expect(items.length).toBeLessThanOrEqual(50)
      for (const item of items) {
        expect(item.title).toBeTruthy()
        // The id is the first address the story had: its current one, or an earlier one that redirects to it (renames.spec.ts).
        expect(item.guid['#text']).toMatch(new RegExp(`^${SITE}/articles/`))
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      }
      await expectAllOk(request, items.map((i) => i.link))
      await expectAllOk(request, items.map((i) => i.guid['#text']))

      const { feed: atom } = await getXml(request, `${base}/atom.xml`)
      expect(atom.id).toBeTruthy()
      expect(atom.title).toBeTruthy()
      expect(atom.updated).toBeTruthy()
      expect(atom.entry.map((e: { id: string }) => e.id)).toEqual(items.map((i) => i.guid['#text']))
      for (const entry of atom.entry) expect(entry.author).toBeTruthy()

      const response = await request.get(`${base}/feed.json`)
      expect(response.headers()['content-type']).toMatch(/application\/feed\+json/)
      const text = await response.text()
      checkJsonFeed11(text, `${base}/feed.json`)
      const json = JSON.parse(text)
      expect(json.version).toBe('https://jsonfeed.org/version/1.1')
      expect(sitePath(json.feed_url)).toBe(`${base}/feed.json`)
      expect(json.items.map((i: { id: string }) => i.id)).toEqual(items.map((i) => i.guid['#text']))
      expect(json.items.map((i: { url: string }) => i.url)).toEqual(items.map((i) => i.link))
      for (const item of json.items) expect(item.content_text ?? item.content_html).toBeTruthy()
    })
  }

  test('pages name their feeds for autodiscovery', async ({ page }) => {
    await page.goto('/sections/trade')
    const hrefs = await page.locator('head link[rel="alternate"]').evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`),
    )
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `application/rss+xml ${SITE}/sections/trade/feed.xml`,
        `application/atom+xml ${SITE}/sections/trade/atom.xml`,
        `application/feed+json ${SITE}/sections/trade/feed.json`,
        `application/rss+xml ${SITE}/feed.xml`,
      ]),
    )
  })

  test('an unknown section or author has no feed', async ({ request }) => {
    expect((await request.get('/sections/no-such-section/feed.xml')).status()).toBe(404)
    expect((await request.get('/authors/no-such-author/feed.json')).status()).toBe(404)
  })
})

async function jsonLd(page: import('@playwright/test').Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.flatMap((text) => {
    checkJsonLd(text)
    return JSON.parse(text)
  })
}

test.describe('metadata and structured data', () => {
  test('an article has absolute canonical and Open Graph URLs, article fields and a large Twitter card', async ({ page }) => {
    await page.goto(STORY)
    const meta = (selector: string) => page.locator(`head ${selector}`).first().getAttribute('content')
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${STORY}`)
    expect(await meta('meta[property="og:url"]')).toBe(`${SITE}${STORY}`)
    expect(await meta('meta[property="og:type"]')).toBe('article')
    expect(await meta('meta[property="article:published_time"]')).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/)
    expect(await meta('meta[property="article:modified_time"]')).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/)
    expect(await meta('meta[property="article:author"]')).toBe(`${SITE}/authors/owen-gallagher`)
    expect(await meta('meta[property="article:section"]')).toBe('Trade')
    expect(await page.locator('head meta[property="article:tag"]').count()).toBeGreaterThan(1)
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(await meta('meta[name="description"]')).toBeTruthy()
    await expect(page).toHaveTitle(/\| Meridian$/)
    expect(await meta('meta[property="og:image"]')).toBe(`${SITE}/og/articles/china-russia-firms-sign-deals-shenyang`)
  })

  test('listing pages, the home page and the site’s other pages have absolute canonical and Open Graph URLs', async ({ page }) => {
    const pages = ['/', '/sections/trade', '/tags/china', '/authors/owen-gallagher', '/archive', '/archive/page/2', '/sections', '/authors', '/about', '/contact']
    for (const path of pages) {
      await page.goto(path)
      // Compared as URLs: Next writes the home page's canonical without its trailing slash.
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
      const ogUrl = await page.locator('head meta[property="og:url"]').getAttribute('content')
      expect(new URL(canonical!).href, path).toBe(new URL(`${SITE}${path}`).href)
      expect(new URL(ogUrl!).href, path).toBe(new URL(`${SITE}${path}`).href)
      expect(canonical!.startsWith(SITE)).toBe(true)
      await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', `${SITE}/og/site`)
      await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    }
    // Each page of a list is titled apart, for search results and browser tabs.
    await page.goto('/archive/page/2')
    await expect(page).toHaveTitle('All stories, page 2 | Meridian')
  })

  test('an article carries NewsArticle and BreadcrumbList JSON-LD', async ({ page }) => {
    await page.goto(STORY)
    const [article, breadcrumbs] = await jsonLd(page)
    expect(article['@type']).toBe('NewsArticle')
    expect(article.headline).toBe(await page.locator('h1').textContent())
    expect(article.description).toBeTruthy()
    expect(article.image[0]).toBe(`${SITE}/images/articles/china-russia-firms-sign-deals-shenyang.jpg`)
    expect(article.datePublished).toMatch(/Z$/)
    expect(article.dateModified).toMatch(/Z$/)
    expect(article.author).toEqual([expect.objectContaining({ '@type': 'Person', name: 'Owen Gallagher', url: `${SITE}/authors/owen-gallagher` })])
    expect(article.publisher).toMatchObject({ name: 'Meridian', logo: { url: `${SITE}/images/meridian-logo.png` } })
    expect(article.mainEntityOfPage['@id']).toBe(`${SITE}${STORY}`)
    expect(article.articleSection).toBe('Trade')
    expect(article.keywords).toContain('China')
    expect(breadcrumbs['@type']).toBe('BreadcrumbList')
    expect(breadcrumbs.itemListElement.map((i: { item: string }) => i.item)).toEqual([`${SITE}/`, `${SITE}/sections/trade`, `${SITE}${STORY}`])
    expect((await page.request.get(sitePath(article.publisher.logo.url))).status()).toBe(200)
  })

  test('author pages carry Person, listings BreadcrumbList and the home page WebSite with search', async ({ page }) => {
    await page.goto('/authors/owen-gallagher')
    const [person, crumbs] = await jsonLd(page)
    expect(person).toMatchObject({ '@type': 'Person', name: 'Owen Gallagher', jobTitle: 'Senior Editor', url: `${SITE}/authors/owen-gallagher` })
    expect(crumbs['@type']).toBe('BreadcrumbList')

    await page.goto('/sections/trade')
    expect((await jsonLd(page))[0].itemListElement.at(-1)).toMatchObject({ name: 'Trade', item: `${SITE}/sections/trade` })

    await page.goto('/')
    const [website] = await jsonLd(page)
    expect(website['@type']).toBe('WebSite')
    expect(website.potentialAction.target.urlTemplate).toBe(`${SITE}/search?q={search_term_string}`)
  })

  test('social images are 1200×630 PNGs for articles and listings', async ({ request }) => {
    for (const path of ['/og/articles/china-russia-firms-sign-deals-shenyang', '/og/articles/singapore-airline-earnings-travel', '/og/site']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['content-type']).toBe('image/png')
      const png = await response.body()
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630])
    }
    expect((await request.get('/og/articles/no-such-story')).status()).toBe(404)
  })
})

test.describe('search', () => {
  test('a word found only in one article body finds that article first, highlighted', async ({ page }) => {
    await page.goto('/search?q=outweighed')
    const first = page.locator('[data-search-results] li').first()
    await expect(first.locator('h2 a')).toHaveAttribute('href', '/articles/singapore-airline-earnings-travel')
    await expect(first.locator('mark').first()).toHaveText(/^outweighed$/i)
  })

  test('works without JavaScript, from the search box in the header', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('search').first().getByRole('searchbox').fill('yen intervention')
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/search\?q=yen\+intervention$/)
    await expect(page.locator('[data-search-results] li h2 a').first()).toHaveAttribute('href', '/articles/yen-slides-intervention-watch')
    await context.close()
  })

  test('results are paginated', async ({ page }) => {
    await page.goto('/search?q=the')
    await expect(page.locator('[data-search-results] li')).toHaveCount(10)
    const firstPage = await page.locator('[data-search-results] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    await page.getByRole('link', { name: 'More results →' }).click()
    await expect(page).toHaveURL(/\/search\?q=the&page=2$/)
    const secondPage = await page.locator('[data-search-results] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(secondPage.length).toBeGreaterThan(0)
    for (const href of secondPage) expect(firstPage).not.toContain(href)
  })

  test('markup in a query is shown as text, never run', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', async (dialog) => {
      dialogs++
      await dialog.dismiss()
    })
    const query = '<script>alert(1)</script>'
    const response = await page.goto(`/search?q=${encodeURIComponent(query)}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('[data-search-summary] q')).toHaveText(query)
    await expect(page.locator('#search-page-query')).toHaveValue(query)
    expect(await page.locator('main script:not([type])').count()).toBe(0)
    expect(dialogs).toBe(0)
  })

  test('an empty query shows guidance, and a long one is cut to 100 characters', async ({ page }) => {
    const response = await page.goto('/search?q=')
    expect(response?.status()).toBe(200)
    await expect(page.locator('[data-search-guidance]')).toContainText('Type one or more words')
    await page.goto(`/search?q=${'a'.repeat(300)}`)
    await expect(page.locator('#search-page-query')).toHaveValue('a'.repeat(100))
    await expect(page.locator('[data-search-summary]')).toContainText('No articles match')
  })

  test('a page number past the results is a 404', async ({ request }) => {
    expect((await request.get('/search?q=outweighed&page=9')).status()).toBe(404)
    expect((await request.get('/search?q=yen&page=abc')).status()).toBe(404)
  })
})
