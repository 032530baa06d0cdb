import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SearchBox } from '@/components/layout/SearchBox'
import { SearchResults } from '@/components/search/SearchResults'
import { normalizeQuery, searchArticles } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

const SEARCH_PAGE_SIZE = 10
const searchPageHref = (query: string, page: number) =>
  `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query })}`

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeQuery((await searchParams).q)
  return pageMetadata({
    title: query ? `Search: ${query}` : 'Search',
    description: `Search every article on ${site.name}.`,
    path: '/search',
    noIndex: true,
  })
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = normalizeQuery(params.q)
  const pageParam = normalizeQuery(params.page) || '1'
  if (!/^[1-9][0-9]{0,4}$/.test(pageParam)) notFound()
  const page = Number(pageParam)
  const { items, total } = await searchArticles(query, { offset: (page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE })
  if (query && page > 1 && items.length === 0) notFound()
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE))
  const links = {
    page,
    pageCount,
    prev: page > 1 ? searchPageHref(query, page - 1) : undefined,
    next: page < pageCount ? searchPageHref(query, page + 1) : undefined,
  }

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <div className="mt-4">
        <SearchBox query={query} size="large" />
      </div>
      {!query ? (
        <div className="mt-6 font-sans text-sm text-ink-muted" data-search-guidance>
          <p>Type one or more words to search every {site.name} article: headlines, summaries, full text, authors, sections and topics.</p>
          <p className="mt-2">Every word must appear; the start of a long word is enough (“semicon” finds “semiconductor”). Capitals and accents do not matter (“nina” finds “Niña”).</p>
        </div>
      ) : (
        <>
          <p className="mt-6 font-sans text-sm text-ink-muted" role="status" data-search-summary>
            {total === 0 ? 'No articles match ' : `${total} ${total === 1 ? 'article matches' : 'articles match'} `}
            <q className="font-semibold text-ink">{query}</q>
            {total === 0 && '. Try fewer or different words.'}
          </p>
          {total > 0 && (
            <SearchResults hits={items} links={links} />
          )}
        </>
      )}
    </div>
  )
}
