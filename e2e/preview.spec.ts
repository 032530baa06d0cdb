import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { buildRoutes, EXTRA_URLS, PER_REQUEST_PAGES } from './support/routes'
import { buildCopy, freePort, startStandalone, type Running } from './support/servers'

// A Vercel preview deploy, built the way Vercel builds it (VERCEL_ENV=preview and the git variables set) from
// a copy of this checkout plus one draft article, compared with the production build the other tests use.
// They must differ in exactly three ways: noindex, the banner, and drafts (shown, marked).

const PREVIEW_ENV = {
  VERCEL_ENV: 'preview',
  VERCEL_GIT_COMMIT_REF: 'feature/preview-check',
  VERCEL_GIT_COMMIT_SHA: '3f9a2c41d0b7e6f5a4c3b2a1908f7e6d5c4b3a21',
}
const DRAFT_SLUG = 'preview-check-draft'
const DRAFT_URL = `/articles/${DRAFT_SLUG}`
// The oldest story in its section, so it is added at the end of lists without pushing anything else out.
const DRAFT_FILE = `---
title: "Preview Check: A Draft Only Preview Deploys Show"
dek: "A draft article that exists only in the preview build of this test."
published: 2020-01-06T09:00:00+08:00
authors: [owen-gallagher]
section: trade
draft: true
---

Drafts are shown, marked as drafts, in preview deploys, and nowhere in production.
`
let workDir: string
let preview: Running
const previewUrl = (url: string) => `${preview.url}${url}`

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  workDir = await buildCopy({
    files: { [`content/articles/${DRAFT_SLUG}.mdx`]: DRAFT_FILE },
    env: { ...PREVIEW_ENV, PRERENDER_ARTICLES: '10' },
  })
  preview = await startStandalone(path.join(workDir, '.next', 'standalone'), await freePort(), PREVIEW_ENV)
})

