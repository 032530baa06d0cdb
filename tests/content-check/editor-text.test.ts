import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkFiles } from '../../lib/content-build/check-source'
import { CHECK_TIMEOUT, expectProblem, fixtureProject, problemLines } from './harness'

const article = 'content/articles/port-deal.mdx'

describe('characters no output can carry', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('are refused in every text field, at any depth, naming file, field, code point and position', () => {
    project = fixtureProject()
    // Written raw into the file, as a paste would leave them.
    project.edit(article, 'title: "Port Operator Signs Terminal Deal"', 'title: "Port Operator\u000BSigns Terminal Deal"')
    project.edit(article, 'dek: "A short summary of the story."', 'dek: "A short\u0008 summary\u001F"')
    project.edit(article, 'alt: "Cranes over a container terminal"', 'alt: "Cranes\u000C over a terminal"')
    project.edit(article, 'tags: [Shipping]', 'tags: [Shipping, "Ports\uFFFE"]')
    project.edit('content/authors/ann-lee.mdx', 'name: Ann Lee', 'name: "Ann\u0085 Lee"')
    project.edit('content/sections/trade.yaml', 'name: Trade', 'name: "Tr\u007Fade"')
    // YAML escapes make characters a file cannot hold as they are: NUL, a lone surrogate.
    project.edit('content/articles/tariff-talks.mdx', 'title: "Tariff Talks Resume"', 'title: "Tariff \\0Talks \\uD800Resume"')
    const run = project.check()
    expect(expectProblem(run, article, 'title', 'contains U+000B (a control character) at character 14; delete it')).toBeTruthy()
    expectProblem(run, article, 'dek', 'contains U+0008 (a control character) at character 8')
    expectProblem(run, article, 'dek', 'contains U+001F (a control character) at character 17')
    expectProblem(run, article, 'hero.alt', 'contains U+000C (a control character) at character 7')
    expectProblem(run, article, 'tags[1]', 'contains U+FFFE (a noncharacter) at character 6')
    expectProblem(run, 'content/authors/ann-lee.mdx', 'name', 'contains U+0085 (a control character) at character 4')
    expectProblem(run, 'content/sections/trade.yaml', 'name', 'contains U+007F (a control character) at character 3')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'title', 'contains U+0000 (a control character) at character 8')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'title', 'contains U+D800 (a lone surrogate')
    // No other problem follows from them (the broken fields are not checked again with stand-in values).
    expect(problemLines(run)).toHaveLength(9)
  })

  it('are refused in bodies, naming the line', () => {
    project = fixtureProject()
    project.edit(article, 'The second paragraph.', 'The second\u000B paragraph.')
    // A lone surrogate cannot be stored in UTF-8: written out, it becomes U+FFFD, which is refused too.
    project.edit('content/articles/tariff-talks.mdx', 'Negotiators met again', 'Negotiators \uD800met again')
    const run = project.check()
    expectProblem(run, article, 'body (line 22)', 'contains U+000B (a control character)')
    expectProblem(run, 'content/articles/tariff-talks.mdx', 'body (line 9)', 'contains U+FFFD (the replacement character')
  })

  it('refuses a file that is not UTF-8', () => {
    project = fixtureProject()
    const latin1 = Buffer.from(project.read(article).replace('Port Operator', 'Port Opérateur'), 'latin1')
    fs.writeFileSync(path.join(project.root, article), latin1)
    expectProblem(project.check(), article, 'file', 'is not UTF-8 text')
  })
})

describe('text in decomposed form (NFD)', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('is stored composed (NFC) in every field and body, and the content builds', () => {
    project = fixtureProject()
    const nfd = (text: string) => text.normalize('NFD')
    project.edit(article, 'title: "Port Operator Signs Terminal Deal"', nfd('title: "Niña Port Operator Signs Deal"'))
    project.edit(article, 'tags: [Shipping]', nfd('tags: [Shipping, "Café", "한국"]'))
    project.edit(article, 'The second paragraph.', nfd('La Niña brought rain to Đà Nẵng.'))
    // Escapes in YAML are decoded after the file is read: normalised too.
    project.edit('content/sections/trade.yaml', 'name: Trade', 'name: "Trade Nin\\u0303a"')
    const run = project.check()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)

    const { problems, documents } = checkFiles(path.join(project.root, 'content'))
    expect(problems).toEqual([])
    const port = documents.articles.find((a) => a._raw.sourceFileName === 'port-deal.mdx')!
    expect(port.title).toBe('Niña Port Operator Signs Deal'.normalize('NFC'))
    expect(port.title).not.toBe(nfd(port.title))
    expect(port.tags).toEqual(['Shipping', 'Café', '한국'].map((t) => t.normalize('NFC')))
    expect(port.body.raw).toContain('La Niña brought rain to Đà Nẵng.'.normalize('NFC'))
    expect(documents.sections[0].name).toBe('Trade Niña'.normalize('NFC'))
  })
})
