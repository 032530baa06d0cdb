import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Byline } from '@/components/article/Byline'
import { SourceCredit } from '@/components/article/SourceCredit'
import { ArticleCard } from '@/components/listing/ArticleCard'
import type { AuthorRef } from '@/lib/content'
import { articleSummary } from '@/tests/fixtures/content'

const person = (slug: string, name: string, role: string): AuthorRef => ({ slug, name, role, url: `/authors/${slug}` })
const mei = person('mei-lin-tan', 'Mei Lin Tan', 'Markets Editor')
const hannah = person('hannah-cho', 'Hannah Cho', 'Economics Correspondent')
const fatima = person('fatima-al-zahra', 'فاطمة الزهراء', 'مراسلة')

const summary = (authors: AuthorRef[]) => articleSummary({ authors })

const text = (html: string) => html.replace(/<[^>]+>/g, '')
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
/** The names line of a card: the <b> before its time. */
const cardNames = (authors: AuthorRef[]) => text(/<b>(.*?)<\/b>/.exec(renderToStaticMarkup(<ArticleCard article={summary(authors)} variant="standard" />))![1])

describe('bylines, credits and cards join names one way', () => {
  it.each([
    [[mei], 'Mei Lin Tan'],
    [[mei, hannah], 'Mei Lin Tan and Hannah Cho'],
    [[mei, hannah, fatima], 'Mei Lin Tan, Hannah Cho and فاطمة الزهراء'],
  ])('%#: %j', (authors, names) => {
    expect(cardNames(authors)).toBe(names)
    const credit = renderToStaticMarkup(<SourceCredit source="Reuters" editors={authors} />)
    expect(text(credit)).toBe(`Reuters with additional editing by ${names}`)
    expect(hrefs(credit)).toEqual(authors.map((a) => a.url))
  })

  it('the article byline adds each author’s role and links each author', () => {
    const byline = renderToStaticMarkup(<Byline authors={[mei, hannah, fatima]} />)
    expect(text(byline)).toBe('By Mei Lin Tan, Markets Editor, Hannah Cho, Economics Correspondent and فاطمة الزهراء, مراسلة')
    expect(hrefs(byline)).toEqual([mei.url, hannah.url, fatima.url])
    expect(text(renderToStaticMarkup(<Byline authors={[mei, hannah]} />))).toBe('By Mei Lin Tan, Markets Editor and Hannah Cho, Economics Correspondent')
  })

  it('a wire story with no editor credits the agency alone', () => {
    expect(text(renderToStaticMarkup(<SourceCredit source="Reuters" editors={[]} />))).toBe('Reuters')
  })
})
