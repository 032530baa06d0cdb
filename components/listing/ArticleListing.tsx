import type { ReactNode } from 'react'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { Crumb } from '@/lib/breadcrumbs'
import type { ArticleSummary } from '@/lib/content'
import type { PageLinks } from '@/lib/listing'
import { ArticleCard } from './ArticleCard'
import { Pagination } from './Pagination'

/** The body of every listing page (section, tag, author, archive): a heading, the cards, the pager. */
export function ArticleListing({
  trail,
  kicker,
  title,
  intro,
  articles,
  links,
}: {
  trail: Crumb[]
  kicker: string
  title: string
  intro?: ReactNode
  articles: ArticleSummary[]
  links: PageLinks
}) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <Breadcrumbs trail={trail} />
      <header className="mt-4 border-b-4 border-ink pb-4">
        <p className="font-sans text-xs font-bold uppercase tracking-[0.12em] text-accent">{kicker}</p>
        <h1 dir="auto" className="mt-1 font-serif text-4xl font-bold tracking-tight">
          {title}
          {links.page > 1 && <span className="font-normal text-ink-muted"> — page {links.page}</span>}
        </h1>
        {intro}
      </header>
      <div className="mt-6 divide-y divide-rule" data-listing>
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} variant="standard" />
        ))}
      </div>
      <Pagination links={links} />
    </div>
  )
}
