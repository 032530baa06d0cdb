'use client'

import { useEffect, useState } from 'react'
import { DARK_CLASS, THEME_KEY } from '@/lib/theme'

// The theme is set before first paint by themeScript (lib/theme.ts, in the layout's <head>), so the page
// never flashes; this button flips it and remembers the choice. Without a choice, the system setting rules.
const setDark = (dark: boolean) => document.documentElement.classList.toggle(DARK_CLASS, dark)

// The moon and sun icons are drawn by CSS (.icon-theme in app/globals.css) from the html element's
// class, so server and browser agree and the icons cost this script nothing.
export function ThemeToggle() {
  // Unknown on the server; read from the page once in the browser.
  const [dark, setDarkState] = useState<boolean>()

  useEffect(() => {
    setDarkState(document.documentElement.classList.contains(DARK_CLASS))
    const system = matchMedia('(prefers-color-scheme: dark)')
    const follow = () => {
      if (localStorage.getItem(THEME_KEY) !== null) return
      setDark(system.matches)
      setDarkState(system.matches)
    }
    system.addEventListener('change', follow)
    return () => system.removeEventListener('change', follow)
  }, [])

  const toggle = () => {
    const next = !document.documentElement.classList.contains(DARK_CLASS)
    setDark(next)
    setDarkState(next)
    localStorage.setItem(THEME_KEY, next ? 'dark' : 'light')
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label="Dark mode"
      aria-pressed={dark}
      title="Switch between light and dark"
      className="icon-btn icon-theme"
      data-theme-toggle
    />
  )
}
