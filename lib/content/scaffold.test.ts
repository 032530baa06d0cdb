import { describe, expect, it } from 'vitest'
import { slugForHeadline, zonedTimestamp } from './scaffold'

describe('scaffold helpers', () => {
  it('turns a headline into a slug, cut at a word boundary', () => {
    expect(slugForHeadline('Yen Slides; BOJ "Watches" Closely')).toBe('yen-slides-boj-watches-closely')
    const long = slugForHeadline('word '.repeat(40))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(/^word(-word)*$/)
  })

  it('writes the wall-clock time with its zone offset', () => {
    const instant = new Date('2026-11-28T01:05:30Z')
    expect(zonedTimestamp(instant, 480)).toBe('2026-11-28T09:05:00+08:00')
    expect(zonedTimestamp(instant, -300)).toBe('2026-11-27T20:05:00-05:00')
    expect(zonedTimestamp(instant, 330)).toBe('2026-11-28T06:35:00+05:30')
    expect(zonedTimestamp(instant, 0)).toBe('2026-11-28T01:05:00+00:00')
  })
})
