import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleHeader } from '@/components/article/ArticleHeader'
import { AuthorBio } from '@/components/article/AuthorBio'
import { Corrections } from '@/components/article/Corrections'
import { HeroFigure } from '@/components/article/HeroFigure'
import { ReadMore } from '@/components/article/ReadMore'
import { RecentPosts } from '@/components/article/RecentPosts'
import { SourceCredit } from '@/components/article/SourceCredit'
import { articleMdxComponents } from '@/components/mdx/components'
import { MdxContent } from '@/components/mdx/MdxContent'
import { JsonLd } from '@/components/ui/JsonLd'
import { TagList } from '@/components/ui/TagList'
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
  if (!article) return {}
  return articleMetadata(article)
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await getArticle(slug)
  if (!article) notFound()

  const authors = (await Promise.all(article.authors.map((author) => getAuthor(author.slug)))).flatMap((author) => author ?? [])

  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-8 sm:px-6 lg:grid-cols-[minmax(0,1fr)_300px]">
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbJsonLd([...articleTrail(article.section), { name: article.title, url: article.url }])]} />
      <article className="min-w-0 max-w-[46rem]">
        <ArticleHeader article={article} />
        {article.hero && <HeroFigure image={article.hero} />}
        <div dir="auto" className="prose prose-lg prose-news max-w-none">
          <MdxContent code={article.code} components={articleMdxComponents(article.mentions)} />
        </div>
        {article.source && <SourceCredit source={article.source} editors={article.authors} />}
        <Corrections corrections={article.corrections} />
        {/* A retracted story is on no topic page (lib/content/store.ts), so it does not link to them. */}
        {!article.retracted && (
          <div className="mt-8">
            <TagList tags={article.tags} />
          </div>
        )}
        <ReadMore links={await getReadMore(slug)} />
        {authors.map((author) => (
          <AuthorBio key={author.slug} author={author} />
        ))}
      </article>
      <aside aria-label={`More from ${site.name}`} className="lg:pt-2 print:hidden">
        <RecentPosts articles={await getRecentArticles({ limit: 6, exclude: slug })} />
      </aside>
    </div>
  )
}
