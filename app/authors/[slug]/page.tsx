import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorBio } from '@/components/article/AuthorBio'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { authorTrail } from '@/lib/breadcrumbs'
import { getAuthor, listAuthors } from '@/lib/content'
import { authorListing, listingMetadata, readListingPage } from '@/lib/listing'
import { breadcrumbJsonLd, personJsonLd } from '@/lib/seo/jsonld'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
export const generateStaticParams = async () => (await listAuthors()).map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const author = await getAuthor(slug)
  return author ? listingMetadata(authorListing(author), page) : {}
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page } = await params
  const author = await getAuthor(slug)
  if (!author) notFound()
  const { items, links } = await readListingPage(authorListing(author), page)
  const trail = authorTrail(author)
  return (
    <>
      <JsonLd data={[personJsonLd(author), breadcrumbJsonLd(trail)]} />
      <ArticleListing trail={trail} kicker="Author" title={author.name} articles={items} links={links}
        intro={links.page === 1 && <AuthorBio author={author} linkToProfile={false} />}
      />
    </>
  )
}
