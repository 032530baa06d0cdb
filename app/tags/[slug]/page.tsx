import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { getTag, listTagArticles } from '@/lib/content'
import { tagTrail } from '@/lib/breadcrumbs'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
// Topics are many: each renders on first request, then is cached.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).slug)
  return tag ? { title: tag.name, description: `Stories about ${tag.name}` } : {}
}

export default async function TagPage({ params }: Props) {
  const { slug, page: segment } = await params
  const tag = getTag(slug)
  const page = parsePageSegment(segment)
  if (!tag || !page) notFound()
  const { items, total } = listTagArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0) notFound()
  return <ArticleListing
      trail={tagTrail(tag)} kicker="Topic" title={tag.name} articles={items} links={pageLinks(tag.url, page, total)} />
}
