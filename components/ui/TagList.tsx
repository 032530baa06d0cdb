import Link from '@/components/ui/Link'
import type { TagRef } from '@/lib/content'

/** An article's topics, one link each (store.ts makes them one per topic), named as on the topic pages. */
export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null
  return (
    <nav aria-label="Topics" className="print:hidden">
      <ul className="flex flex-wrap gap-2 font-sans text-sm">
        {tags.map((tag) => (
          <li key={tag.slug}>
            {/* dir="auto": a topic in Arabic or Hebrew reads right to left inside a left-to-right list. */}
            <Link
              href={tag.url}
              dir="auto"
              className="inline-block rounded-full border border-rule px-3 py-1 text-ink-muted hover:border-ink hover:text-ink"
            >
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
