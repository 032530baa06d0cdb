import Link from 'next/link'
import type { SectionInfo } from '@/lib/content'
import { site } from '@/lib/site'

export function SiteFooter({ sections }: { sections: SectionInfo[] }) {
  return (
    <footer className="mt-16 bg-brand text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[1fr_2fr]">
        <div>
          <p className="font-serif text-2xl font-black">{site.name}</p>
          <p className="mt-2 max-w-xs font-sans text-sm text-white/75">{site.description}</p>
        </div>
        <nav aria-label="Footer">
          <h2 className="font-sans text-xs font-bold uppercase tracking-[0.12em] text-white/60">Sections</h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 font-sans text-sm sm:grid-cols-3">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={section.url} className="hover:underline">
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-white/15 px-4 py-4 text-center font-sans text-xs text-white/60">
        © {new Date().getFullYear()} {site.name}. Sample newsroom content for demonstration.
      </p>
    </footer>
  )
}
