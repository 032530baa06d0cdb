import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('unknown MDX component', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names the component and its line, and lists the available ones', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', '<AlsoOn slug="tariff-talks" />', '<Chart data="ports" />')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'body (line 20)', 'unknown component <Chart>; available: AlsoOn,')
  })
})
