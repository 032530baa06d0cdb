import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('broken YAML front matter', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names the file and the line of an unclosed quote', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'dek: "Negotiators meet again."', 'dek: "Negotiators meet again.')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'front matter', 'line 3: Missing closing "quote')
  })

  it('catches an unquoted colon in a value', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'title: "Tariff Talks Resume"', 'title: Tariff talks: round two')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'front matter', 'line 2:')
  })

  it('catches a broken section file', () => {
    project = fixtureProject()
    project.write('content/sections/trade.yaml', 'name: Trade\n  description: indented by mistake\norder: 1\n')
    expectProblem(project.check(), 'content/sections/trade.yaml', 'file', 'line 1: Nested mappings')
  })
})
