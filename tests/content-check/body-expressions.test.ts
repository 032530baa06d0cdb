import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

const file = 'content/articles/port-deal.mdx'

describe('code in article bodies', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('refuses braces in running text and headings, naming the line and how to write a brace', () => {
    project = fixtureProject()
    project.edit(file, 'The first paragraph of the story.', 'Shares fell {sharply} on Friday.')
    project.edit(file, 'The second paragraph.', '## Up {1+1} points')
    const run = project.check()
    expectProblem(run, file, 'body (line 18)', '{sharply} is read as code, and the page would fail; for braces in text write \\{ and \\}')
    expectProblem(run, file, 'body (line 22)', '{1+1} is read as code')
  })

  it('allows escaped braces and comments', () => {
    project = fixtureProject()
    project.edit(file, 'The first paragraph of the story.', 'A set \\{a\\} of things. {/* check this figure */}\n\n{/* a note for editors */}')
    const run = project.check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('refuses component attributes that are code, and reads literal ones like quoted text', () => {
    project = fixtureProject()
    project.edit(file, '<AlsoOn slug="tariff-talks" />', '<AlsoOn slug={slug} />\n\n<DataTable caption="Rates" rows={data} />')
    const run = project.check()
    expectProblem(run, file, 'body (line 20)', '<AlsoOn>: slug={slug} is code, and the page would fail; write text in quotes (slug="…")')
    expectProblem(run, file, 'body (line 22)', '<DataTable>: rows={data} is code')
  })

  it('refuses an AlsoOn to a draft also when the slug is written in braces', () => {
    project = fixtureProject()
    project.edit(file, '<AlsoOn slug="tariff-talks" />', '<AlsoOn slug={"tariff-talks"} />')
    project.edit('content/articles/tariff-talks.mdx', 'section: trade', 'section: trade\ndraft: true')
    expectProblem(project.check(), file, 'body AlsoOn', '"tariff-talks" is a draft')
  })

  it('refuses raw <a> links, which would miss rel="noopener noreferrer"', () => {
    project = fixtureProject()
    project.edit(file, 'The second paragraph.', 'See <a href="https://example.com">the source</a>.')
    expectProblem(project.check(), file, 'body (line 22)', 'write links in Markdown, [the words](https://…), not as <a> tags')
  })
})
