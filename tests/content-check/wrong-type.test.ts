import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkFiles } from '../../lib/content-build/check-source'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('wrong type', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects a single value where a list is due, showing the list form', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'authors: [ann-lee]', 'authors: ann-lee')
    expectProblem(project.check(), 'content/articles/tariff-talks.mdx', 'authors', 'must be a list: write [ann-lee]')
  })

  it('rejects quoted true/false and a number where text is due', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'section: trade', 'section: trade\nfeatured: "yes"\nsource: 42')
    const run = project.check()
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'featured', 'must be true or false')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'source', 'must be text')
  })

  it('says what YAML read where text is due, never "[object Object]" or "NaN"', () => {
    project = fixtureProject()
    const file = 'content/articles/tariff-talks.mdx'
    const cases: [written: string, words: string][] = [
      ['source: 42', 'must be text, in quotes: "42" (without quotes it is read as a number)'],
      ['source: true', 'must be text, in quotes: "true" (without quotes it is read as yes/no)'],
      ['source: [Reuters, AP]', 'must be text, in quotes; YAML reads what is written here as a list'],
      ['source: {agency: Reuters}', 'must be text, in quotes; YAML reads what is written here as a group of fields'],
      ['source:\n  agency: Reuters', 'must be text, in quotes; YAML reads what is written here as a group of fields'],
      ['source: .nan', 'must be text, in quotes; YAML reads what is written here as a number'],
      ['source: .inf', 'must be text, in quotes; YAML reads what is written here as a number'],
    ]
    const original = project.read(file)
    for (const [written, words] of cases) {
      project.write(file, original.replace('section: trade', `section: trade\n${written}`))
      const messages = checkFiles(path.join(project.root, 'content')).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)
      expect(messages, written).toEqual([expect.stringContaining(`${file}: source: ${words}`)])
      expect(messages[0]).not.toMatch(/object Object|NaN|Infinity/)
    }
  })
})
