import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { copyProject } from '../scripts/bench/workspace'
import { freePort } from './support/servers'

// `npm run dev` as an editor uses it: a slip in a file shows in the browser, on every page, naming file and
// field, while the site keeps serving the last good content; fixing the file clears it.
const ARTICLE = 'content/articles/china-russia-firms-sign-deals-shenyang.mdx'
const TITLE = 'Chinese and Russian Companies Sign Wave of Deals at Shenyang Forum'

test('npm run dev shows the current content problems on every page and keeps the last good content', async ({ page }) => {
  test.setTimeout(240_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-dev-'))
  copyProject(process.cwd(), dir)
  const port = await freePort()
  // next dev sets NODE_ENV itself; the test runner's would override it.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  Reflect.deleteProperty(env, 'NODE_ENV')
  const dev = spawn(process.execPath, ['scripts/dev.mjs', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  dev.stdout.on('data', (chunk) => (output += chunk))
  dev.stderr.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${port}`
  const article = `${base}/articles/china-russia-firms-sign-deals-shenyang`
  /** The page's HTML once `ready` holds for it (the dev server compiles on first request, the watcher rebuilds after a save). */
  const htmlWhen = async (url: string, ready: (html: string) => boolean) => {
    const deadline = Date.now() + 120_000
    let html = ''
    while (Date.now() < deadline) {
      html = await fetch(url).then((r) => r.text()).catch(() => '')
      if (ready(html)) return html
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`${url} never became ready. Last page:\n${html.slice(0, 500)}\nDev server output:\n${output}`)
  }
  try {
    await htmlWhen(article, (html) => html.includes(TITLE))
    expect(await fetch(article).then((r) => r.text())).not.toContain('data-content-problems')

    const file = path.join(dir, ARTICLE)
    const good = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, good.replace(/^title: /m, 'titel: '))
    await htmlWhen(article, (html) => html.includes('data-content-problems'))

    for (const url of [article, `${base}/`, `${base}/sections/trade`]) {
      await page.goto(url)
      const banner = page.locator('[data-content-problems]')
      await expect(banner, url).toBeVisible()
      await expect(banner).toContainText(`${ARTICLE}: titel: unknown field. Did you mean "title"?`)
      await banner.getByText('1 more').click()
      await expect(banner).toContainText(`${ARTICLE}: title: is missing`)
    }
    // The story still reads as it did before the slip.
    await page.goto(article)
    await expect(page.locator('h1')).toHaveText(TITLE)

    fs.writeFileSync(file, good)
    await htmlWhen(article, (html) => !html.includes('data-content-problems'))
  } finally {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM')
    await new Promise((resolve) => dev.once('exit', resolve))
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
