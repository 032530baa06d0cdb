import Link from '@/components/ui/Link'
import type { SectionInfo } from '@/lib/content'
import { SearchBox } from './SearchBox'
import { SiteLogo } from './SiteLogo'
import { SiteNav } from './SiteNav'
import { ThemeToggle } from './ThemeToggle'

// The header is on every page twice, as HTML and in React's payload: its styles are the short
// .masthead/.nav-list classes in app/globals.css, and its icons are drawn by CSS.
export function SiteHeader({ sections }: { sections: SectionInfo[] }) {
  const links = [...sections.map(({ name, url }) => ({ name, url })), { name: 'All stories', url: '/archive' }]
  return (
    <header className="masthead">
      <div className="masthead-bar">
        <SiteLogo />
        <div className="masthead-tools">
          <SearchBox />
          {/* On phones the search page itself has the box. */}
          <Link href="/search" aria-label="Search" className="icon-btn icon-search" />
          <ThemeToggle />
        </div>
      </div>
      <SiteNav>
        <ul className="nav-list">
          {links.map((link) => (
            <li key={link.url}>
              <Link href={link.url}>{link.name}</Link>
            </li>
          ))}
        </ul>
      </SiteNav>
    </header>
  )
}
