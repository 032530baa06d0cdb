import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('MDX syntax error', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names the line of the file with an unclosed component', () => {
    project = fixtureProject()
    // Line 20 of port-deal.mdx is the AlsoOn line.
    project.edit('content/articles/port-deal.mdx', '<AlsoOn slug="tariff-talks" />', '<PullQuote attribution="A trader">Never closed')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'body (line 20)', 'Expected a closing tag for `<PullQuote>`')
  })

  it('names the line of a stray brace', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'Negotiators met again on Thursday.', 'Negotiators met again on {Thursday.')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'body (line 9)', 'brace')
  })

  it('rejects import lines', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'Negotiators met', 'import Chart from "./chart"\n\nNegotiators met')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'body (line 9)', 'import and export lines are not allowed')
  })
})
