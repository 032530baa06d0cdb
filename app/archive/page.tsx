import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { listArticles } from '@/lib/content'
import { archiveTrail } from '@/lib/breadcrumbs'
import { archiveMetadata } from '@/lib/seo/metadata'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'

type Props = { params?: Promise<{ page?: string }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveMetadata((await params)?.page)
}

export default async function ArchivePage({ params }: Props) {
  const page = parsePageSegment((await params)?.page)
  if (!page) notFound()
  const { items, total } = await listArticles({ offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0 && page > 1) notFound()
  return <ArticleListing trail={archiveTrail()} kicker="Archive" title="All stories" articles={items} links={pageLinks('/archive', page, total)} />
}
