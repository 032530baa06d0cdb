import Link from '@/components/ui/Link'
import type { ReadMoreLink } from '@/lib/content'

export function ReadMore({ links }: { links: ReadMoreLink[] }) {
  if (links.length === 0) return null
  return (
    <section aria-labelledby="read-more" className="mt-10 border-t border-rule pt-6 print:hidden">
      <h2 id="read-more" className="font-sans text-sm font-bold uppercase tracking-[0.12em]">
        Read more
      </h2>
      <ul className="mt-3 space-y-3">
        {links.map((link) =>
          link.kind === 'internal' ? (
            <li key={link.article.slug} dir="auto" className="font-serif text-lg leading-snug">
              <Link href={link.article.url} className="hover:text-accent hover:underline">
                {link.article.title}
              </Link>
            </li>
          ) : (
            <li key={link.url + link.title} dir="auto" className="font-serif text-lg leading-snug">
              <a href={link.url} target="_blank" rel="noopener noreferrer" className="hover:text-accent hover:underline">
                <bdi>{link.title}</bdi> – <bdi>{link.outlet}</bdi>
                <span className="sr-only"> (external site, opens in a new tab)</span>
              </a>
            </li>
          ),
        )}
      </ul>
    </section>
  )
}
