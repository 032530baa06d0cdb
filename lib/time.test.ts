import { describe, expect, it } from 'vitest'
import { formatDateTime, formatRelativeTime } from './time'

const now = new Date('2026-11-28T12:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)
const MINUTE = 60_000
const HOUR = 60 * MINUTE

describe('formatRelativeTime', () => {
  it.each([
    [20_000, 'just now'],
    [MINUTE, '1 minute ago'],
    [45 * MINUTE, '45 minutes ago'],
    [HOUR, '1 hour ago'],
    [9 * HOUR + 59 * MINUTE, '9 hours ago'],
    [23 * HOUR, '23 hours ago'],
    [24 * HOUR, '1 day ago'],
    [6 * 24 * HOUR, '6 days ago'],
  ])('%i ms ago reads "%s"', (ms, text) => {
    expect(formatRelativeTime(ago(ms), now)).toBe(text)
  })

  it('shows the calendar date after a week', () => {
    expect(formatRelativeTime(new Date('2026-11-10T08:00:00Z'), now, 'UTC')).toBe('10 Nov 2026')
  })

  it('reads a time slightly in the future (clock skew) as just now', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 30_000), now)).toBe('just now')
  })
})

describe('formatDateTime', () => {
  it('prints the exact time in the given zone', () => {
    expect(formatDateTime(new Date('2026-11-28T00:40:00Z'), 'Asia/Hong_Kong')).toBe('28 Nov 2026, 08:40 GMT+8')
  })
})
