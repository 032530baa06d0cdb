import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('a file that cannot be read at all', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('is a problem of that file, not a stack trace, and the other files are still checked', () => {
    project = fixtureProject()
    // A link to a file that is not there (left by a move in another tool): listed, but reading it fails.
    fs.symlinkSync(path.join(project.root, 'nowhere.mdx'), path.join(project.root, 'content/articles/moved.mdx'))
    project.edit('content/articles/tariff-talks.mdx', 'authors: [ann-lee]', 'authors: [nobody]')
    const run = project.check()
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expectProblem(run, 'content/articles/moved.mdx', 'file', 'could not be read: ENOENT')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'authors[0]', 'no author "nobody"')
  })
})
