import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { getSection, listSectionArticles, listSections } from '@/lib/content'
import { sectionTrail } from '@/lib/breadcrumbs'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
export const generateStaticParams = () => listSections().map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = getSection((await params).slug)
  return section ? { title: section.name, description: section.description } : {}
}

export default async function SectionPage({ params }: Props) {
  const { slug, page: segment } = await params
  const section = getSection(slug)
  const page = parsePageSegment(segment)
  if (!section || !page) notFound()
  const { items, total } = listSectionArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0 && page > 1) notFound()
  return (
    <ArticleListing
      trail={sectionTrail(section)}
      kicker="Section"
      title={section.name}
      intro={<p className="mt-2 font-serif text-lg text-ink-muted">{section.description}</p>}
      articles={items}
      links={pageLinks(section.url, page, total)}
    />
  )
}
