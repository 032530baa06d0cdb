import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { tagTrail } from '@/lib/breadcrumbs'
import { getTag, listTagArticles } from '@/lib/content'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'
import { breadcrumbJsonLd } from '@/lib/seo/jsonld'
import { tagMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
// Topics are many: each renders on first request, then is cached.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const tag = getTag(slug)
  return tag ? tagMetadata(tag, page) : {}
}

export default async function TagPage({ params }: Props) {
  const { slug, page: segment } = await params
  const tag = getTag(slug)
  const page = parsePageSegment(segment)
  if (!tag || !page) notFound()
  const { items, total } = listTagArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0) notFound()
  const trail = tagTrail(tag)
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <ArticleListing trail={trail} kicker="Topic" title={tag.name} articles={items} links={pageLinks(tag.url, page, total)} />
    </>
  )
}
