import Link from 'next/link'
import type { SectionInfo } from '@/lib/content'
import { site } from '@/lib/site'
import { SearchBox } from './SearchBox'
import { SiteNav } from './SiteNav'
import { ThemeToggle } from './ThemeToggle'

export function SiteHeader({ sections }: { sections: SectionInfo[] }) {
  const links = [...sections.map(({ name, url }) => ({ name, url })), { name: 'All stories', url: '/archive' }]
  return (
    <header className="relative border-b border-rule bg-paper print:border-none">
      <div className="mx-auto flex max-w-6xl items-center justify-center px-4 pt-4 pb-3 sm:px-6 lg:pt-6">
        <Link href="/" className="text-center leading-none">
          <span className="block font-serif text-3xl font-black tracking-tight text-brand sm:text-[2.6rem]">{site.name}</span>
          <span className="mt-1 hidden font-sans text-xs tracking-wide text-ink-muted sm:block">{site.tagline}</span>
        </Link>
        <div className="absolute top-4 right-4 flex items-center gap-2 sm:right-6 lg:top-7">
          <div className="hidden lg:block print:hidden">
            <SearchBox />
          </div>
          {/* On phones the search page itself has the box. */}
          <Link href="/search" aria-label="Search" className="rounded-full border border-rule p-2 lg:hidden print:hidden">
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2">
              <circle cx="7" cy="7" r="5" />
              <path d="m11 11 4 4" />
            </svg>
          </Link>
          <ThemeToggle />
        </div>
      </div>
      <SiteNav>
        <ul className="mx-auto max-w-6xl divide-y divide-rule px-4 font-sans text-base font-semibold sm:px-6 lg:flex lg:gap-6 lg:divide-y-0 lg:py-2.5 lg:text-sm">
          {links.map((link) => (
            <li key={link.url}>
              <Link href={link.url} className="block py-2.5 hover:text-accent lg:py-0">
                {link.name}
              </Link>
            </li>
          ))}
        </ul>
      </SiteNav>
    </header>
  )
}
