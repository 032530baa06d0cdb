import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { EXTRA_URLS } from './support/routes'
import { changeContentDatabase, contentDatabaseOf, storedArticles } from '../tests/support/content-database'
import { copyOfBuild, freePort, startStandalone } from './support/servers'

// A page that fails on the server, here because the compiled body of one story is damaged on disk in a copy
// of the build, answers 500 with the site's own error page inside the site's frame, and nothing else breaks.

test('a page that fails on the server answers 500 with the site around an error page; other pages still serve', async ({ page }) => {
  test.setTimeout(60_000)
  const copyDir = copyOfBuild()
  const slug = EXTRA_URLS.onDemandArticle.split('/').pop()
  const { bodyFile } = storedArticles(copyDir).find((article) => article.slug === slug)!
  changeContentDatabase(copyDir, (db) => db.prepare('UPDATE body SET code = ? WHERE file = ?').run('return {default: (', bodyFile))
  const server = await startStandalone(copyDir, await freePort())
  try {
    const response = await page.goto(`${server.url}${EXTRA_URLS.onDemandArticle}`)
    expect(response?.status()).toBe(500)
    expect(response?.headers()['cache-control'], 'no CDN keeps an error').toContain('no-store')
    await expect(page.locator('main h1')).toHaveText('This page didn’t load')
    await expect(page).toHaveTitle('Something went wrong | Meridian')
    await expect(page.locator('nav[aria-label="Sections"] a[href="/sections/markets"]')).toBeAttached() // the site's frame
    await expect(page.locator('main').getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/')
    await expect(page.locator('main')).toContainText(/Reference: \w+/)
    expect(await page.content()).not.toMatch(/SyntaxError|JSON\.parse|at \w+ \(/) // no internals shown

    await page.locator('main').getByRole('link', { name: 'front page' }).click()
    await expect(page).toHaveURL(`${server.url}/`)
    await expect(page.locator('main h1, main h2').first()).toBeVisible()
  } finally {
    await server.stop()
    fs.rmSync(copyDir, { recursive: true, force: true })
  }
})

test('when no page can render (the content database is missing), readers get the site’s error page and the health check fails', async ({ page }) => {
  test.setTimeout(60_000)
  const copyDir = copyOfBuild()
  fs.rmSync(contentDatabaseOf(copyDir))
  const server = await startStandalone(copyDir, await freePort(), {}, '/robots.txt') // the health check is meant to fail
  try {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(503)
    const response = await page.goto(`${server.url}/tags/china`) // not prerendered: rendered on request
    expect(response?.status()).toBe(500)
    expect(response?.headers()['cache-control']).toContain('no-store')
    await expect(page.locator('main h1')).toHaveText('This page didn’t load')
    await expect(page).toHaveTitle('Something went wrong | Meridian')
    await expect(page.locator('header').getByRole('link', { name: /Meridian/ })).toHaveAttribute('href', '/')
    await expect(page.locator('main')).toContainText(/Reference: \w+/)
    expect(await page.content()).not.toMatch(/content-index|ENOENT|at \w+ \(/) // no internals shown
  } finally {
    await server.stop()
    fs.rmSync(copyDir, { recursive: true, force: true })
  }
})
