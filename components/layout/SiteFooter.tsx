import Link from '@/components/ui/Link'
import type { SectionInfo } from '@/lib/content'
import { site } from '@/lib/site'

// On every page twice (HTML and React's payload): styled from .site-footer in app/globals.css.
export function SiteFooter({ sections }: { sections: SectionInfo[] }) {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <div>
          <b>{site.name}</b>
          <p>{site.description}</p>
        </div>
        <div>
          <h2>Sections</h2>
          <ul className="footer-sections">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={section.url}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{site.name}</h2>
          <ul>
            <li>
              <Link href="/about">About us</Link>
            </li>
            <li>
              <Link href="/contact">Contact</Link>
            </li>
            <li>
              <Link href="/authors">Our journalists</Link>
            </li>
            <li>
              <Link href="/archive">All stories</Link>
            </li>
          </ul>
        </div>
      </nav>
      <p>
        © {new Date().getFullYear()} {site.name}. Sample newsroom: the stories and people on this site are illustrative.
      </p>
    </footer>
  )
}
