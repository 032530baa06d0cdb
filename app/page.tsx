import { ArticleCard } from '@/components/listing/ArticleCard'
import { JsonLd } from '@/components/ui/JsonLd'
import { listArticles } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/seo/jsonld'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

export const revalidate = 300
export const metadata = pageMetadata({ description: site.description, path: '/' })

export default function HomePage() {
  const { items } = listArticles({ limit: 20 })
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <JsonLd data={webSiteJsonLd()} />
      <h1 className="font-sans text-sm font-bold uppercase tracking-[0.12em]">Latest from {site.name}</h1>
      <div className="mt-4 divide-y divide-rule">
        {items.map((article) => (
          <ArticleCard key={article.slug} article={article} variant="compact" />
        ))}
      </div>
    </div>
  )
}
