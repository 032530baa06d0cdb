import Link from 'next/link'
import type { SectionRef } from '@/lib/content'

export function SectionLabel({ section }: { section: SectionRef }) {
  return (
    <Link
      href={section.url}
      className="font-sans text-xs font-bold uppercase tracking-[0.12em] text-accent hover:underline"
    >
      {section.name}
    </Link>
  )
}
