import Link from '@/components/ui/Link'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { sectionsTrail } from '@/lib/breadcrumbs'
import type { ArticlePage, SectionInfo } from '@/lib/content'
import { ArticleCard } from './ArticleCard'

export function SectionIndex({ sections }: { sections: { section: SectionInfo; latest: ArticlePage }[] }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <Breadcrumbs trail={sectionsTrail()} />
      <h1 className="mt-4 border-b-4 border-ink pb-4 font-serif text-4xl font-bold tracking-tight">Sections</h1>
      <div className="mt-8 grid gap-10 md:grid-cols-2 lg:grid-cols-3">
        {sections.map(({ section, latest }) => (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`} className="border-t-2 border-ink pt-2 font-serif text-2xl font-bold">
              <Link href={section.url} className="hover:text-accent">
                {section.name}
              </Link>
            </h2>
            <p className="mt-1 font-serif text-ink-muted">{section.description}</p>
            <p className="mt-1 font-sans text-xs text-ink-muted" data-story-count>
              {latest.total} {latest.total === 1 ? 'story' : 'stories'}
            </p>
            <div className="mt-4 divide-y divide-rule">
              {latest.items.map((article) => (
                <ArticleCard key={article.slug} article={article} variant="text" heading="h3" />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  )
}
