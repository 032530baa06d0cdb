import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { sectionTrail } from '@/lib/breadcrumbs'
import { getSection, listSections } from '@/lib/content'
import { listingMetadata, readListingPage, sectionListing } from '@/lib/listing'
import { breadcrumbJsonLd } from '@/lib/seo/jsonld'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
export const generateStaticParams = async () => (await listSections()).map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const section = await getSection(slug)
  return section ? listingMetadata(sectionListing(section), page) : {}
}

export default async function SectionPage({ params }: Props) {
  const { slug, page } = await params
  const section = await getSection(slug)
  if (!section) notFound()
  const { items, links } = await readListingPage(sectionListing(section), page)
  const trail = sectionTrail(section)
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <ArticleListing trail={trail} kicker="Section" title={section.name} articles={items} links={links}
        intro={<p className="mt-2 font-serif text-lg text-ink-muted">{section.description}</p>}
      />
    </>
  )
}
