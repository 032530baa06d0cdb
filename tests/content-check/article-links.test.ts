import { afterEach, describe, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject } from './harness'

const file = 'content/articles/port-deal.mdx'

describe('AlsoOn or related link to a missing or draft article', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('rejects AlsoOn naming a slug that does not exist', () => {
    project = fixtureProject()
    project.edit(file, '<AlsoOn slug="tariff-talks" />', '<AlsoOn slug="tarif-talks" />')
    expectProblem(project.check(), file, 'body AlsoOn', 'no article has the slug "tarif-talks"')
  })

  it('rejects a related slug that does not exist', () => {
    project = fixtureProject()
    project.edit(file, '  - slug: tariff-talks', '  - slug: tariff-talk')
    expectProblem(project.check(), file, 'related[0].slug', 'no article has the slug "tariff-talk"')
  })

  it('rejects both when the named article is a draft', () => {
    project = fixtureProject()
    project.edit('content/articles/tariff-talks.mdx', 'section: trade', 'section: trade\ndraft: true')
    const run = project.check()
    expectProblem(run, file, 'body AlsoOn', '"tariff-talks" is a draft')
    expectProblem(run, file, 'related[0].slug', '"tariff-talks" is a draft')
  })
})
