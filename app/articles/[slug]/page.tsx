import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/ArticleView'
import { RecentPosts } from '@/components/article/RecentPosts'
import { JsonLd } from '@/components/ui/JsonLd'
import { articleTrail } from '@/lib/breadcrumbs'
import { getArticle, getAuthor, getReadMore, getRecentArticles, newestArticleSlugs } from '@/lib/content'
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/jsonld'
import { articleMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

type Props = { params: Promise<{ slug: string }> }

// The newest articles are rendered at build time; older ones on first request, then cached.
export const revalidate = 300
export const generateStaticParams = async () => (await newestArticleSlugs(site.prerenderArticles)).map((slug) => ({ slug }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug)
  return article ? articleMetadata(article) : {}
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await getArticle(slug)
  if (!article) notFound()
  const authors = (await Promise.all(article.authors.map((author) => getAuthor(author.slug)))).flatMap((author) => author ?? [])
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-8 sm:px-6 lg:grid-cols-[minmax(0,1fr)_300px]">
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbJsonLd([...articleTrail(article.section), { name: article.title, url: article.url }])]} />
      <ArticleView article={article} readMore={await getReadMore(slug)} authors={authors} />
      <aside aria-label={`More from ${site.name}`} className="lg:pt-2 print:hidden">
        <RecentPosts articles={await getRecentArticles({ limit: 6, exclude: slug })} />
      </aside>
    </div>
  )
}
