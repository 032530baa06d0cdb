'use client'

import { useEffect, useState } from 'react'

// The theme is set before first paint by themeScript (in the layout's <head>), so the page never
// flashes; this button flips it and remembers the choice. Without a choice, the system setting rules.
export const themeScript = `try{var t=localStorage.getItem('theme');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}`

const setDark = (dark: boolean) => document.documentElement.classList.toggle('dark', dark)

export function ThemeToggle() {
  // Unknown on the server; read from the page once in the browser.
  const [dark, setDarkState] = useState<boolean>()

  useEffect(() => {
    setDarkState(document.documentElement.classList.contains('dark'))
    const system = matchMedia('(prefers-color-scheme: dark)')
    const follow = () => {
      if (localStorage.getItem('theme') !== null) return
      setDark(system.matches)
      setDarkState(system.matches)
    }
    system.addEventListener('change', follow)
    return () => system.removeEventListener('change', follow)
  }, [])

  const toggle = () => {
    const next = !document.documentElement.classList.contains('dark')
    setDark(next)
    setDarkState(next)
    localStorage.setItem('theme', next ? 'dark' : 'light')
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label="Dark mode"
      aria-pressed={dark}
      title="Switch between light and dark"
      className="rounded-full border border-rule p-2 text-ink hover:border-ink print:hidden"
      data-theme-toggle
    >
      {/* Both icons are rendered; CSS shows the one that fits, so server and browser agree. */}
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor" className="dark:hidden">
        <path d="M6.2 1.2A6.8 6.8 0 1 0 14.8 9.8 5.6 5.6 0 0 1 6.2 1.2z" />
      </svg>
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor" className="hidden dark:block">
        <circle cx="8" cy="8" r="3.2" />
        <path d="M7.3 0h1.4v2.4H7.3zm0 13.6h1.4V16H7.3zM0 7.3h2.4v1.4H0zm13.6 0H16v1.4h-2.4zM2.2 3.2l1-1 1.7 1.7-1 1zm8.9 8.9 1-1 1.7 1.7-1 1zM2.2 12.8l1.7-1.7 1 1-1.7 1.7zm8.9-8.9 1.7-1.7 1 1-1.7 1.7z" />
      </svg>
    </button>
  )
}
