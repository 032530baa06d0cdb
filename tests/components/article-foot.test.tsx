import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ArticleHeader } from '@/components/article/ArticleHeader'
import { Corrections } from '@/components/article/Corrections'
import { articleSummary } from '@/tests/fixtures/content'

const summary = articleSummary()

const text = (html: string) => html.replace(/<[^>]+>/g, '')

describe('article page parts', () => {
  it('mark a draft or a scheduled article (shown only in preview mode: dev and preview deploys)', () => {
    expect(text(renderToStaticMarkup(<ArticleHeader article={{ ...summary, draft: true }} />))).toContain('Draft')
    expect(text(renderToStaticMarkup(<ArticleHeader article={{ ...summary, scheduled: true }} />))).toContain('Scheduled')
    expect(text(renderToStaticMarkup(<ArticleHeader article={summary} />))).not.toMatch(/Draft|Scheduled/)
  })

  it('list corrections at the foot as "Correction, <date>: <note>"', () => {
    const html = renderToStaticMarkup(
      <Corrections
        corrections={[
          { date: '2026-11-28T02:00:00.000Z', note: 'An earlier version misstated the terminal’s capacity.' },
          { date: '2026-11-29T03:00:00.000Z', note: 'The operator’s name is now spelt correctly.' },
        ]}
      />,
    )
    expect(text(html)).toBe(
      'Correction, 28 Nov 2026: An earlier version misstated the terminal’s capacity.' +
        'Correction, 29 Nov 2026: The operator’s name is now spelt correctly.',
    )
    expect(html).toContain('<time dateTime="2026-11-28T02:00:00.000Z">')
    expect(renderToStaticMarkup(<Corrections corrections={[]} />)).toBe('')
  })
})
