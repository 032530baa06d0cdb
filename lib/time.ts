// Date formatting shared by the server (exact times) and the relative-time island (browser).

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' })

/**
 * "just now", "5 minutes ago", "9 hours ago", "3 days ago"; after a week, the calendar date.
 * A time slightly in the future (clock skew) reads as "just now".
 */
export function formatRelativeTime(date: Date, now: Date, timeZone?: string): string {
  const elapsed = now.getTime() - date.getTime()
  if (elapsed < MINUTE) return 'just now'
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day')
  return formatDate(date, timeZone)
}

/** "27 Nov 2026" */
export function formatDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(date)
}

/** "27 Nov 2026, 09:30 HKT" style: the exact time, for tooltips and the no-JavaScript fallback. */
export function formatDateTime(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date)
}
