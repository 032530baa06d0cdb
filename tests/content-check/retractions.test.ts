import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

const RETRACTED = `---
title: "Tariff Talks Resume"
dek: "Negotiators meet again."
published: 2026-11-26T18:00:00Z
authors: [ann-lee]
section: trade
retracted:
  date: 2026-11-28T09:00:00+08:00
  note: "The talks this story reported did not take place."
---`

describe('retracted stories', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('accepts a retraction, and other stories keep their AlsoOn and related links to it', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', /^---[\s\S]*?\n---/, RETRACTED)
    const run = project.check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('asks for the date and the note, and a date after publication', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', /^---[\s\S]*?\n---/, RETRACTED.replace('  note: "The talks this story reported did not take place."\n', ''))
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'retracted.note', 'is missing; it is required')
    project.edit('content/articles/tariff-talks.mdx', '2026-11-28T09:00:00+08:00', '2026-11-20T09:00:00+08:00\n  note: "Wrong."')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'retracted.date', 'is earlier than published')
  })

  it('names a retraction written as a line of text', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'section: trade', 'section: trade\nretracted: "We got it wrong"')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'retracted', 'must be a group of fields (date, note)')
  })
})
