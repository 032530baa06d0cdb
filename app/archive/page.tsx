import type { Metadata } from 'next'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { archiveTrail } from '@/lib/breadcrumbs'
import { archiveListing, listingMetadata, readListingPage } from '@/lib/listing'

type Props = { params?: Promise<{ page?: string }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(archiveListing, (await params)?.page)
}

export default async function ArchivePage({ params }: Props) {
  const { items, links } = await readListingPage(archiveListing, (await params)?.page)
  return <ArticleListing trail={archiveTrail()} kicker="Archive" title={archiveListing.title} articles={items} links={links} />
}
