import Link from 'next/link'
import type { FrontPage as FrontPageData } from '@/lib/content'
import { site } from '@/lib/site'
import { ArticleCard } from './ArticleCard'

const blockHeading = 'border-t-4 border-ink pt-2 font-sans text-sm font-bold uppercase tracking-[0.12em]'

/** The home page: lead story, secondary stories, the latest river, then a block per section. */
export function FrontPage({ front }: { front: FrontPageData }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
      <h1 className="sr-only">
        {site.name}: {site.tagline}
      </h1>
      {!front.lead ? (
        <p className="py-16 text-center font-serif text-xl text-ink-muted">No stories have been published yet.</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-12">
          <section aria-label="Top story" className="lg:col-span-6" data-front="lead">
            <ArticleCard article={front.lead} variant="lead" priorityImage />
          </section>
          <section aria-label="More top stories" className="divide-y divide-rule lg:col-span-3 lg:border-l lg:border-rule lg:pl-6" data-front="secondary">
            {front.secondary.map((article) => (
              <ArticleCard key={article.slug} article={article} variant="standard" />
            ))}
          </section>
          <section aria-labelledby="latest" className="lg:col-span-3 lg:border-l lg:border-rule lg:pl-6" data-front="latest">
            <h2 id="latest" className={blockHeading}>
              Latest
            </h2>
            <div className="mt-4 divide-y divide-rule">
              {front.latest.map((article) => (
                <ArticleCard key={article.slug} article={article} variant="text" heading="h3" />
              ))}
            </div>
            <Link href="/archive" className="mt-4 inline-block font-sans text-sm font-semibold text-accent hover:underline">
              All stories →
            </Link>
          </section>
        </div>
      )}
      <div className="card-stack mt-12 grid gap-x-8 gap-y-12 md:grid-cols-2 lg:grid-cols-3">
        {front.sections.map(({ section, articles }) => (
          <section key={section.slug} aria-labelledby={`front-${section.slug}`} data-front="section">
            <div className="flex items-baseline justify-between border-t-4 border-ink pt-2">
              <h2 id={`front-${section.slug}`} className="font-serif text-2xl font-bold">
                <Link href={section.url} className="hover:text-accent">
                  {section.name}
                </Link>
              </h2>
              <Link href={section.url} className="font-sans text-sm font-semibold text-accent hover:underline">
                More <span className="sr-only">{section.name}</span>
                <span aria-hidden="true">→</span>
              </Link>
            </div>
            {/* The section's newest story with its picture, then headlines. */}
            <div className="mt-4 divide-y divide-rule">
              {articles.map((article, i) => (
                <ArticleCard key={article.slug} article={article} variant={i === 0 ? 'standard' : 'text'} heading="h3" />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  )
}
