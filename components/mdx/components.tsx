import Link from '@/components/ui/Link'
import type { ReactNode } from 'react'
import { ResponsiveImage } from '@/components/ui/ResponsiveImage'
import type { ArticleSummary } from '@/lib/content'
import { parseEmbed } from '@/lib/embeds'
import { site } from '@/lib/site'
import { EmbedLoader } from './EmbedLoader'
import type { MdxComponentName } from '@/lib/content/mdx-components'

/** "Also on Meridian: <current title of the other article>". */
function AlsoOn({ article }: { article?: ArticleSummary }) {
  // The content check guarantees the slug exists; an article scheduled for later is simply left out.
  if (!article) return null
  return (
    <p className="not-prose my-8 border-y border-rule py-4 font-serif text-lg leading-snug" data-also-on>
      <span className="font-sans text-sm font-bold uppercase tracking-[0.1em] text-accent">Also on {site.name}:</span>{' '}
      <Link href={article.url} dir="auto" className="font-semibold hover:underline">
        {article.title}
      </Link>
      {article.retracted && <span className="font-sans text-sm text-ink-muted"> (retracted)</span>}
    </p>
  )
}

function Figure({ src, alt, caption, credit }: { src: string; alt: string; caption?: string; credit?: string }) {
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

function PullQuote({ children, attribution }: { children: ReactNode; attribution?: string }) {
  return (
    <figure className="not-prose my-10 border-l-4 border-accent pl-6">
      <blockquote className="font-serif text-2xl leading-snug font-semibold italic">{children}</blockquote>
      {attribution && <figcaption className="mt-3 font-sans text-sm text-ink-muted">— {attribution}</figcaption>}
    </figure>
  )
}

function FactBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="my-8 bg-paper-deep px-6 py-5 font-sans text-base [&_li]:my-1 [&_ul]:my-2" aria-label={title}>
      <p className="!mt-0 text-sm font-bold uppercase tracking-[0.1em] text-accent">{title}</p>
      {children}
    </aside>
  )
}

/** A highlighted note inside the story: context, an editor's note, or a warning to readers. */
function Callout({ title, tone = 'note', children }: { title?: string; tone?: 'note' | 'warning'; children: ReactNode }) {
  const colours = tone === 'warning' ? 'border-amber-500 bg-amber-50' : 'border-ink bg-paper-deep'
  return (
    <aside role="note" aria-label={title ?? (tone === 'warning' ? 'Warning' : 'Note')} className={`my-8 border-l-4 px-6 py-4 font-sans text-base [&>p]:my-2 ${colours}`} data-callout={tone}>
      {title && <p className="!mt-0 font-bold">{title}</p>}
      {children}
    </aside>
  )
}

/** A video or social post that loads nothing from its provider until the reader clicks. */
function Embed({ url, title, caption }: { url: string; title: string; caption?: string }) {
  // The content check rejects unsupported addresses; should one slip through, readers still get the link.
  const target = parseEmbed(url)
  return (
    <figure className="not-prose my-8" data-embed={target?.provider ?? 'link'}>
      {target && (
        <EmbedLoader src={target.src} aspectRatio={target.aspectRatio} title={title}>
          <span className="text-base font-semibold">{title}</span>
          <span className="rounded bg-ink px-3 py-1.5 text-sm font-bold text-paper">
            {target.kind === 'video' ? `Play video from ${target.provider}` : `Show post from ${target.provider}`}
          </span>
          <span className="max-w-sm text-xs text-ink-muted">Loading it lets {target.provider} see your visit and may set cookies.</span>
        </EmbedLoader>
      )}
      <figcaption className="mt-2 font-sans text-sm text-ink-muted">
        {caption && <span className="mr-2">{caption}</span>}
        <a href={url} className="underline hover:text-accent" rel="noopener noreferrer">
          {target ? `Open on ${target.provider}` : title}
        </a>
      </figcaption>
    </figure>
  )
}

type Cell = string | number
const isNumeric = (cell: Cell) => typeof cell === 'number' || /^[-+−]?[$€£¥]?[\d.,]+(%|[kmbn]| ?bn)?$/i.test(cell.trim())

/**
 * A table with a caption and an optional source. Give `columns` and `rows`, or put a Markdown table
 * inside. Header cells carry their scope so screen readers announce each value with its column and row.
 */
function DataTable({ caption, source, columns, rows, children }: { caption: string; source?: string; columns?: string[]; rows?: Cell[][]; children?: ReactNode }) {
  const foot = source && <p className="mt-2 font-sans text-xs text-ink-muted">Source: {source}</p>
  if (!columns || !rows)
    return (
      <figure className="my-8 overflow-x-auto [&_table]:my-2" data-table>
        <figcaption className="font-sans text-sm font-bold">{caption}</figcaption>
        {children}
        {foot}
      </figure>
    )
  return (
    <div className="not-prose my-8 overflow-x-auto" data-table>
      <table className="w-full border-collapse font-sans text-sm">
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={`px-2 py-1.5 ${i > 0 && rows.every((row) => isNumeric(row[i] ?? '')) ? 'text-right' : 'text-left'}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-b border-rule">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-2 py-1.5 text-left font-semibold">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={`px-2 py-1.5 ${isNumeric(cell) ? 'text-right tabular-nums' : ''}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {foot}
    </div>
  )
}

/** The component map for an article body; AlsoOn gets the mentioned articles resolved by lib/content. */
export function articleMdxComponents(mentions: Record<string, ArticleSummary>) {
  const components: Record<MdxComponentName, (props: never) => ReactNode> = {
    AlsoOn: ({ slug }: { slug: string }) => <AlsoOn article={mentions[slug]} />,
    Figure,
    PullQuote,
    FactBox,
    Callout,
    Embed,
    DataTable,
  }
  return components
}
