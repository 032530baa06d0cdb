import type { Retraction } from '@/lib/content'
import { site } from '@/lib/site'
import { formatDate } from '@/lib/time'

/**
 * "Retracted, 28 Nov 2026: <note>", above the headline of a retracted story: a landmark with its own
 * heading, so screen-reader users meet it (and can jump to it) before the story.
 */
export function RetractionNotice({ retraction }: { retraction: Retraction }) {
  return (
    <section
      aria-labelledby="retraction-heading"
      className="mb-6 border-l-4 border-red-700 bg-red-50 px-4 py-3 font-sans text-base text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
      data-retraction
    >
      <h2 id="retraction-heading" className="font-bold">
        Retracted, <time dateTime={retraction.date}>{formatDate(new Date(retraction.date), site.timeZone)}</time>
      </h2>
      <p dir="auto" className="mt-1">
        {retraction.note}
      </p>
    </section>
  )
}
