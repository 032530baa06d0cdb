import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('unknown field', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names a misspelt field and suggests the right one', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', 'title:', 'titel:')
    const run = project.check()
    expectProblem(run, 'content/articles/port-deal.mdx', 'titel', 'unknown field. Did you mean "title"?')
    expectProblem(run, 'content/articles/port-deal.mdx', 'title', 'is missing')
  })

  it('names an unknown field inside a group', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', '  alt:', '  caption: "Cranes"\n  credits: "Ann Lee"\n  alt:')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'hero.credits', 'Did you mean "credit"?')
  })
})
