import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MdxContent } from '@/components/mdx/MdxContent'
import { compileBodies } from '@/lib/content-build/compile-bodies'

const article = (title: string, body: string) => `---\ntitle: "${title}"\n---\n\n${body}\n`

describe('compileBodies', { timeout: 30_000 }, () => {
  let root: string
  let contentDir: string
  let bodiesDir: string
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(contentDir, rel)), { recursive: true })
    fs.writeFileSync(path.join(contentDir, rel), text)
  }
  const stored = (key: string) => JSON.parse(fs.readFileSync(path.join(bodiesDir, `${key}.json`), 'utf8'))
  const render = (code: string) =>
    renderToStaticMarkup(createElement(MdxContent, { code, components: { Note: ({ children }: { children?: React.ReactNode }) => createElement('aside', null, children) } }))

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-bodies-'))
    contentDir = path.join(root, 'content')
    bodiesDir = path.join(root, 'bodies')
    write('articles/a.mdx', article('A', 'Rates **rose**.\n\n<Note>Close call</Note>\n\n| Market | Change |\n| --- | --- |\n| Tokyo | 2% |'))
    write('articles/b.mdx', article('B', 'Second story.'))
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it('compiles each body in worker threads into code the article page renders', async () => {
    const result = await compileBodies({ contentDir, bodiesDir, cacheDirs: [], files: ['articles/a.mdx', 'articles/b.mdx'], workers: 2 })
    expect(result.problems).toEqual([])
    expect(result.compiledCount).toBe(2)
    const html = render(stored(result.keys.get('articles/a.mdx')!).code)
    expect(html).toContain('<strong>rose</strong>')
    expect(html).toContain('<aside>Close call</aside>')
    expect(html).toContain('<td>Tokyo</td>')
    // With the code, the store keeps what search and the index need: the plain text, the lead, the components.
    expect(stored(result.keys.get('articles/a.mdx')!)).toMatchObject({ text: 'Rates rose. Close call Market Change Tokyo 2%', lead: 'Rates rose.', components: [{ name: 'Note' }] })
    expect(result.facts.get('articles/a.mdx')).toEqual({ ...stored(result.keys.get('articles/a.mdx')!), code: undefined })
  })

  it('compiles only what changed since the last run, and finds earlier bodies in the build cache', async () => {
    const files = ['articles/a.mdx', 'articles/b.mdx']
    const first = await compileBodies({ contentDir, bodiesDir, cacheDirs: [], files })
    write('articles/b.mdx', article('B', 'Second story, updated.'))
    const second = await compileBodies({ contentDir, bodiesDir, cacheDirs: [], files })
    expect(second.compiledCount).toBe(1)
    expect(second.keys.get('articles/a.mdx')).toBe(first.keys.get('articles/a.mdx'))
    expect(second.keys.get('articles/b.mdx')).not.toBe(first.keys.get('articles/b.mdx'))

    // A fresh checkout with the build cache restored (what Vercel and CI caches give back) compiles nothing.
    const cacheDir = path.join(root, 'cache')
    fs.renameSync(bodiesDir, cacheDir)
    const third = await compileBodies({ contentDir, bodiesDir, cacheDirs: [cacheDir], files })
    expect(third.compiledCount).toBe(0)
    expect(render(stored(third.keys.get('articles/b.mdx')!).code)).toContain('Second story, updated.')
  })

  it('names the file and the line of a body that does not compile, and still compiles the others', async () => {
    write('articles/broken.mdx', article('Broken', 'First paragraph.\n\n<Note>Never closed'))
    const result = await compileBodies({
      contentDir,
      bodiesDir,
      cacheDirs: [],
      files: ['articles/a.mdx', 'articles/broken.mdx', 'articles/b.mdx'],
      workers: 2,
    })
    expect(result.keys.size).toBe(2)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ file: 'content/articles/broken.mdx', field: 'body (line 7)' })
    expect(result.problems[0].message).toContain('Expected a closing tag for `<Note>`')
  })
})
