// `npm run content` runs contentlayer2 on the files changed since the last good build (lib/content/
// contentlayer-run.ts) and says so; the content check still reads every file.
import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, fixtureProject } from './harness'

const contentlayerLine = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('contentlayer2 '))

describe('contentlayer2 in the content build', { timeout: 3 * CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('checks every file the first time, then only the changed articles with the author and section files', () => {
    project = fixtureProject()
    const first = project.content()
    expect(first.status, first.stderr).toBe(0)
    expect(contentlayerLine(first.stdout)).toBe(
      'contentlayer2 generated the content types and checked 4 of 4 files: the 2 articles (no record of a last good build with this content model) and the 2 author, section and tag files.',
    )
    expect(project.exists('.contentlayer/generated/types.d.ts')).toBe(true)

    project.edit('content/articles/port-deal.mdx', /^title: .*$/m, 'title: "Port deal signed after all-night talks"')
    const second = project.content()
    expect(second.status, second.stderr).toBe(0)
    expect(contentlayerLine(second.stdout)).toBe(
      'contentlayer2 generated the content types and checked 3 of 4 files: the 1 article changed since the last good build and the 2 author, section and tag files; the content check covered all 4.',
    )
    expect(project.exists('.contentlayer/generated/Article/articles__port-deal.mdx.json')).toBe(true)
    expect(project.exists('.contentlayer/generated/Article/articles__tariff-talks.mdx.json')).toBe(false)
    expect(project.exists('.contentlayer/staging')).toBe(false)
  })

  it('checks a changed file again when the build before it failed', () => {
    project = fixtureProject()
    expect(project.content().status).toBe(0)
    project.edit('content/articles/port-deal.mdx', 'title:', 'titel:')
    expect(project.content().status).toBe(1)
    project.edit('content/articles/port-deal.mdx', 'titel:', 'title:')
    project.edit('content/articles/port-deal.mdx', /^title: .*$/m, 'title: "Port deal signed"')
    const fixed = project.content()
    expect(fixed.status, fixed.stderr).toBe(0)
    expect(contentlayerLine(fixed.stdout)).toContain('the 1 article changed since the last good build')
  })
})
