import type { Correction } from '@/lib/content'
import { site } from '@/lib/site'
import { formatDate } from '@/lib/time'

/** The article's correction notes at its foot: "Correction, 28 Nov 2026: …". */
export function Corrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null
  return (
    <section aria-label="Corrections" className="mt-8 space-y-2 border-t border-rule pt-4 font-sans text-sm" data-corrections>
      {corrections.map((correction) => (
        <p key={correction.date + correction.note}>
          <strong>
            Correction, <time dateTime={correction.date}>{formatDate(new Date(correction.date), site.timeZone)}</time>:
          </strong>{' '}
          <bdi>{correction.note}</bdi>
        </p>
      ))}
    </section>
  )
}
