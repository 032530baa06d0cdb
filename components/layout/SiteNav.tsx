'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState, type ReactNode } from 'react'

// One list of section links: a bar under the masthead on wide screens, a menu behind a button on
// phones. The button is the only part that needs the browser; the links are rendered on the server,
// and the styles and icons are .menu-btn and .site-nav in app/globals.css.
export function SiteNav({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  useEffect(() => setOpen(false), [pathname])

  return (
    <div onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} aria-controls="site-nav" onClick={() => setOpen(!open)} className="menu-btn">
        Menu
      </button>
      <nav id="site-nav" aria-label="Sections" className={open ? 'site-nav open' : 'site-nav'}>
        {children}
      </nav>
    </div>
  )
}
