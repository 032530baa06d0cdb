import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('wrong type', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects a single value where a list is due, showing the list form', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'authors: [ann-lee]', 'authors: ann-lee')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'authors', 'must be a list: write [ann-lee]')
  })

  it('rejects quoted true/false and a number where text is due', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'section: trade', 'section: trade\nfeatured: "yes"\nsource: 42')
    const run = project.check()
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'featured', 'must be true or false')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'source', 'must be text')
  })
})
