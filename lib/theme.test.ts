import { describe, expect, it } from 'vitest'
import { DARK_CLASS, THEME_KEY, themeScript } from './theme'

/** Runs the head script against a stored choice and a system setting; whether the page is dark. */
function runThemeScript(stored: string | null | Error, systemDark: boolean): boolean {
  const classes = new Set<string>()
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored
      return key === THEME_KEY ? stored : null
    },
  }
  const matchMedia = (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark })
  const document = { documentElement: { classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) } } }
  new Function('localStorage', 'matchMedia', 'document', themeScript)(localStorage, matchMedia, document)
  return classes.has(DARK_CLASS)
}

describe('themeScript', () => {
  it('follows the reader’s stored choice over the system setting', () => {
    expect(runThemeScript('dark', false)).toBe(true)
    expect(runThemeScript('light', true)).toBe(false)
  })
  it('follows the system setting until the reader chooses', () => {
    expect(runThemeScript(null, true)).toBe(true)
    expect(runThemeScript(null, false)).toBe(false)
  })
  it('leaves the page as it is where storage is blocked', () => {
    expect(runThemeScript(new Error('SecurityError'), true)).toBe(false)
  })
})
