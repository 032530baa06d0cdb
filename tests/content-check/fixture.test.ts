import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, fixtureProject, problemLines } from './harness'

describe('content check on good content', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('passes the untouched fixture, so every failure in the other tests comes from the one change they make', () => {
    project = fixtureProject()
    const run = project.check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Content check passed/)
  })

  it('reports every problem of every file in one run', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', 'title:', 'titel:')
    project.edit('content/articles/port-deal.mdx', 'section: trade', 'section: 42')
    project.edit('content/articles/tariff-talks.mdx', 'authors: [ann-lee]', 'authors: [nobody]')
    project.write('content/sections/notes.txt', 'draft ideas\n')
    const run = project.check()
    expect(run.status).toBe(1)
    expect(problemLines(run).map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/articles/port-deal.mdx: titel',
      'content/articles/port-deal.mdx: title',
      'content/articles/port-deal.mdx: section',
      'content/articles/tariff-talks.mdx: authors[0]',
      'content/sections/notes.txt: file',
    ])
  })
})