test.afterAll(async () => {
  await preview?.stop()
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

/** Every route of the build except the API, plus a page rendered on demand and a 404. */
const pageUrls = () => [
  ...buildRoutes()
    .filter((r) => !r.route.startsWith('/api/'))
    .map((r) => r.url),
  EXTRA_URLS.onDemandArticle,
  EXTRA_URLS.notFound,
]

test('every response of the preview deploy is kept out of search engines; production is not', async ({ request }) => {
  for (const url of [...pageUrls(), '/api/health', EXTRA_URLS.publicImage]) {
    const [fromPreview, fromProduction] = [await request.get(previewUrl(url)), await request.get(url)]
    expect(fromPreview.headers()['x-robots-tag'], url).toBe('noindex')
    expect(fromProduction.headers()['x-robots-tag'], url).toBeUndefined()
    if (fromPreview.headers()['content-type']?.includes('text/html')) {
      expect(await fromPreview.text(), url).toMatch(/<meta name="robots" content="noindex[^"]*"\/>/)
      // (Next marks every 404 page noindex by itself, in production too; search results are never indexed.)
      if (fromProduction.status() === 200 && !PER_REQUEST_PAGES.has(new URL(url, 'http://x').pathname)) expect((await fromProduction.text()).includes('<meta name="robots"'), url).toBe(false)
    }
  }
})

test('preview pages carry a banner with the branch and the short commit; production pages do not', async ({ page }) => {
  for (const url of ['/', '/articles/china-russia-firms-sign-deals-shenyang', EXTRA_URLS.notFound]) {
    await page.goto(previewUrl(url))
    const banner = page.locator('[data-preview-banner]')
    await expect(banner, url).toBeVisible()
    await expect(banner.locator('[data-preview-branch]')).toHaveText('feature/preview-check')
    await expect(banner.locator('[data-preview-commit]')).toHaveText('3f9a2c4')
    await page.goto(url)
    await expect(page.locator('[data-preview-banner]'), url).toHaveCount(0)
  }
})

test('drafts are shown, marked, in preview and exist nowhere in production', async ({ page, request }) => {
  await page.goto(previewUrl(DRAFT_URL))
  await expect(page.locator('h1')).toHaveText('Preview Check: A Draft Only Preview Deploys Show')
  await expect(page.locator('main article header')).toContainText('Draft')
  for (const listing of ['/sections/trade', '/authors/owen-gallagher']) {
    // The draft is the oldest story, so it sits on the listing's last page.
    let url: string | null = listing
    while (url) {
      await page.goto(previewUrl(url))
      const next = page.locator('nav[aria-label="Pages"] a[rel="next"]')
      url = (await next.count()) > 0 ? await next.getAttribute('href') : null
    }
    await expect(page.locator(`main a[href="${DRAFT_URL}"]`).first(), listing).toBeVisible()
    expect(await (await request.get(listing)).text(), listing).not.toContain(DRAFT_URL)
  }
  expect((await request.get(DRAFT_URL)).status()).toBe(404)
})

/** Pages that list stories. */
const LISTING = /^\/($|archive|sections|tags|authors|search)/

/** The page as a reader sees it, minus what a preview adds: the banner and anything showing the draft. */
async function readerView(page: Page, url: string) {
  const response = await page.goto(url)
  const view = await page.evaluate((draftUrl) => {
    document.querySelector('[data-preview-banner]')?.remove()
    for (const link of document.querySelectorAll(`a[href="${draftUrl}"]`)) (link.closest('[data-card], li') ?? link).remove()
    for (const count of document.querySelectorAll('[data-story-count]')) count.remove() // counts include the draft
    // Lists on every article page (recent posts, related reading) hold drafts and scheduled stories too.
    for (const list of document.querySelectorAll('[data-recent-posts], [aria-labelledby="read-more"]')) list.remove()
    // Relative times move on by the second; compare the exact times they stand for.
    for (const time of document.querySelectorAll('time')) time.textContent = time.getAttribute('datetime')
    const meta = [...document.head.querySelectorAll('meta[name], meta[property], link[rel]')]
      .map((el) => el.outerHTML.replace(/\/_next\/static\/[^"]+/g, '/_next/static/…'))
      .filter((tag) => !tag.startsWith('<meta name="robots"'))
      // Preload hints arrive with prefetched links (e.g. the home page's lead image), whenever they do.
      .filter((tag) => !tag.startsWith('<link rel="preload"'))
      // Next asks for the manifest with credentials on preview deploys, which sit behind Vercel's login.
      .map((tag) => tag.replace(' crossorigin="use-credentials"', ''))
    return { title: document.title, meta, text: document.body.innerText }
  }, DRAFT_URL)
  return { status: response?.status(), ...view }
}

test('apart from that, preview and production render the same pages with the same headers', async ({ page, request }) => {
  test.setTimeout(120_000)
  const headerNames = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cache-control']
  for (const url of pageUrls()) {
    const [previewResponse, productionResponse] = [await request.get(previewUrl(url)), await request.get(url)]
    for (const name of headerNames) expect(previewResponse.headers()[name], `${url} ${name}`).toBe(productionResponse.headers()[name])
    // Feeds and sitemaps list drafts in preview by design; their headers are compared above.
    if (!productionResponse.headers()['content-type']?.startsWith('text/html')) continue
    const [fromPreview, fromProduction] = [await readerView(page, previewUrl(url)), await readerView(page, url)]
    expect(fromPreview.status, url).toBe(fromProduction.status)
    // Lists in preview also hold the sample newsroom's draft and scheduled stories, which move other
    // stories between blocks and pages; the test above checks drafts there. Other pages match exactly.
    if (!LISTING.test(new URL(url, 'http://x').pathname)) expect(fromPreview.text, url).toBe(fromProduction.text)
    // A cached 404's <head> depends on whether a browser or a script first requested it (Next streams
    // metadata to browsers), so only pages that exist are compared there.
    if (fromProduction.status === 200) expect({ ...fromPreview, text: '' }, url).toEqual({ ...fromProduction, text: '' })
  }
})
