import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('a file in content/ that matches no document type', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects an article saved as .md', () => {
    project = fixtureProject()
    project.write('content/articles/port-strike.md', project.read('content/articles/tariff-talks.mdx'))
    expectProblem(project.check(), 'content/articles/port-strike.md', 'file', 'is not a kind of content the site knows')
  })

  it('rejects a stray file outside the content folders', () => {
    project = fixtureProject()
    project.write('content/notes.txt', 'ideas\n')
    expectProblem(project.check(), 'content/notes.txt', 'file', 'Article: content/articles/**/*.mdx')
  })
})
