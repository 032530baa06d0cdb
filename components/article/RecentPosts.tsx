import type { ArticleSummary } from '@/lib/content'
import { ArticleCard } from '@/components/listing/ArticleCard'

export function RecentPosts({ articles }: { articles: ArticleSummary[] }) {
  return (
    <section aria-labelledby="recent-posts" data-recent-posts>
      <h2 id="recent-posts" className="border-t-4 border-ink pt-2 font-sans text-sm font-bold uppercase tracking-[0.12em]">
        Recent posts
      </h2>
      <div className="mt-4 divide-y divide-rule">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} variant="compact" heading="h3" />
        ))}
      </div>
    </section>
  )
}
