import type { Metadata } from 'next'
import { SearchBox } from '@/components/layout/SearchBox'
import { SearchResults } from '@/components/search/SearchResults'
import { SearchGuidance, SearchSummary } from '@/components/search/SearchStatus'
import { normalizeQuery } from '@/lib/content'
import { listingMetadata, readListingPage, searchListing } from '@/lib/listing'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, page } = await searchParams
  return listingMetadata(searchListing(normalizeQuery(q)), page)
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams
  const query = normalizeQuery(q)
  const { items, total, links } = await readListingPage(searchListing(query), page)
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <div className="mt-4">
        <SearchBox query={query} size="large" />
      </div>
      {!query ? (
        <SearchGuidance />
      ) : (
        <>
          <SearchSummary query={query} total={total} />
          {total > 0 && <SearchResults hits={items} links={links} />}
        </>
      )}
    </div>
  )
}
