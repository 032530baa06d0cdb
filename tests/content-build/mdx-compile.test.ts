import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MdxContent } from '@/components/mdx/MdxContent'
import { generateArticle, readNewsroomInputs } from '@/scripts/bench/generate'
import { body as propertyBody } from '@/tests/content-check/property-arbitraries'
import { compileMdxBody, countWords, readMdxBody, splitBody, type BodyFacts } from '@/lib/content-build/mdx-compile'
import { decodeEditorText } from '@/lib/content-build/text'

function facts(body: string): BodyFacts {
  const read = readMdxBody(body)
  if ('problems' in read) throw new Error(JSON.stringify(read.problems))
  return read.facts
}

/** The problems of a body that starts on line 10 of its file, as "field: message". */
function problems(body: string): string[] {
  const read = readMdxBody(body, 10)
  return 'problems' in read ? read.problems.map((p) => `${p.field}: ${p.message}`) : []
}

async function html(body: string): Promise<string> {
  const result = await compileMdxBody(body, 1)
  if ('problems' in result) throw new Error(JSON.stringify(result.problems))
  const passThrough = ({ children }: { children?: React.ReactNode }) => createElement('div', null, children)
  return renderToStaticMarkup(createElement(MdxContent, { code: result.compiled.code, components: { FactBox: passThrough, Callout: passThrough } }))
}

describe('plain text of a body, from its parse tree', () => {
  it('decodes entities and escapes as readers see them', () => {
    expect(facts('AT&amp;T paid 5&nbsp;000 yen, \\<5% of \\{a\\} and &quot;more&quot; &#x4E2D;.').text).toBe(
      'AT&T paid 5\u00A0000 yen, <5% of {a} and "more" 中.',
    )
  })

  it('keeps the words of emphasis, links, images (by alt) and components, not their markup or addresses', () => {
    const body =
      '## Heading\n\nSome **bold**, _slanted_ and ~~gone~~ [a link](https://x.com "t") to https://bare.example.\n\n![A chart of rates](/images/c.png)\n\n<AlsoOn slug="x" />\n\n<FactBox title="Facts">\n\n- one\n- two\n\n</FactBox>'
    expect(facts(body).text).toBe('Heading Some bold, slanted and gone a link to https://bare.example. A chart of rates one two')
  })

  it('leaves out footnote markers and notes, code-fence info and comments; separates table cells', () => {
    const body =
      'Rates rose.[^1] {/* check the figure */}\n\n| Market | Change |\n| --- | ---: |\n| Tokyo | 2% |\n\n```js title="x"\nconst y = 1\n```\n\n[^1]: Source: the central bank.'
    const { text } = facts(body)
    expect(text).toBe('Rates rose. Market Change Tokyo 2% const y = 1')
    for (const leak of ['[^1]', '|', 'title', 'js', 'central bank', 'check the figure']) expect(text).not.toContain(leak)
  })

  it('takes the lead from the first paragraph of prose, after headings, components and images', () => {
    const body = '# A heading\n\n<AlsoOn slug="x" />\n\n![Only an image](/i.png)\n\n- a list\n\nAT&amp;T shares **rose** 5&nbsp;000 points.\n\nLater.'
    expect(facts(body).lead).toBe('AT&T shares rose 5\u00A0000 points.')
  })

  it('counts words also in text without spaces', () => {
    expect(facts('The yen fell again today.').words).toBe(5)
    expect(facts('中国经济增长放缓。').words).toBeGreaterThan(1)
  })

  it('normalises decoded text to NFC', () => {
    expect(facts('Nin&#x303;a').text).toBe('Niña')
  })
})

describe('components read from the parse tree', () => {
  it('gives each component with its line and attribute values, literals in braces evaluated', () => {
    const body = 'Text.\n\n<AlsoOn slug={"a-draft"} />\n\n<DataTable caption=\'Rates\' columns={["a", `b`]} rows={[["x", -1.5, true, null]]} meta={{ n: 1, "k": [2] }} wide />'
    expect(facts(body).components).toEqual([
      { name: 'AlsoOn', line: 3, attributes: { slug: 'a-draft' } },
      {
        name: 'DataTable',
        line: 5,
        attributes: { caption: 'Rates', columns: ['a', 'b'], rows: [['x', -1.5, true, null]], meta: { n: 1, k: [2] }, wide: true },
      },
    ])
  })

  it('leaves plain HTML elements out and keeps member names in', () => {
    expect(facts('H<sub>2</sub>O and <Foo.Bar />').components.map((c) => c.name)).toEqual(['Foo.Bar'])
  })
})

