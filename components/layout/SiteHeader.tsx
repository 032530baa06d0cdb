import Link from 'next/link'
import type { SectionInfo } from '@/lib/content'
import { site } from '@/lib/site'
import { SearchBox } from './SearchBox'

export function SiteHeader({ sections }: { sections: SectionInfo[] }) {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-4 px-4 pt-5 pb-3 sm:px-6">
        <Link href="/" className="group leading-none" aria-label={`${site.name} home`}>
          <span className="block font-serif text-3xl font-black tracking-tight text-brand sm:text-4xl">{site.name}</span>
          <span className="mt-1 hidden font-sans text-xs tracking-wide text-ink-muted sm:block">{site.tagline}</span>
        </Link>
        <SearchBox />
      </div>
      <nav aria-label="Sections" className="border-t border-ink/80">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2.5 font-sans text-sm font-semibold whitespace-nowrap sm:px-6">
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={section.url} className="hover:text-accent">
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
