import Link from 'next/link'
import { ArticleCard } from '@/components/listing/ArticleCard'
import { getRecentArticles } from '@/lib/content'

export default function NotFound() {
  const recent = getRecentArticles({ limit: 4 })
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="font-sans text-sm font-bold uppercase tracking-[0.12em] text-accent">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 font-serif text-lg text-ink-muted">
        The link may be mistyped, or the story may have moved. Try the <Link href="/" className="text-accent underline">front page</Link>, or one of our latest stories:
      </p>
      <div className="mt-8 divide-y divide-rule">
        {recent.map((article) => (
          <ArticleCard key={article.slug} article={article} variant="compact" />
        ))}
      </div>
    </div>
  )
}
