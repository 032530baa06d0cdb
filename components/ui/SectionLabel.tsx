import Link from '@/components/ui/Link'
import type { SectionRef } from '@/lib/content'

export function SectionLabel({ section }: { section: SectionRef }) {
  return (
    <Link href={section.url} dir="auto" className="section-label">
      {section.name}
    </Link>
  )
}
