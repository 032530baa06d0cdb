'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState, type ReactNode } from 'react'

// One list of section links: a bar under the masthead on wide screens, a menu behind a button on
// phones. The button is the only part that needs the browser; the links are rendered on the server.
export function SiteNav({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  useEffect(() => setOpen(false), [pathname])

  return (
    <div onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpen(!open)}
        className="absolute top-4 left-4 flex items-center gap-2 rounded border border-rule px-3 py-1.5 font-sans text-sm font-semibold sm:left-6 lg:hidden print:hidden"
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
          {open ? (
            <path d="M3.3 2.3 8 7l4.7-4.7 1 1L9 8l4.7 4.7-1 1L8 9l-4.7 4.7-1-1L7 8 2.3 3.3z" />
          ) : (
            <path d="M1 3h14v1.5H1zm0 4.25h14v1.5H1zM1 11.5h14V13H1z" />
          )}
        </svg>
        Menu
      </button>
      <nav
        id="site-nav"
        aria-label="Sections"
        className={`${open ? 'block' : 'hidden'} absolute inset-x-0 top-full z-40 border-y border-rule bg-paper shadow-lg lg:static lg:block lg:border-b-0 lg:border-t-ink/80 lg:shadow-none print:hidden`}
      >
        {children}
      </nav>
    </div>
  )
}
