import { afterEach, describe, expect, it } from 'vitest'
import { CHECK_TIMEOUT, expectProblem, fixtureProject, problemLines } from './harness'

const PORT = 'content/articles/port-deal.mdx'
const TARIFF = 'content/articles/tariff-talks.mdx'

describe('topics (tags)', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  /** The fixture with port-deal's and tariff-talks' tags replaced. */
  function withTags(port: string, tariff: string) {
    project = fixtureProject()
    project.edit(PORT, 'tags: [Shipping]', `tags: ${port}`)
    project.edit(TARIFF, /^section: trade$/m, `section: trade\ntags: ${tariff}`)
  }

  it('accepts topics in any script and one topic spelled with different case, accents and forms', () => {
    withTags('[中国, AI, Niño, C++, "C#", 🚀, Россия, الصين, ガイド]', '[ai, ＡＩ, nino, "NIN\u0303O", ｶﾞｲﾄﾞ, C, "F#"]')
    const run = project.check()
    expect(run.status, run.stderr).toBe(0)
  })

  it.each([
    ['punctuation', '[Hong Kong]', '[Hong-Kong]', '"Hong Kong"', '"Hong-Kong"', '/tags/hong-kong'],
    ['a hashtag', '[MeToo]', '["#MeToo"]', '"MeToo"', '"#MeToo"', '/tags/metoo'],
    ['"&" and "and"', '[R&D]', '[R and D]', '"R&D"', '"R and D"', '/tags/r-and-d'],
    ['dots', '[U.S.]', '[U S]', '"U.S."', '"U S"', '/tags/u-s'],
  ])('refuses two topics differing only by %s, naming both files and spellings', (_, port, tariff, portSpelling, tariffSpelling, url) => {
    withTags(port, tariff)
    const run = project.check()
    const advice = 'If they are one topic, spell it the same way in every story'
    for (const line of [
      expectProblem(run, PORT, 'tags[0]', `${portSpelling} and ${tariffSpelling} (${TARIFF}) would share the address ${url}`),
      expectProblem(run, TARIFF, 'tags[0]', `${tariffSpelling} and ${portSpelling} (${PORT}) would share the address ${url}`),
    ])
      expect(line).toContain(advice)
  })

  it('counts the other files using a spelling, and refuses two spellings in one story', () => {
    withTags('[Hong Kong, Hong-Kong]', '[Hong Kong]')
    const run = project.check()
    expectProblem(run, PORT, 'tags[0]', `"Hong Kong" and "Hong-Kong" (${PORT}) would share`)
    expectProblem(run, PORT, 'tags[1]', `"Hong-Kong" and "Hong Kong" (${PORT} and 1 other file) would share`)
  })

  it('refuses a tag with no letter, digit or symbol, which could have no address', () => {
    withTags('[Shipping, "...", "#"]', '["—"]')
    const run = project.check()
    expectProblem(run, PORT, 'tags[1]', '"..." has no letter, digit or symbol to make the topic\'s address')
    expectProblem(run, PORT, 'tags[2]', '"#" has no letter')
    expectProblem(run, TARIFF, 'tags[0]', 'write the topic in words')
  })

  it('accepts a topic file named by its address, used or not, in any script', () => {
    project = fixtureProject()
    project.write('content/tags/shipping.yaml', 'name: Shipping\ndescription: "Ports, lines and the trade they carry."\n')
    project.write('content/tags/中国.yaml', 'name: 中国\n')
    project.write('content/tags/hong-kong.yaml', 'name: Hong Kong\n')
    const run = project.check()
    expect(run.status, run.stderr).toBe(0)
  })

  it('refuses a topic file whose name is not its address, or whose topic has another address', () => {
    project = fixtureProject()
    project.write('content/tags/Shipping.yaml', 'name: Shipping\n')
    project.write('content/tags/hong kong.yaml', 'name: Hong Kong\n')
    project.write('content/tags/trade.yaml', 'name: Tariffs\n')
    project.write('content/tags/ai.yaml', 'description: Machines.\n')
    const run = project.check()
    expectProblem(run, 'content/tags/Shipping.yaml', 'file name', 'name the file after the topic\'s address, shipping.yaml')
    expectProblem(run, 'content/tags/hong kong.yaml', 'file name', 'hong-kong.yaml')
    expectProblem(run, 'content/tags/trade.yaml', 'name', '"Tariffs" is the topic at /tags/tariffs, not /tags/trade')
    expectProblem(run, 'content/tags/ai.yaml', 'name', 'is missing; it is required')
    expect(problemLines(run)).toHaveLength(4)
  })
})
