import { Timestamp } from '@/components/ui/Timestamp'

export function Dateline({ published, updated, readingMinutes }: { published: string; updated?: string; readingMinutes?: number }) {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 font-sans text-sm text-ink-muted">
      <span>
        Published <Timestamp dateTime={published} />
      </span>
      {updated && (
        <span>
          Updated <Timestamp dateTime={updated} />
        </span>
      )}
      {readingMinutes !== undefined && <span>{readingMinutes} min read</span>}
    </p>
  )
}
