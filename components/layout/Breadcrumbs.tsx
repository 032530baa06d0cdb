import Link from 'next/link'
import type { Crumb } from '@/lib/breadcrumbs'

/**
 * "Home › Sections › Trade". On listing pages the last crumb is the page itself; on an article it is the
 * article's section, shown as the section label.
 */
export function Breadcrumbs({ trail, currentIsLast = true }: { trail: Crumb[]; currentIsLast?: boolean }) {
  return (
    <nav aria-label="Breadcrumb" className="font-sans text-xs text-ink-muted print:hidden">
      <ol className="flex flex-wrap items-center gap-1.5">
        {trail.map((crumb, i) => {
          const current = currentIsLast && i === trail.length - 1
          return (
            <li key={crumb.url} className="flex items-center gap-1.5">
              {i > 0 && <span aria-hidden="true">›</span>}
              {current ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <Link
                  href={crumb.url}
                  className={
                    i === trail.length - 1
                      ? 'section-label'
                      : 'hover:text-ink hover:underline'
                  }
                >
                  {crumb.name}
                </Link>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
