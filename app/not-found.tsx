import type { Metadata } from 'next'
import Link from '@/components/ui/Link'

// A tab, a history entry or a screen reader names the page for what it is, not for the site's front page.
export const metadata: Metadata = { title: 'Page not found' }

// Kept free of data and of long class lists (.error-page in app/globals.css): Next.js embeds the
// not-found tree in every page's payload.
export default function NotFound() {
  return (
    <div className="error-page">
      <p>Error 404</p>
      <h1>We can’t find that page</h1>
      <p>
        The link may be mistyped, or the story may have moved. Try the <Link href="/">front page</Link>, browse{' '}
        <Link href="/sections">the sections</Link> or <Link href="/archive">every story we have published</Link>.
      </p>
    </div>
  )
}
