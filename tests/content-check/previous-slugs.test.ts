import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('previousSlugs', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())
  const earlier = (file: string, list: string) =>
    project.edit(file, /^section: trade$/m, `section: trade\npreviousSlugs: ${list}`)

  it('accepts earlier slugs of a story', () => {
    project = fixtureProject()
    earlier('content/articles/port-deal.mdx', '[port-deal-signed, terminal-deal]')
    const run = project.check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it("refuses another story's current slug, naming both files", () => {
    project = fixtureProject()
    earlier('content/articles/port-deal.mdx', '[tariff-talks]')
    expectProblem(run(), 'content/articles/port-deal.mdx', 'previousSlugs[0]', '"tariff-talks" is the slug of content/articles/tariff-talks.mdx')
  })

  it("refuses another story's earlier slug, naming both files, in each of them", () => {
    project = fixtureProject()
    project.write('content/articles/2026/tariff-talks-old.mdx', project.read('content/articles/tariff-talks.mdx'))
    project.remove('content/articles/tariff-talks.mdx')
    project.edit('content/articles/port-deal.mdx', /^ {2}- slug: tariff-talks\n/m, '')
    project.edit('content/articles/port-deal.mdx', '<AlsoOn slug="tariff-talks" />', '')
    earlier('content/articles/port-deal.mdx', '[old-story]')
    earlier('content/articles/2026/tariff-talks-old.mdx', '\n  - talks\n  - old-story')
    const result = run()
    expectProblem(result, 'content/articles/port-deal.mdx', 'previousSlugs[0]', '"old-story" is also an earlier slug of content/articles/2026/tariff-talks-old.mdx')
    expectProblem(result, 'content/articles/2026/tariff-talks-old.mdx', 'previousSlugs[1]', '"old-story" is also an earlier slug of content/articles/port-deal.mdx')
  })

  it("refuses the story's own slug, a repeated one and malformed ones", () => {
    project = fixtureProject()
    earlier('content/articles/port-deal.mdx', '[port-deal, old-deal, old-deal, Port-Deal, port_deal, "port deal", /articles/x, old--deal]')
    const result = run()
    expectProblem(result, 'content/articles/port-deal.mdx', 'previousSlugs[0]', "is this story's own slug")
    expectProblem(result, 'content/articles/port-deal.mdx', 'previousSlugs[2]', '"old-deal" is listed twice')
    for (const i of [3, 4, 5, 6, 7]) expectProblem(result, 'content/articles/port-deal.mdx', `previousSlugs[${i}]`, 'is not a slug')
  })

  it('refuses an empty entry and a number', () => {
    project = fixtureProject()
    earlier('content/articles/port-deal.mdx', '["", 2026]')
    const result = run()
    expectProblem(result, 'content/articles/port-deal.mdx', 'previousSlugs[0]', 'is empty')
    expectProblem(result, 'content/articles/port-deal.mdx', 'previousSlugs[1]', 'must be text')
  })

  const run = () => project.check()
})
