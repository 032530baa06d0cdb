'use client'

import Link from '@/components/ui/Link'
import { brand } from '@/lib/brand'

export type ErrorProps = { error: Error & { digest?: string }; retry: () => void }

// What a reader sees when a page fails on the server or in the browser: no internals, a way to try again
// or move on, and the digest Next prints beside the error in the server's log, for a reader to quote and an
// operator to find.
export function ErrorNotice({ error, retry }: ErrorProps) {
  return (
    <div className="error-page">
      <title>{`Something went wrong | ${brand.name}`}</title>
      <p>Error</p>
      <h1>This page didn’t load</h1>
      <p>
        Something went wrong on our side.{' '}
        <button type="button" onClick={retry} className="text-accent underline">
          Try again
        </button>
        , or go to the <Link href="/">front page</Link>.
      </p>
      {error.digest && <p className="mt-6 font-sans text-sm text-ink-muted">Reference: {error.digest}</p>}
    </div>
  )
}
