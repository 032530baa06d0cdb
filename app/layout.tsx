import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { themeScript } from '@/components/layout/ThemeToggle'
import { listSections } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'
import { sans, serif } from './fonts'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const sections = listSections()
  return (
    // The theme script sets the html element's class before React hydrates.
    <html lang="en" className={`${serif.variable} ${sans.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col font-serif antialiased">
        <a
          href="#main"
          className="sr-only z-50 bg-brand px-4 py-2 font-sans text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          Skip to content
        </a>
        <SiteHeader sections={sections} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter sections={sections} />
      </body>
    </html>
  )
}
