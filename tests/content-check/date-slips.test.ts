import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject, problemLines } from './harness'

const file = 'content/articles/port-deal.mdx'
const good = '2026-11-27T09:30:00+08:00'

describe('slips in dates, times and zones', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('are each a problem naming file and field, never a crash, and the other files are still checked', () => {
    project = fixtureProject()
    // The typo of the issue (+80:00 for +08:00), in the article the other slips are added to.
    project.edit(file, good, '2026-11-28T08:40:00+80:00')
    const slips: [string, string][] = [
      ['2026-11-28T08:40:00+08:60', 'no place has the zone +08:60'],
      ['2026-11-28T08:40:00-13:00', 'no place has the zone -13:00'],
      ['2026-11-28T08:40:00+14:30', 'no place has the zone +14:30'],
      ['2026-11-28T08:40:00+08:10', 'no place has the zone +08:10'],
      ['2026-11-28T08:40:00+0800', 'the zone "+0800" must be written with two digits, a colon and two digits'],
      ['2026-11-28T08:40:00+8:00', 'the zone "+8:00" must be written'],
      ['0000-11-28T08:40:00+08:00', 'the year 0000 is before 1900'],
      ['2026-02-30T08:40:00+08:00', '2026-02 has no day 30'],
      ['2026-13-01T08:40:00+08:00', 'there is no month 13'],
      ['2026-12-31T23:59:60Z', 'leap seconds are not written'],
      ['2026-11-28T24:00:00Z', 'the time runs from 00:00:00 to 23:59:59'],
    ]
    const corrections = slips.map(([date]) => `  - date: ${date}\n    note: "A fix."`).join('\n')
    project.edit(file, 'tags: [Shipping]', `tags: [Shipping]\nupdated: 2026\ncorrections:\n${corrections}\n  - date: [2026, 11]\n    note: "A list."`)
    // Another file's problem must still be listed.
    project.edit('content/articles/tariff-talks.mdx', 'authors: [ann-lee]', 'authors: [nobody]')
    const run = project.check()
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /)
    expectProblem(run, file, 'published', '"2026-11-28T08:40:00+80:00": no place has the zone +80:00: offsets run from -12:00 to +14:00')
    slips.forEach(([, words], i) => expectProblem(run, file, `corrections[${i}].date`, words))
    expectProblem(run, file, 'updated', 'must be a date and time like 2026-11-27T09:30:00+08:00, not 2026')
    expectProblem(run, file, `corrections[${slips.length}].date`, 'must be a date and time like')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'authors[0]', 'no author "nobody"')
    expect(problemLines(run)).toHaveLength(slips.length + 4)
  })

  it('accept every real zone, including quarter and half hours', () => {
    project = fixtureProject()
    const zones = ['+05:45', '+05:30', '-03:30', '+14:00', '-12:00', '+12:45', 'Z', '-00:00']
    const corrections = zones.map((zone) => `  - date: 2026-11-28T08:40:00.123${zone}\n    note: "A fix."`).join('\n')
    project.edit(file, 'tags: [Shipping]', `tags: [Shipping]\ncorrections:\n${corrections}`)
    const run = project.check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
