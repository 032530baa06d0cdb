import Link from '@/components/ui/Link'
import type { Crumb } from '@/lib/breadcrumbs'

/**
 * "Home › Sections › Trade". On listing pages the last crumb is the page itself; on an article it is the
 * article's section, shown as the section label. Styles and the › separators: .crumbs in app/globals.css.
 */
export function Breadcrumbs({ trail, currentIsLast = true }: { trail: Crumb[]; currentIsLast?: boolean }) {
  return (
    <nav aria-label="Breadcrumb" className="crumbs">
      <ol>
        {trail.map((crumb, i) => (
          <li key={crumb.url}>
            {currentIsLast && i === trail.length - 1 ? (
              <span aria-current="page" dir="auto">{crumb.name}</span>
            ) : (
              <Link href={crumb.url} dir="auto" className={i === trail.length - 1 ? 'section-label' : undefined}>
                {crumb.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
