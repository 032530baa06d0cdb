import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

describe('Embed with an unsupported address', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('names the line and lists the supported addresses', () => {
    project = fixtureProject()
    project.edit('content/articles/port-deal.mdx', '<AlsoOn slug="tariff-talks" />', '<Embed url="https://example.com/clip.mp4" title="Cranes at work" />')
    expectProblem(project.check(), 'content/articles/port-deal.mdx', 'body (line 20)', 'YouTube (youtube.com/watch?v=…, youtu.be/…)')
  })
})
