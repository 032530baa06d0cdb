'use client'

import { useEffect, useState } from 'react'

// The theme is set before first paint by themeScript (in the layout's <head>), so the page never
// flashes; this button flips it and remembers the choice. Without a choice, the system setting rules.
export const themeScript = `try{var t=localStorage.getItem('theme');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}`

const setDark = (dark: boolean) => document.documentElement.classList.toggle('dark', dark)

// The moon and sun icons are drawn by CSS (.icon-theme in app/globals.css) from the html element's
// class, so server and browser agree and the icons cost this script nothing.
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
      className="icon-btn icon-theme"
      data-theme-toggle
    />
  )
}
