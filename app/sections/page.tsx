import { SectionIndex } from '@/components/listing/SectionIndex'
import { listSectionArticles, listSections } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

export const revalidate = 300

export const metadata = pageMetadata({ title: 'Sections', description: 'Every section of the site and its latest stories.', path: '/sections' })

export default async function SectionsPage() {
  const sections = await Promise.all(
    (await listSections()).map(async (section) => ({ section, latest: await listSectionArticles(section.slug, { limit: 3 }) })),
  )
  return <SectionIndex sections={sections} />
}
