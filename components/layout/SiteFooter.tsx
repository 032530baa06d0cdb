import Link from 'next/link'
import type { SectionInfo } from '@/lib/content'
import { site } from '@/lib/site'

const heading = 'font-sans text-xs font-bold uppercase tracking-[0.12em] text-white/60'

export function SiteFooter({ sections }: { sections: SectionInfo[] }) {
  return (
    <footer className="mt-16 bg-masthead text-white print:hidden">
      <nav aria-label="Footer" className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[1.2fr_2fr_1fr]">
        <div>
          <p className="font-serif text-2xl font-black">{site.name}</p>
          <p className="mt-2 max-w-xs font-sans text-sm text-white/75">{site.description}</p>
        </div>
        <div>
          <h2 id="footer-sections" className={heading}>
            Sections
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 font-sans text-sm sm:grid-cols-3">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={section.url} className="hover:underline">
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 id="footer-about" className={heading}>
            {site.name}
          </h2>
          <ul className="mt-3 space-y-2 font-sans text-sm">
            <li>
              <Link href="/about" className="hover:underline">About us</Link>
            </li>
            <li>
              <Link href="/contact" className="hover:underline">Contact</Link>
            </li>
            <li>
              <Link href="/authors" className="hover:underline">Our journalists</Link>
            </li>
            <li>
              <Link href="/archive" className="hover:underline">All stories</Link>
            </li>
          </ul>
        </div>
      </nav>
      <p className="border-t border-white/15 px-4 py-4 text-center font-sans text-xs text-white/60">
        © {new Date().getFullYear()} {site.name}. Sample newsroom: the stories and people on this site are illustrative.
      </p>
    </footer>
  )
}
