import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { sectionTrail } from '@/lib/breadcrumbs'
import { getSection, listSectionArticles, listSections } from '@/lib/content'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'
import { breadcrumbJsonLd } from '@/lib/seo/jsonld'
import { sectionMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
export const generateStaticParams = async () => (await listSections()).map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const section = await getSection(slug)
  return section ? sectionMetadata(section, page) : {}
}

export default async function SectionPage({ params }: Props) {
  const { slug, page: segment } = await params
  const section = await getSection(slug)
  const page = parsePageSegment(segment)
  if (!section || !page) notFound()
  const { items, total } = await listSectionArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0 && page > 1) notFound()
  const trail = sectionTrail(section)
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <ArticleListing
        trail={trail}
        kicker="Section"
        title={section.name}
        intro={<p className="mt-2 font-serif text-lg text-ink-muted">{section.description}</p>}
        articles={items}
        links={pageLinks(section.url, page, total)}
      />
    </>
  )
}
