import type { ArticleSummary } from '@/lib/content'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { articleTrail } from '@/lib/breadcrumbs'
import { Byline } from './Byline'
import { Dateline } from './Dateline'
import { RetractionNotice } from './RetractionNotice'

export function ArticleHeader({ article }: { article: ArticleSummary }) {
  return (
    <header>
      {article.retracted && <RetractionNotice retraction={article.retracted} />}
      <div className="flex items-center gap-3">
        <Breadcrumbs trail={articleTrail(article.section)} currentIsLast={false} />
        {article.draft && (
          <span className="rounded bg-amber-200 px-2 py-0.5 font-sans text-xs font-bold uppercase text-amber-950">
            Draft
          </span>
        )}
        {article.scheduled && (
          <span className="rounded bg-sky-200 px-2 py-0.5 font-sans text-xs font-bold uppercase text-sky-950">
            Scheduled
          </span>
        )}
      </div>
      <h1 dir="auto" className="mt-3 font-serif text-[2rem] leading-[1.12] font-bold tracking-tight text-balance sm:text-5xl">
        {article.title}
      </h1>
      <p dir="auto" className="mt-4 font-serif text-lg leading-snug text-ink-muted sm:text-xl">{article.dek}</p>
      <div className="mt-5 space-y-1 border-t border-rule pt-4">
        <Byline authors={article.authors} />
        <Dateline published={article.published} updated={article.updated} readingMinutes={article.readingMinutes} />
      </div>
    </header>
  )
}
