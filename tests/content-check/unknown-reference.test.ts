import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('unknown author or section', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names an unknown author and lists the known ones', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', 'authors: [ann-lee]', 'authors: [ann-lee, bo-chan]')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'authors[1]', 'no author "bo-chan"; use one of: ann-lee')
  })

  it('names an unknown section and lists the known ones', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', 'section: trade', 'section: shipping')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'section', 'no section "shipping"; use one of: trade')
  })
})
