import { articleMdxComponents } from '@/components/mdx/components'
import { MdxContent } from '@/components/mdx/MdxContent'
import { TagList } from '@/components/ui/TagList'
import type { Article, AuthorProfile, ReadMoreLink } from '@/lib/content'
import { ArticleHeader } from './ArticleHeader'
import { AuthorBio } from './AuthorBio'
import { Corrections } from './Corrections'
import { HeroFigure } from './HeroFigure'
import { ReadMore } from './ReadMore'
import { SourceCredit } from './SourceCredit'

/**
 * An article as the article page shows it: header, picture, body, then the wire credit, corrections,
 * topics, further reading and a bio of each of `authors` (its authors' profiles).
 */
export function ArticleView({ article, readMore, authors }: { article: Article; readMore: ReadMoreLink[]; authors: AuthorProfile[] }) {
  return (
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
      <ReadMore links={readMore} />
      {authors.map((author) => (
        <AuthorBio key={author.slug} author={author} />
      ))}
    </article>
  )
}
