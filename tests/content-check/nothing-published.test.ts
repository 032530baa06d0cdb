import { afterEach, describe, expect, it } from 'vitest'
import { storedArticles } from '@/tests/support/content-database'
import { CHECK_TIMEOUT, fixtureProject, problemLines } from './harness'

const contentDatabase = '.contentlayer/index/content.db'

// `npm run build` starts with `npm run content`: check, then contentlayer2, then the index.
describe('the content build', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('writes the index for good content', () => {
    project = fixtureProject()
    const run = project.content()
    expect(run.status, run.stderr).toBe(0)
    expect(storedArticles(project.root)).toHaveLength(2)
    // The next build starts from it (write-database.ts), the first one after a cold build included.
    expect(project.exists('.next/cache/content/content.db')).toBe(true)
  })

  it('stops before contentlayer2 and publishes nothing when a file is bad', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'title:', 'titel:')
    const run = project.content()
    expect(run.status).not.toBe(0)
    expect(problemLines(run)).toContain(
      'content/articles/tariff-talks.mdx: titel: unknown field. Did you mean "title"? The fields are: title, dek, published, updated, authors, section, tags, source, hero, related, corrections, retracted, featured, draft, previousSlugs',
    )
    expect(project.exists('.contentlayer/generated')).toBe(false)
    expect(project.exists(contentDatabase)).toBe(false)
  })
})
