import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('invalid or zone-less date', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects a date without a time zone', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', '2026-11-27T09:30:00+08:00', '2026-11-27T09:30:00')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'published', 'has no time zone')
  })

  it('rejects a date that does not exist', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', '2026-11-27T09:30:00+08:00', '2026-02-30T09:30:00+08:00')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'published', 'is not a real date')
  })

  it('rejects text that is not a date, also inside a correction', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'section: trade', 'section: trade\ncorrections:\n  - date: last Tuesday\n    note: "Fixed a figure."')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'corrections[0].date', 'is not a date and time')
  })
})
