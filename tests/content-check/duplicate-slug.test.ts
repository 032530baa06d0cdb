import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('duplicate slug', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects two articles with the same file name in different folders', () => {
    project = fixtureProject()
    project.write('content/articles/2026/tariff-talks.mdx', project.read('content/articles/tariff-talks.mdx'))
    const run = project.check()
    expectProblem(run, 'content/articles/2026/tariff-talks.mdx', 'file name', 'is also used by content/articles/tariff-talks.mdx')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'file name', 'is also used by content/articles/2026/tariff-talks.mdx')
  })
})
