'use client'

import Link from '@/components/ui/Link'

type Props = { error: Error & { digest?: string }; retry: () => void }

// A page that fails to render (a damaged body file, a bug) keeps the site around it: the masthead, the
// sections and the footer come from the root layout, so the reader can move on. The reference is the digest
// Next prints beside the error in the server's log, for a reader to quote and an operator to find.
export default function PageError({ error, retry }: Props) {
  return (
    <div className="error-page">
      <title>Something went wrong | Meridian</title>
      <p>Error</p>
      <h1>This page didn’t load</h1>
      <p>
        Something went wrong on our side. <button type="button" onClick={retry} className="text-accent underline">Try again</button>, or
        go to the <Link href="/">front page</Link>.
      </p>
      {error.digest && <p className="mt-6 font-sans text-sm text-ink-muted">Reference: {error.digest}</p>}
    </div>
  )
}
