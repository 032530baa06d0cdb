import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

const file = 'content/articles/port-deal.mdx'

describe('hero image missing or without alt text', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects a hero whose file is not under public/', () => {
    project = fixtureProject()
    project.remove('public/images/port.jpg')
    expectProblem(project.check(), file, 'hero.src', 'no file public/images/port.jpg')
  })

  it('rejects a hero with empty alt text', () => {
    project = fixtureProject()
    project.edit(file, 'alt: "Cranes over a container terminal"', 'alt: ""')
    expectProblem(project.check(), file, 'hero.alt', 'is empty')
  })
})
