import { MAX_QUERY_LENGTH } from '@/lib/content'

/** A plain GET form to /search: works without JavaScript. */
export function SearchBox({ query = '', size = 'compact' }: { query?: string; size?: 'compact' | 'large' }) {
  const large = size === 'large'
  return (
    <form action="/search" method="get" role="search" className="flex items-stretch font-sans text-sm">
      <label htmlFor={large ? 'search-page-query' : 'search-query'} className="sr-only">
        Search {large ? 'articles' : 'Meridian'}
      </label>
      <input
        id={large ? 'search-page-query' : 'search-query'}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search articles"
        className={`min-w-0 border border-rule bg-paper px-3 ${large ? 'w-full py-2.5 text-base' : 'w-36 py-1.5 sm:w-48'}`}
      />
      <button type="submit" className="bg-ink px-3 font-semibold text-paper hover:bg-accent">
        Search
      </button>
    </form>
  )
}
