import Link from 'next/link'
import type { SearchHit, SnippetPart } from '@/lib/content'
import { SectionLabel } from '@/components/ui/SectionLabel'
import { Timestamp } from '@/components/ui/Timestamp'

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-1 font-serif text-[0.95rem] leading-snug text-ink-muted">
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="bg-gold/30 text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  )
}

/** Ranked search hits with highlighted snippets, and links to the previous and next pages of hits. */
export function SearchResults({
  hits,
  page,
  pageCount,
  pageHref,
}: {
  hits: SearchHit[]
  page: number
  pageCount: number
  pageHref: (page: number) => string
}) {
  return (
    <>
      <ol className="mt-6 divide-y divide-rule" data-search-results start={1}>
        {hits.map(({ article, snippet }) => (
          <li key={article.slug} className="py-5 first:pt-0">
            <SectionLabel section={article.section} />
            <h2 className="mt-1 font-serif text-xl font-bold leading-snug">
              <Link href={article.url} className="hover:text-accent hover:underline">
                {article.title}
              </Link>
            </h2>
            <Snippet parts={snippet} />
            <p className="mt-1.5 font-sans text-xs text-ink-muted">
              {article.authors.map((a) => a.name).join(', ')} · <Timestamp dateTime={article.published} />
            </p>
          </li>
        ))}
      </ol>
      {pageCount > 1 && (
        <nav aria-label="Result pages" className="mt-8 flex items-center justify-between border-t border-rule pt-4 font-sans text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev" className="font-semibold hover:text-accent">
              ← Previous results
            </Link>
          ) : (
            <span />
          )}
          <span className="text-ink-muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} rel="next" className="font-semibold hover:text-accent">
              More results →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  )
}
