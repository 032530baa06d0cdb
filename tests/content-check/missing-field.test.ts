import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('missing required field', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names the file and the missing field', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', /^dek: .*\n/m, '')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'dek', 'is missing; it is required')
  })

  it('names a missing field inside a group (hero.alt)', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', /^ {2}alt: .*\n/m, '')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'hero.alt', 'is missing')
  })
})
