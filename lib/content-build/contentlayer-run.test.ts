import { describe, expect, it } from 'vitest'
import {
  contentlayerVerdict,
  describeSelection,
  selectForContentlayer,
  type BuiltFiles,
  type Fingerprints,
} from './contentlayer-run'

const fingerprints = (entries: Record<string, string>): Fingerprints =>
  Object.fromEntries(Object.entries(entries).map(([rel, hash]) => [rel, [hash.length, 1, hash]]))

const others = { 'authors/ann-lee.mdx': 'a1', 'sections/markets.yaml': 's1', 'tags/china.yaml': 't1' }
const articles = (count: number, hash = 'h') =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`articles/story-${String(i).padStart(3, '0')}.mdx`, `${hash}${i}`]))

describe('selectForContentlayer', () => {
  const before = fingerprints({ ...others, ...articles(10) })
  const record: BuiltFiles = { model: 'm1', files: before }

  it('takes the articles changed or added since the last good build, with every author, section and tag file', () => {
    const now = fingerprints({
      ...others,
      ...articles(10),
      'articles/story-003.mdx': 'edited',
      'articles/2026/new-story.mdx': 'new',
    })
    const selection = selectForContentlayer(now, record, 'm1')
    expect(selection.files).toEqual([
      'articles/2026/new-story.mdx',
      'articles/story-003.mdx',
      'authors/ann-lee.mdx',
      'sections/markets.yaml',
      'tags/china.yaml',
    ])
    expect(selection).toMatchObject({ basis: 'changed', candidates: 2, total: 14 })
  })

  it('takes no article when none changed: a file touched with the same bytes is unchanged', () => {
    const touched: Fingerprints = { ...before, 'articles/story-001.mdx': [2, 99, 'h1'] }
    expect(selectForContentlayer(touched, record, 'm1').files).toEqual(Object.keys(others))
  })

  it('takes a changed author, section or tag file like any other (they are always taken)', () => {
    const now = fingerprints({ ...others, 'tags/china.yaml': 'renamed', ...articles(10) })
    expect(selectForContentlayer(now, record, 'm1').files).toEqual(Object.keys(others))
  })

  it('takes every article without a record, or when the model changed since it', () => {
    for (const previous of [undefined, { ...record, model: 'm0' }]) {
      const selection = selectForContentlayer(before, previous, 'm1')
      expect(selection.files).toHaveLength(13)
      expect(selection.basis).toBe('all')
    }
  })

  it('takes an even spread of the bound, first and last included, when more articles than the bound are due', () => {
    const now = fingerprints({ ...others, ...articles(101) })
    const selection = selectForContentlayer(now, undefined, 'm1', 5)
    expect(selection.files.filter((rel) => rel.startsWith('articles/'))).toEqual([
      'articles/story-000.mdx',
      'articles/story-025.mdx',
      'articles/story-050.mdx',
      'articles/story-075.mdx',
      'articles/story-100.mdx',
    ])
    expect(selection).toMatchObject({ candidates: 101, total: 104 })
    const changedMany = selectForContentlayer(fingerprints({ ...others, ...articles(101, 'x') }), record, 'm1', 5)
    expect(changedMany.files).toHaveLength(8)
    expect(changedMany.basis).toBe('changed')
  })
})

describe('describeSelection', () => {
  it('says what contentlayer2 checked and that the content check covered the rest', () => {
    const now = fingerprints({ ...others, ...articles(101) })
    expect(describeSelection(selectForContentlayer(now, undefined, 'm1', 5))).toBe(
      'contentlayer2 generated the content types and checked 8 of 104 files: an even spread of 5 of the 101 articles (no record of a last good build with this content model) and the 3 author, section and tag files; the content check covered all 104.',
    )
    const edited = fingerprints({ ...others, ...articles(101), 'articles/story-007.mdx': 'edited' })
    expect(describeSelection(selectForContentlayer(edited, { model: 'm1', files: now }, 'm1', 5))).toBe(
      'contentlayer2 generated the content types and checked 4 of 104 files: the 1 article changed since the last good build and the 3 author, section and tag files; the content check covered all 104.',
    )
  })

  it('says nothing of the content check when contentlayer2 checked every file', () => {
    const now = fingerprints({ ...others, ...articles(2) })
    expect(describeSelection(selectForContentlayer(now, undefined, 'm1'))).toBe(
      'contentlayer2 generated the content types and checked 5 of 5 files: the 2 articles (no record of a last good build with this content model) and the 3 author, section and tag files.',
    )
  })
})

describe('contentlayerVerdict', () => {
  const report = `Error: Found 1 problems in 14 documents.

 └── Missing required fields for 1 documents.

     • "articles/bad.mdx" (of type "Article") is missing the following required fields:
       • title: string
`
  const step = 'contentlayer2 (type generation/check of 14 files)'

  it('passes a clean exit', () => {
    expect(contentlayerVerdict({ code: 0, signal: null, output: 'Generated 14 documents in .contentlayer\n' }, 14)).toEqual({ ok: true })
  })

  it('calls it a document problem only when contentlayer2 reported one', () => {
    expect(contentlayerVerdict({ code: 1, signal: null, output: report }, 14)).toEqual({
      ok: false,
      documentProblem: true,
      message: `${step} found a problem (above) that the content check did not. Nothing was published.`,
    })
  })

  it('names the step and the reason for every other end', () => {
    const cases: [Parameters<typeof contentlayerVerdict>[0], string][] = [
      [
        {
          code: null,
          signal: 'SIGABRT',
          output: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n',
        },
        'it ran out of memory (1024 MB heap)',
      ],
      [{ code: 134, signal: null, output: 'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory' }, 'it ran out of memory (1024 MB heap)'],
      [{ code: null, signal: 'SIGKILL', output: '' }, 'it was killed (SIGKILL; on Linux usually the out-of-memory killer: the machine ran short of memory)'],
      [{ code: null, signal: 'SIGTERM', output: '' }, 'it was stopped by SIGTERM'],
      [
        { code: 1, signal: null, output: 'Error: Could not find contentlayer.config.ts\n    at getConfig\n' },
        'it exited with code 1 without reporting a document problem; its last line: at getConfig',
      ],
      [{ code: 2, signal: null, output: '' }, 'it exited with code 2 without reporting a document problem'],
      [{ code: null, signal: null, output: '', error: new Error('spawn node ENOENT') }, 'it could not be started: spawn node ENOENT'],
    ]
    for (const [exit, reason] of cases)
      expect(contentlayerVerdict(exit, 14)).toEqual({
        ok: false,
        documentProblem: false,
        message: `${step} failed: ${reason}. Nothing was published.`,
      })
  })

  it('does not take a report printed before a crash for the cause of a killed process', () => {
    const verdict = contentlayerVerdict({ code: null, signal: 'SIGKILL', output: report }, 14)
    expect(verdict).toMatchObject({ ok: false, documentProblem: false })
  })
})
