import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

const file = 'content/articles/port-deal.mdx'

describe('external related link that is not an absolute http(s) URL', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects an address without a scheme', () => {
    project = fixtureProject()
    project.edit(file, 'url: https://example.com/news/ports', 'url: example.com/news/ports')
    expectProblem(project.check(), file, 'related[1].url', 'absolute http(s) address')
  })

  it('rejects another scheme', () => {
    project = fixtureProject()
    project.edit(file, 'url: https://example.com/news/ports', 'url: "javascript:alert(1)"')
    expectProblem(project.check(), file, 'related[1].url', 'absolute http(s) address')
  })
})
