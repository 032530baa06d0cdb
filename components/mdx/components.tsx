import Link from 'next/link'
import type { ReactNode } from 'react'
import { ResponsiveImage } from '@/components/ui/ResponsiveImage'
import type { ArticleSummary } from '@/lib/content'
import { site } from '@/lib/site'
import type { MdxComponentName } from './names'

/** "Also on Meridian: <current title of the other article>". */
export function AlsoOn({ article }: { article?: ArticleSummary }) {
  // The content check guarantees the slug exists; an article scheduled for later is simply left out.
  if (!article) return null
  return (
    <p className="not-prose my-8 border-y border-rule py-4 font-serif text-lg leading-snug" data-also-on>
      <span className="font-sans text-sm font-bold uppercase tracking-[0.1em] text-accent">Also on {site.name}:</span>{' '}
      <Link href={article.url} className="font-semibold hover:underline">
        {article.title}
      </Link>
    </p>
  )
}

export function Figure({ src, alt, caption, credit }: { src: string; alt: string; caption?: string; credit?: string }) {
  return (
    <figure className="not-prose my-8">
      <ResponsiveImage src={src} alt={alt} width={1200} height={700} sizes="(min-width: 1024px) 680px, 100vw" className="h-auto w-full" />
      {(caption || credit) && (
        <figcaption className="mt-2 font-sans text-sm text-ink-muted">
          {caption}
          {credit && <span className="ml-1 text-xs uppercase tracking-wide">{credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}

export function PullQuote({ children, attribution }: { children: ReactNode; attribution?: string }) {
  return (
    <figure className="not-prose my-10 border-l-4 border-accent pl-6">
      <blockquote className="font-serif text-2xl leading-snug font-semibold italic">{children}</blockquote>
      {attribution && <figcaption className="mt-3 font-sans text-sm text-ink-muted">— {attribution}</figcaption>}
    </figure>
  )
}

export function FactBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="my-8 bg-paper-deep px-6 py-5 font-sans text-base [&_li]:my-1 [&_ul]:my-2" aria-label={title}>
      <p className="!mt-0 text-sm font-bold uppercase tracking-[0.1em] text-accent">{title}</p>
      {children}
    </aside>
  )
}

/** The component map for an article body; AlsoOn gets the mentioned articles resolved by lib/content. */
export function articleMdxComponents(mentions: Record<string, ArticleSummary>) {
  const components: Record<MdxComponentName, (props: never) => ReactNode> = {
    AlsoOn: ({ slug }: { slug: string }) => <AlsoOn article={mentions[slug]} />,
    Figure,
    PullQuote,
    FactBox,
  }
  return components
}
