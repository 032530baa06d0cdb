import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, formatProblem, makeExcerpt, searchDocuments, type ContentDocuments } from './build-index'
import { readMdxBody, type BodyFacts } from './mdx-compile'

let publicDir: string
beforeAll(() => {
  publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-'))
  fs.mkdirSync(path.join(publicDir, 'images'))
  fs.writeFileSync(path.join(publicDir, 'images', 'hero.jpg'), '')
})

const raw = (file: string) => ({ sourceFilePath: file, sourceFileName: path.basename(file) })

function generated(articles: Partial<ContentDocuments['articles'][number]>[]): ContentDocuments {
  return {
    sections: [{ name: 'Trade', description: 'T', order: 1, _raw: raw('sections/trade.yaml') }],
    authors: [{ name: 'Ann Lee', role: 'Editor', links: [], body: { raw: 'Bio' }, _raw: raw('authors/ann.mdx') }],
    tags: [],
    articles: articles.map((a, i) => ({
      title: 'T',
      dek: 'D',
      published: '2026-11-27T01:30:00.000Z',
      authors: ['ann'],
      section: 'trade',
      tags: [],
      related: [],
      corrections: [],
      featured: false,
      draft: false,
      previousSlugs: [],
      body: { raw: 'Body text.' },
      _raw: raw(`articles/story-${i}.mdx`),
      bodyFile: `articles__story-${i}.mdx.json`,
      sourceText: '---\npublished: 2026-11-27T09:30:00+08:00\n---\n',
      ...a,
    })),
  }
}

/** What the compile reads from each article's body (mdx-compile.ts), as the content build hands it on. */
function bodies(content: ContentDocuments): Map<string, BodyFacts> {
  return new Map(
    content.articles.map((a) => {
      const read = readMdxBody(a.body.raw)
      if ('problems' in read) throw new Error(JSON.stringify(read.problems))
      return [a._raw.sourceFilePath, read.facts]
    }),
  )
}
const build = (content: ContentDocuments) => buildIndex(content, publicDir, bodies(content))
const problemsOf = (content: ContentDocuments) => build(content).problems.map(formatProblem)

describe('buildIndex', () => {
  it('accepts good content and sorts articles newest first', () => {
    const { index, problems } = build(
      generated([{}, { published: '2026-11-28T00:00:00.000Z', hero: { src: '/images/hero.jpg', alt: 'A ship' } }]),
    )
    expect(problems).toEqual([])
    expect(index.articles.map((a) => a.slug)).toEqual(['story-1', 'story-0'])
    expect(index.articles[0]).not.toHaveProperty('body')
  })

  it('names the file and field of each broken reference', () => {
    expect(
      problemsOf(
        generated([
          {
            authors: ['nobody'],
            section: 'sport',
            hero: { src: '/images/missing.jpg', alt: ' ' },
            body: { raw: 'Text\n\n<AlsoOn slug="ghost" />\n\n<Chart />' },
            related: [{ slug: 'story-1' }, { url: 'ftp://x', title: 'X' }],
          },
          { draft: true },
        ]),
      ),
    ).toEqual([
      'content/articles/story-0.mdx: authors[0]: no author "nobody"; use one of: ann',
      'content/articles/story-0.mdx: section: no section "sport"; use one of: trade',
      'content/articles/story-0.mdx: hero.src: no file public/images/missing.jpg; add the image under public/ or fix the path',
      'content/articles/story-0.mdx: hero.alt: describe the image for readers who cannot see it',
      'content/articles/story-0.mdx: related[0].slug: "story-1" is a draft; link to it once it is published',
      'content/articles/story-0.mdx: related[1].url: give either slug (one of our articles) or url (an absolute http(s) address)',
      'content/articles/story-0.mdx: related[1].outlet: an external link needs the name of the outlet, e.g. CNN',
      'content/articles/story-0.mdx: body AlsoOn: no article has the slug "ghost" (file content/articles/ghost.mdx)',
      'content/articles/story-0.mdx: body (line 5): unknown component <Chart>; available: AlsoOn, Figure, PullQuote, FactBox, Callout, Embed, DataTable',
    ])
  })

  it('records AlsoOn mentions for the article page', () => {
    const { index } = build(generated([{ body: { raw: 'A\n\n<AlsoOn slug="story-1" />\n' } }, {}]))
    expect(index.articles.find((a) => a.slug === 'story-0')?.mentions).toEqual(['story-1'])
  })

  it('reads AlsoOn and Embed attributes written as literals in braces like those in quotes', () => {
    expect(
      problemsOf(
        generated([
          {
            body: { raw: 'A\n\n<AlsoOn slug={"story-1"} />\n\n<AlsoOn slug={\'ghost\'} />\n\n<AlsoOn />\n\n<Embed url={"https://example.com/x.mp4"} title={""} />' },
          },
          { draft: true },
        ]),
      ),
    ).toEqual([
      'content/articles/story-0.mdx: body AlsoOn: "story-1" is a draft; link to it once it is published',
      'content/articles/story-0.mdx: body AlsoOn: no article has the slug "ghost" (file content/articles/ghost.mdx)',
      'content/articles/story-0.mdx: body (line 7): <AlsoOn> needs slug="…", the file name of another article without .mdx',
      expect.stringMatching(/^content\/articles\/story-0.mdx: body \(line 9\): <Embed> needs url="…" with one of YouTube .*; "https:\/\/example.com\/x.mp4" is not one$/),
      'content/articles/story-0.mdx: body (line 9): <Embed> needs title="…" saying what the video or post is',
    ])
  })

  it('makes the excerpt and reading time from the plain text of the body', () => {
    const { index } = build(generated([{ body: { raw: '<AlsoOn slug="story-0" />\n\nAT&amp;T said \\<5% of \\{a\\} rose **5&nbsp;000**.[^1]\n\n[^1]: A note.' } }]))
    expect(index.articles[0].excerpt).toBe('AT&T said <5% of {a} rose 5\u00A0000.')
    expect(index.articles[0].readingMinutes).toBe(1)
  })
})

describe('makeExcerpt', () => {
  it('keeps a short first paragraph whole', () => {
    expect(makeExcerpt('Shares rose in Tokyo.')).toBe('Shares rose in Tokyo.')
  })

  it('cuts text without spaces between words or characters, never inside one', () => {
    const chinese = '中国与俄罗斯企业签署了一系列协议，涵盖制造业和物流，双方关系进一步加深。'
    const excerpt = makeExcerpt(chinese, 12)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(chinese.startsWith(excerpt.slice(0, -1))).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(13)
    expect(makeExcerpt('😀'.repeat(10), 5)).toBe('😀😀…')
  })

  it('cuts a long paragraph at a word and ends it with an ellipsis', () => {
    const excerpt = makeExcerpt('The probe unexpectedly survived a two-week lunar night after touching down, engineers said.', 50)
    expect(excerpt).toBe('The probe unexpectedly survived a two-week lunar…')
  })
})

describe('searchDocuments', () => {
  it('gives search the plain words of each article, with author and section names', () => {
    const content = generated([
      { title: 'Ships', dek: 'Ports busy', tags: ['Shipping', 'China'], body: { raw: 'Cargo **rose**.\n\n<AlsoOn slug="x" />' } },
    ])
    expect(searchDocuments(content, build(content).index, bodies(content))).toEqual([
      { id: 'story-0', title: 'Ships', dek: 'Ports busy', body: 'Cargo rose.', authors: 'Ann Lee', section: 'Trade', tags: 'Shipping, China' },
    ])
  })
})
