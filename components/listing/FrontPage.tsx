import Link from '@/components/ui/Link'
import type { FrontPage as FrontPageData } from '@/lib/content'
import { site } from '@/lib/site'
import { ArticleCard } from './ArticleCard'

/**
 * The home page: the lead story and a few picture stories beside the latest river, then a block per
 * section: its newest story with a summary, then headlines. Pictures are kept to the top of the page
 * and the rivers are text, so the page's HTML (React's payload repeats every card) stays under the 60 KB
 * budget whatever the archive's size; see docs/performance.md. Styles: .front-* in app/globals.css.
 */
export function FrontPage({ front }: { front: FrontPageData }) {
  return (
    <div className="front">
      <h1 className="sr-only">
        {site.name}: {site.tagline}
      </h1>
      {!front.lead ? (
        <p className="front-empty">No stories have been published yet.</p>
      ) : (
        <div className="front-top">
          <section aria-label="Top story" data-front="lead">
            <ArticleCard article={front.lead} variant="lead" priorityImage />
          </section>
          <section aria-label="More top stories" data-front="secondary">
            {front.secondary.map((article) => (
              <ArticleCard key={article.slug} article={article} variant="standard" />
            ))}
          </section>
          <section aria-labelledby="latest" data-front="latest">
            <h2 id="latest">Latest</h2>
            {front.latest.map((article) => (
              <ArticleCard key={article.slug} article={article} variant="text" heading="h3" />
            ))}
            <Link href="/archive">All stories →</Link>
          </section>
        </div>
      )}
      <div className="front-sections">
        {front.sections.map(({ section, articles: [first, ...more] }) => (
          <section key={section.slug} aria-labelledby={`front-${section.slug}`} data-front="section">
            <h2 id={`front-${section.slug}`}>
              <Link href={section.url}>{section.name}</Link>
            </h2>
            <ArticleCard article={first} variant="compact" heading="h3" />
            {more.length > 0 && (
              <ul>
                {more.map((article) => (
                  <ArticleCard key={article.slug} article={article} variant="headline" />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  )
}
