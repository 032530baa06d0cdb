import type { SearchHit, SnippetPart } from '@/lib/content'
import type { PageLinks } from '@/lib/listing'
import { ArticleCard } from '@/components/listing/ArticleCard'
import { Pagination } from '@/components/listing/Pagination'

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.hit ? (
      <mark key={i} className="bg-gold/30 text-ink">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  )
}

/** Ranked search hits (the site's article cards, with highlighted snippets) and the pager. */
export function SearchResults({ hits, links }: { hits: SearchHit[]; links: PageLinks }) {
  return (
    <>
      <ol className="mt-6 divide-y divide-rule" data-search-results>
        {hits.map(({ article, snippet }) => (
          <li key={article.slug}>
            <ArticleCard article={article} variant="standard" summary={<Snippet parts={snippet} />} />
          </li>
        ))}
      </ol>
      <Pagination links={links} labels={{ prev: 'Previous results', next: 'More results' }} />
    </>
  )
}
