import Link from 'next/link'
import type { ReactNode } from 'react'
import type { ArticleSummary } from '@/lib/content'
import { ResponsiveImage } from '@/components/ui/ResponsiveImage'
import { SectionLabel } from '@/components/ui/SectionLabel'
import { Timestamp } from '@/components/ui/Timestamp'

export type CardVariant = 'lead' | 'standard' | 'compact' | 'text'

/**
 * One article in a list; every list on the site renders its items with this card. Styles: the
 * .card-* classes in app/globals.css.
 * lead: the home page's top story. standard: image, section, title, dek, authors, time (lays itself out
 * by the width it gets). compact: title, excerpt, time (sidebars). text: title and time (rivers).
 */
export function ArticleCard({
  article,
  variant,
  heading: Heading = 'h2',
  priorityImage = false,
  summary,
}: {
  article: ArticleSummary
  variant: CardVariant
  /** The card title's level under the list's own heading. */
  heading?: 'h2' | 'h3'
  /** The image is the page's largest paint: load it without waiting for layout. */
  priorityImage?: boolean
  /** Shown instead of the dek, at every width: a search hit's snippet. */
  summary?: ReactNode
}) {
  const title = (
    <Heading className="card-title">
      <Link href={article.url}>{article.title}</Link>
    </Heading>
  )

  if (variant === 'compact' || variant === 'text') {
    return (
      <article className={variant === 'compact' ? 'card-compact' : 'card-text-only'} data-card={variant}>
        {title}
        {variant === 'compact' && <p className="card-dek">{article.excerpt}</p>}
        <p className="card-meta">
          <Timestamp dateTime={article.published} relative />
        </p>
      </article>
    )
  }

  const lead = variant === 'lead'
  return (
    <article className="card" data-card={variant}>
      <div className={lead ? 'card-lead' : 'card-standard'}>
        {article.hero && (
          <Link href={article.url} tabIndex={-1} aria-hidden="true" className="card-media">
            {/* Fixed sizes keep srcset short (it repeats per card); the 16:9 frame crops the picture. */}
            <ResponsiveImage
              src={article.hero.src}
              alt=""
              width={lead ? 960 : 480}
              height={lead ? 540 : 270}
              // The lead spans the phone screen, so it gets a responsive srcset; thumbnails a 1x/2x pair.
              sizes={lead ? '(min-width: 1024px) 560px, 100vw' : undefined}
              loading={priorityImage ? 'eager' : 'lazy'}
              className="size-full object-cover"
            />
          </Link>
        )}
        <div className="card-text">
          <SectionLabel section={article.section} />
          {title}
          {summary ? <p className="card-summary">{summary}</p> : <p className="card-dek">{article.dek}</p>}
          <p className="card-meta">
            <b>{article.authors.map((a) => a.name).join(' and ')}</b>
            <span aria-hidden="true"> · </span>
            <Timestamp dateTime={article.published} relative />
          </p>
        </div>
      </div>
    </article>
  )
}
