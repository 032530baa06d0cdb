import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, fixtureProject } from './harness'

const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx')
const newArticle = (root: string, headline: string) =>
  spawnSync(tsx, ['scripts/new-article.ts', headline], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Hong_Kong' } })

describe('npm run new:article', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('creates a file named after the headline that passes the content check', () => {
    project = fixtureProject()
    const before = Date.now()
    const run = newArticle(project.root, 'Port Strike Ends: Cranes Move Again')
    expect(run.status, run.stderr).toBe(0)
    const text = project.read('content/articles/port-strike-ends-cranes-move-again.mdx')
    expect(text).toContain('title: "Port Strike Ends: Cranes Move Again"')
    expect(text).toContain('authors: [ann-lee]   # one or more of: ann-lee')
    expect(text).toContain('section: trade   # one of: trade (Trade)')
    expect(text).toContain('draft: true')
    const published = /^published: (\S+)/m.exec(text)![1]
    expect(published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/)
    expect(Math.abs(Date.parse(published) - before)).toBeLessThan(120_000)
    const check = project.check()
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('refuses to overwrite an existing article, also one in a sub-folder', () => {
    project = fixtureProject()
    project.write('content/articles/2026/port-strike-ends.mdx', project.read('content/articles/tariff-talks.mdx'))
    const run = newArticle(project.root, 'Port Strike Ends')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('content/articles/2026/port-strike-ends.mdx already exists; nothing was written')
    expect(project.exists('content/articles/port-strike-ends.mdx')).toBe(false)
  })
})
