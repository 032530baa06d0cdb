// The reader's light or dark choice, shared by the script in every page's <head> (app/layout.tsx) and the
// toggle (components/layout/ThemeToggle.tsx): stored as 'dark' or 'light' under THEME_KEY in localStorage,
// shown as DARK_CLASS on the html element (which the dark styles key on). Without a choice, the system setting rules.
import type { Viewport } from 'next'

export const THEME_KEY = 'theme'
export const DARK_CLASS = 'dark'

/** Run before first paint, so the page never flashes the other theme; does nothing where storage is blocked. */
export const themeScript = `try{var t=localStorage.getItem('${THEME_KEY}');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('${DARK_CLASS}',d)}catch(e){}`

/** The browser's own bars take the page's paper colour, light or dark as the reader's system setting is. */
export const themeViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#101317' },
  ],
}
