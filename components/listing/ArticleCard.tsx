import Link from '@/components/ui/Link'
import type { ReactNode } from 'react'
import type { ArticleSummary } from '@/lib/content'
import { NameList } from '@/components/ui/NameList'
import { ResponsiveImage } from '@/components/ui/ResponsiveImage'
import { SectionLabel } from '@/components/ui/SectionLabel'
import { Timestamp } from '@/components/ui/Timestamp'

export type CardVariant = 'lead' | 'standard' | 'compact' | 'text' | 'headline'

/**
 * One article in a list; every list on the site renders its items with this card.
 * lead: the home page's top story. standard: image, section, title, dek, authors, time (lays itself out
 * by the width it gets). compact: title, excerpt, time (sidebars). text: title and time (rivers).
 * headline: the title alone, as an <li> (dense headline lists).
 *
 * A card is in the page twice, as HTML and again in React's payload, so its markup is lean: short
 * class names on the containers (.card-* in app/globals.css) and none on what they hold, one link per
 * story (the title's link covers the whole card, picture included), and separators drawn by CSS.
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
  const link = <Link href={article.url}>{article.title}</Link>
  if (variant === 'headline') return <li dir="auto" data-card={variant}>{link}</li>

  const title = <Heading dir="auto">{link}</Heading>
  if (variant === 'compact' || variant === 'text') {
    return (
      <article className={`card-${variant}`} data-card={variant}>
        {title}
        {variant === 'compact' && <p dir="auto">{article.excerpt}</p>}
        <Timestamp dateTime={article.published} relative />
      </article>
    )
  }

  const lead = variant === 'lead'
  return (
    <article className="card" data-card={variant}>
      <div className={lead ? 'card-lead' : 'card-standard'}>
        {article.hero && (
          // Decorative: the title says what the story is, and its link covers the picture.
          // Fixed sizes keep srcset short (it repeats per card); the 16:9 frame crops the picture.
          <ResponsiveImage
            src={article.hero.src}
            alt=""
            width={lead ? 960 : 480}
            height={lead ? 540 : 270}
            // The lead spans the phone screen, so it gets a responsive srcset; thumbnails a 1x/2x pair.
            sizes={lead ? '(min-width: 1024px) 560px, 100vw' : undefined}
            loading={priorityImage ? 'eager' : 'lazy'}
            // The front's lead picture is the home page's largest paint on a phone.
            fetchPriority={priorityImage ? 'high' : undefined}
          />
        )}
        <div>
          <SectionLabel section={article.section} />
          {title}
          {summary ? <p dir="auto" className="card-summary">{summary}</p> : <p dir="auto">{article.dek}</p>}
          <p>
            <b><NameList people={article.authors}>{(author) => <bdi>{author.name}</bdi>}</NameList></b> <Timestamp dateTime={article.published} relative />
          </p>
        </div>
      </div>
    </article>
  )
}
