import Link from 'next/link'

// Kept free of data: Next.js embeds the not-found tree in every page's payload.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="font-sans text-sm font-bold uppercase tracking-[0.12em] text-accent">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 font-serif text-lg text-ink-muted">
        The link may be mistyped, or the story may have moved. Try the{' '}
        <Link href="/" className="text-accent underline">
          front page
        </Link>
        , browse <Link href="/sections" className="text-accent underline">the sections</Link> or{' '}
        <Link href="/archive" className="text-accent underline">every story we have published</Link>.
      </p>
    </div>
  )
}
