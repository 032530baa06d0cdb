import Link from '@/components/ui/Link'
import type { PageLinks } from '@/lib/listing'

export function Pagination({
  links,
  labels = { prev: 'Newer stories', next: 'Older stories' },
}: {
  links: PageLinks
  labels?: { prev: string; next: string }
}) {
  if (links.pageCount === 1) return null
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-between border-t border-rule pt-4 font-sans text-sm">
      {/* React hoists these <link>s into <head>, where crawlers look for rel=prev/next. */}
      {links.prev && <link rel="prev" href={links.prev} />}
      {links.next && <link rel="next" href={links.next} />}
      {links.prev ? (
        <Link href={links.prev} rel="prev" className="font-semibold hover:text-accent">
          ← {labels.prev}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">
        Page {links.page} of {links.pageCount}
      </span>
      {links.next ? (
        <Link href={links.next} rel="next" className="font-semibold hover:text-accent">
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
