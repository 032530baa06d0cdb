import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkFiles } from '../../lib/content-build/check-source'
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

  // YAML reads these without an error, and not as the editor meant: "&Co" and "!Breaking" are left out of
  // the text, "*" refers to an anchor (and failed the check with a bare ReferenceError).
  it('refuses a value starting with &, ! or * unquoted, naming the line and field', () => {
    project = fixtureProject()
    const file = 'content/articles/tariff-talks.mdx'
    const slips: [from: string, to: string, words: string][] = [
      ['title: "Tariff Talks Resume"', 'title: &Co buys a stake', 'line 2: title: "&Co" at the start of a value is YAML syntax (an anchor)'],
      ['title: "Tariff Talks Resume"', 'title: !Breaking tariff talks', 'line 2: title: "!Breaking" at the start of a value is YAML syntax (a tag)'],
      ['dek: "Negotiators meet again."', 'dek: *Update', 'line 3: dek: "*Update" at the start of a value is YAML syntax (a reference'],
      ['authors: [ann-lee]', 'authors:\n  - !!str ann-lee', 'line 6: authors: "!!str" at the start of a value is YAML syntax (a tag)'],
    ]
    const original = project.read(file)
    for (const [from, to, words] of slips) {
      project.write(file, original.replace(from, to))
      const problems = checkFiles(path.join(project.root, 'content')).problems
      expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([expect.stringContaining(`${file}: front matter: ${words}`)])
    }
    project.write('content/sections/trade.yaml', 'name: &Trade and tariffs\ndescription: Goods.\norder: 1\n')
    expect(checkFiles(path.join(project.root, 'content')).problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toContainEqual(
      expect.stringContaining('content/sections/trade.yaml: file: line 1: name: "&Trade" at the start of a value is YAML syntax (an anchor)'),
    )
  })

  it('still reads quoted values starting with &, ! and *', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'title: "Tariff Talks Resume"', `title: "&Co buys, !Breaking and *Update*"`)
    const { problems, documents } = checkFiles(path.join(project.root, 'content'))
    expect(problems).toEqual([])
    expect(documents.articles.find((a) => a._raw.sourceFileName === 'tariff-talks.mdx')!.title).toBe('&Co buys, !Breaking and *Update*')
  })
})
