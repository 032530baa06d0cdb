import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AuthorBio } from '@/components/article/AuthorBio'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { getAuthor, listAuthorArticles, listAuthors } from '@/lib/content'
import { authorTrail } from '@/lib/breadcrumbs'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'

type Props = { params: Promise<{ slug: string; page?: string }> }

export const revalidate = 300
export const generateStaticParams = () => listAuthors().map(({ slug }) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).slug)
  return author ? { title: author.name, description: `${author.name}, ${author.role}` } : {}
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page: segment } = await params
  const author = getAuthor(slug)
  const page = parsePageSegment(segment)
  if (!author || !page) notFound()
  const { items, total } = listAuthorArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0 && page > 1) notFound()
  return (
    <ArticleListing
      trail={authorTrail(author)}
      kicker="Author"
      title={author.name}
      intro={page === 1 && <AuthorBio author={author} linkToProfile={false} />}
      articles={items}
      links={pageLinks(author.url, page, total)}
    />
  )
}
