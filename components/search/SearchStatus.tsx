import { site } from '@/lib/site'

/** Shown before any query: what search reads and how it matches. */
export function SearchGuidance() {
  return (
    <div className="mt-6 font-sans text-sm text-ink-muted" data-search-guidance>
      <p>Type one or more words to search every {site.name} article: headlines, summaries, full text, authors, sections and topics.</p>
      <p className="mt-2">Every word must appear; the start of a long word is enough (“semicon” finds “semiconductor”). Capitals and accents do not matter (“nina” finds “Niña”).</p>
    </div>
  )
}

/** How many articles match the query (`total`, all pages), announced to screen readers as a status. */
export function SearchSummary({ query, total }: { query: string; total: number }) {
  return (
    <p className="mt-6 font-sans text-sm text-ink-muted" role="status" data-search-summary>
      {total === 0 ? 'No articles match ' : `${total} ${total === 1 ? 'article matches' : 'articles match'} `}
      <q className="font-semibold text-ink">{query}</q>
      {total === 0 && '. Try fewer or different words.'}
    </p>
  )
}
