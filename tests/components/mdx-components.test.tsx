import { evaluate } from '@mdx-js/mdx'
import type { MDXComponents } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { articleMdxComponents } from '@/components/mdx/components'
import { remarkPlugins } from '@/lib/content/model'

/** Compiles an article body the way the content build does (same Markdown extensions) and renders it. */
async function renderBody(mdx: string): Promise<string> {
  const { default: Body } = await evaluate(mdx, { ...runtime, remarkPlugins })
  return renderToStaticMarkup(<Body components={articleMdxComponents({}) as unknown as MDXComponents} />)
}

describe('MDX components for editors', () => {
  it('Callout: a labelled note with its Markdown inside', async () => {
    const html = await renderBody('<Callout title="Why it matters">\n\nRates set the **price** of money.\n\n</Callout>')
    expect(html).toContain('<aside role="note" aria-label="Why it matters"')
    expect(html).toContain('<strong>price</strong>')
  })

  it('Embed: a button and a link to the original, nothing loaded from the provider', async () => {
    const html = await renderBody('<Embed url="https://www.youtube.com/watch?v=aBc123" title="The central bank governor speaks" />')
    expect(html).toContain('Play video from YouTube')
    expect(html).toContain('href="https://www.youtube.com/watch?v=aBc123"')
    expect(html).not.toContain('<iframe')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('youtube-nocookie')
  })

  it('DataTable from props: caption, column and row headers, numbers aligned right', async () => {
    const html = await renderBody(
      '<DataTable caption="Exports to Russia" source="Customs" columns={["Period", "Billion yuan"]} rows={[["Jan-Sep 2025", "23.4"], ["Jan-Sep 2026", "42.64"]]} />',
    )
    expect(html).toContain('<caption class="mb-2 text-left font-bold">Exports to Russia</caption>')
    expect(html).toContain('<th scope="col" class="px-2 py-1.5 text-right">Billion yuan</th>')
    expect(html).toContain('<th scope="row" class="px-2 py-1.5 text-left font-semibold">Jan-Sep 2026</th>')
    expect(html).toContain('text-right tabular-nums">42.64</td>')
    expect(html).toContain('Source: Customs')
  })

  it('DataTable around a Markdown table: a captioned figure holding a real table', async () => {
    const html = await renderBody('<DataTable caption="Exports to Russia">\n\n| Period | Billion yuan |\n| --- | ---: |\n| 2026 | 42.64 |\n\n</DataTable>')
    expect(html).toMatch(/<figure[^>]*><figcaption[^>]*>Exports to Russia<\/figcaption><table><thead><tr><th>Period<\/th><th style="text-align:right">Billion yuan<\/th>/)
  })
})
