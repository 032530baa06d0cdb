import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MdxContent } from '../../components/mdx/MdxContent'
import { compileMdxBody, readMdxBody, type BodyFacts } from './mdx-compile'

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
