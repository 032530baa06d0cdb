import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { tagTrail } from '@/lib/breadcrumbs'
import { getTag } from '@/lib/content'
import { listingMetadata, readListingPage, tagListing } from '@/lib/listing'
import { decodeSegment } from '@/lib/route-params'
import { breadcrumbJsonLd } from '@/lib/seo/jsonld'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
// Topics are many: each renders on first request, then is cached.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const tag = await getTag(decodeSegment(slug))
  return tag ? listingMetadata(tagListing(tag), page) : {}
}

export default async function TagPage({ params }: Props) {
  const { slug, page } = await params
  // Other spellings of a topic's address were redirected to it before routing (proxy.ts).
  const tag = await getTag(decodeSegment(slug))
  if (!tag) notFound()
  const { items, links } = await readListingPage(tagListing(tag), page)
  const trail = tagTrail(tag)
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <ArticleListing trail={trail} kicker="Topic" title={tag.name} articles={items} links={links}
        intro={tag.description && <p className="mt-2 font-serif text-lg text-ink-muted">{tag.description}</p>}
      />
    </>
  )
}
