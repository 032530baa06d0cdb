import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorBio } from '@/components/article/AuthorBio'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { authorTrail } from '@/lib/breadcrumbs'
import { getAuthor, listAuthorArticles, listAuthors } from '@/lib/content'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'
import { breadcrumbJsonLd, personJsonLd } from '@/lib/seo/jsonld'
import { authorMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
export const generateStaticParams = async () => (await listAuthors()).map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const author = await getAuthor(slug)
  return author ? authorMetadata(author, page) : {}
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page: segment } = await params
  const author = await getAuthor(slug)
  const page = parsePageSegment(segment)
  if (!author || !page) notFound()
  const { items, total } = await listAuthorArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0 && page > 1) notFound()
  const trail = authorTrail(author)
  return (
    <>
      <JsonLd data={[personJsonLd(author), breadcrumbJsonLd(trail)]} />
      <ArticleListing
        trail={trail}
        kicker="Author"
        title={author.name}
        intro={page === 1 && <AuthorBio author={author} linkToProfile={false} />}
        articles={items}
        links={pageLinks(author.url, page, total)}
      />
    </>
  )
}
