import { MAX_QUERY_LENGTH } from '@/lib/content'

/** A plain GET form to /search: works without JavaScript. Styles: .search-box in app/globals.css. */
export function SearchBox({ query = '', size = 'compact' }: { query?: string; size?: 'compact' | 'large' }) {
  const large = size === 'large'
  const id = large ? 'search-page-query' : 'search-query'
  return (
    <form action="/search" method="get" role="search" className={large ? 'search-box search-large' : 'search-box'}>
      <label htmlFor={id} className="sr-only">
        Search {large ? 'articles' : 'Meridian'}
      </label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={MAX_QUERY_LENGTH} placeholder="Search articles" />
      <button type="submit">Search</button>
    </form>
  )
}
