import Image from 'next/image'
import Link from 'next/link'
import type { ArticleSummary } from '@/lib/content'
import { SectionLabel } from '@/components/ui/SectionLabel'
import { Timestamp } from '@/components/ui/Timestamp'

type Variant = 'standard' | 'compact'

/**
 * One article in a list. Every list on the site renders its items with this card:
 * `standard` (image, section, title, dek, authors, time) for listings, `compact` (title, excerpt, time) for sidebars.
 */
export function ArticleCard({ article, variant }: { article: ArticleSummary; variant: Variant }) {
  if (variant === 'compact') {
    return (
      <article className="py-4 first:pt-0" data-card={variant}>
        <h3 className="font-serif text-lg font-bold leading-snug">
          <Link href={article.url} className="hover:text-accent hover:underline">
            {article.title}
          </Link>
        </h3>
        <p className="mt-1 font-serif text-[0.95rem] leading-snug text-ink-muted">{article.excerpt}</p>
        <p className="mt-1.5 font-sans text-xs text-ink-muted">
          <Timestamp dateTime={article.published} relative />
        </p>
      </article>
    )
  }
  return (
    <article className="grid grid-cols-[1fr_7rem] gap-4 py-5 first:pt-0 sm:grid-cols-[14rem_1fr] sm:gap-6" data-card={variant}>
      {article.hero && (
        <Link href={article.url} tabIndex={-1} aria-hidden="true" className="relative order-2 block aspect-[16/9] self-start overflow-hidden bg-rule sm:order-1">
          <Image src={article.hero.src} alt="" fill sizes="(min-width: 640px) 224px, 112px" className="object-cover" />
        </Link>
      )}
      <div className="order-1 min-w-0 sm:order-2">
        <SectionLabel section={article.section} />
        <h2 className="mt-1 font-serif text-xl font-bold leading-snug sm:text-2xl">
          <Link href={article.url} className="hover:text-accent hover:underline">
            {article.title}
          </Link>
        </h2>
        <p className="mt-2 hidden font-serif text-base leading-snug text-ink-muted sm:block">{article.dek}</p>
        <p className="mt-2 font-sans text-xs text-ink-muted">
          <span className="font-semibold text-ink">{article.authors.map((a) => a.name).join(', ')}</span>
          <span aria-hidden="true"> · </span>
          <Timestamp dateTime={article.published} relative />
        </p>
      </div>
    </article>
  )
}