describe('problems that would otherwise fail when the page renders', () => {
  it('refuses code in braces in running text and in headings, naming the line of the file', () => {
    expect(problems('Shares fell {sharply} today.')).toEqual([
      'body (line 10): {sharply} is read as code, and the page would fail; for braces in text write \\{ and \\}',
    ])
    expect(problems('First.\n\n## Up {1+1} points')).toEqual([expect.stringMatching(/^body \(line 12\): \{1\+1\} is read as code/)])
    expect(problems('Text.\n\n{new Date().getFullYear()}\n')).toEqual([expect.stringMatching(/^body \(line 12\): \{new Date/)])
  })

  it('allows escaped braces and comments', () => {
    expect(problems('A set \\{a, b\\} and {/* a note for editors */}\n\n{/* a block comment */}')).toEqual([])
  })

  it('refuses attribute values that are code, and spread attributes; allows literals', () => {
    expect(problems('<DataTable caption="x" rows={data} />')).toEqual([
      expect.stringMatching(/^body \(line 10\): <DataTable>: rows=\{data\} is code, and the page would fail; write text in quotes/),
    ])
    for (const code of ['slug={x}', 'slug={"a" + "b"}', 'slug={`a${b}`}', 'n={-x}', 'rows={[...x]}', 'o={{ [k]: 1 }}', 'o={{ f() {} }}', 'r={/x/}'])
      expect(problems(`<AlsoOn ${code} />`), code).toEqual([expect.stringContaining('is code')])
    expect(problems('<AlsoOn {...props} />')).toEqual([expect.stringContaining('attributes are written name="value"')])
    expect(problems('<DataTable caption="x" columns={["a"]} rows={[["b", -1, +2, 0.5, true, false, null]]} />')).toEqual([])
  })

  it('refuses raw <a> links: links are written in Markdown', () => {
    expect(problems('See <a href="https://x.com">this</a>.')).toEqual([
      'body (line 10): write links in Markdown, [the words](https://…), not as <a> tags',
    ])
  })

  it('refuses control characters, lone surrogates and noncharacters, as written or as character references', () => {
    expect(problems('Fine line.\nA vertical\u000Btab.')).toEqual([
      expect.stringMatching(/^body \(line 11\): contains U\+000B \(a control character\); delete it/),
    ])
    for (const [written, code] of [
      ['\u0000', 'U+0000'],
      ['\u0008', 'U+0008'],
      ['\u000C', 'U+000C'],
      ['\u001F', 'U+001F'],
      ['\u0085', 'U+0085'],
      ['\uFFFE', 'U+FFFE'],
      ['\uD800', 'U+D800'],
      // The parser turns a reference to a control character into U+FFFD (CommonMark), refused as well.
      ['&#11;', 'U+FFFD'],
      ['<Callout title="a\u0007b">x</Callout>', 'U+0007'],
    ])
      expect(problems(`Text ${written} here.`), code).toEqual([expect.stringContaining(`contains ${code}`)])
  })
})

describe('compiled bodies', () => {
  it('give every external link rel="noopener noreferrer": Markdown links, bare addresses, www. and footnotes', async () => {
    const page = await html(
      'Read [the report](https://example.com/report), https://bare.example/x and www.example.org today.[^1]\n\nOur [archive](/articles/x).\n\n[^1]: From [Reuters](http://reuters.example).',
    )
    for (const href of ['https://example.com/report', 'https://bare.example/x', 'http://www.example.org', 'http://reuters.example'])
      expect(page).toContain(`href="${href}" rel="noopener noreferrer"`)
    expect(page).toContain('<a href="/articles/x">archive</a>')
  })

  it('render literal attribute values as the components receive them', async () => {
    expect(await html('<Callout title={"Why \\u0022it\\u0022 matters"}>Body</Callout>')).toContain('<div>Body</div>')
  })
})

describe('the compile shortcuts', () => {
  const bodiesIn = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => [f, splitBody(decodeEditorText(fs.readFileSync(path.join(dir, f)))).body] as const)
  const inputs = readNewsroomInputs(process.cwd())
  const now = new Date('2026-01-01T00:00:00Z')
  const written: [string, string][] = [
    ['bare addresses', 'See https://example.com/a_b_ and http://x.org/(y) and HTTPS://LOUD.EXAMPLE/path, then www.example.org/a*b*.'],
    ['www in capitals and in words', 'WWW.EXAMPLE.COM and Www.x.co, but not awww.no or wwwx.'],
    ['emails', 'Write to news@meridian.example, mailto:desk@meridian.example or xmpp:chat@meridian.example/room; a@b is not one.'],
    ['addresses in code', 'Run `curl https://api.example/v1` or:\n\n```sh\nwget www.example.com/file && mail a@b.example\n```'],
    ['a link and an image', 'The [report](https://example.com/r "Title") and ![www.chart.example/_a_](/images/c.png).'],
    ['an escaped dot', 'Visit www\\.example\\.com or https\\://x.example today.'],
    ['character references', 'Write to desk&#64;meridian.example, see &#x77;ww.example.com and http&#58;//x.example.'],
    ['a table', '| Market | Site |\n| --- | :-: |\n| Tokyo | www.jpx.co.jp |\n| Seoul | krx.example |'],
    ['a table without addresses', '| Market | Change |\n| --- | ---: |\n| Tokyo | 2% |'],
    ['footnotes', 'Rates rose.[^1] Yields fell.[^note]\n\n[^1]: Source: https://boj.example.\n\n[^note]: From the desk.'],
    ['strikethrough and tasks', 'Prices ~~fell~~ rose.\n\n- [x] checked\n- [ ] www.todo.example'],
    ['components', '<Callout title="See www.example.com">Mail ops@meridian.example.</Callout>\n\n<AlsoOn slug="x" />'],
    ['an address in an attribute only', '<Embed url="https://www.youtube.com/watch?v=aBc123" />\n\nNo address in the text.'],
    ['scripts and marks', '中国经济 增长放缓。 ภาษาไทย ง่าย Niña a\u0301b e\u0301 \u0301x 😀 👍🏽 👩\u200d💻 🇯🇵 🇰🇷 a\u00a0b c\u3000d — “quoted” don’t 1,000.5 U.S. e.g.'],
  ]
  const cases: [string, string][] = [
    ...bodiesIn('content/articles').map(([f, body]): [string, string] => [`content/articles/${f}`, body]),
    ...bodiesIn('tests/fixtures/torture/content').map(([f, body]): [string, string] => [`torture ${f}`, body]),
    ...Array.from({ length: 20 }, (_, i): [string, string] => [`bench ${i}`, splitBody(generateArticle(i * 37, 1000, inputs, now).source).body]),
    ...written,
    ...fc.sample(propertyBody(30), { numRuns: 150, seed: 13 }).map(({ mdx }, i): [string, string] => [`property ${i}`, mdx]),
  ]

  it('give every body the same stored result as the plain compile, byte for byte', async () => {
    let compiled = 0
    for (const [name, body] of cases) {
      const [fast, plain] = [await compileMdxBody(body, 5), await compileMdxBody(body, 5, { plain: true })]
      expect(JSON.stringify(fast), name).toBe(JSON.stringify(plain))
      if ('compiled' in fast) compiled++
    }
    // Most of the cases compile (the property bodies include broken ones, which must fail alike).
    expect(compiled).toBeGreaterThan(cases.length / 2)
  })

  it('still link every kind of autolink literal', async () => {
    const page = await html(written.slice(0, 3).map(([, body]) => body).join('\n\n') + '\n\nSee www\\.escaped\\.example.')
    // GFM leaves trailing punctuation (`_`, `*`, `.`) out of the address.
    for (const href of ['https://example.com/a_b', 'http://www.example.org/a*b', 'mailto:news@meridian.example', 'http://WWW.EXAMPLE.COM', 'http://www.escaped.example'])
      expect(page).toContain(`href="${href}"`)
  })

  const segmenter = new Intl.Segmenter('und', { granularity: 'word' })
  const segmenterWords = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length

  it('count words as Intl.Segmenter does, for text in any script with marks, joiners and spaces anywhere', () => {
    const piece = fc.constantFrom(
      ' ', ' ', ' ', 'a', 'Z', '9', '.', ',', ':', "'", '’', '_', '-', '"', '\u00a0', '\u3000', '\u2009', '\t',
      '\u0301', '\u093f', '\u200d', '\u200c', '\u200b', '\u00ad', '\u2060', '\ufe0f', '🏽', '😀', '👩', '💻', '🇯', '🇵',
      '中', '国', '経済', 'ภาษา', 'ไทย', 'ខ្មែរ', 'ひらがな', 'カタカナ', 'ﾞ', 'ﾟ', 'ｶ', 'א', '"', 'ש', 'ع', 'م', 'क', 'Niña', 'don’t', '1,000.5',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(countWords(text)).toBe(segmenterWords(text))
        // A second time from the cache.
        expect(countWords(text)).toBe(segmenterWords(text))
      }),
      { numRuns: 3000 },
    )
  })
})
