import type { Metadata } from 'next'
import { SectionIndex } from '@/components/listing/SectionIndex'
import { listSectionArticles, listSections } from '@/lib/content'

export const revalidate = 300

export const metadata: Metadata = { title: 'Sections', description: 'Every section of the site and its latest stories.' }

export default function SectionsPage() {
  const sections = listSections().map((section) => ({ section, latest: listSectionArticles(section.slug, { limit: 3 }) }))
  return <SectionIndex sections={sections} />
}
