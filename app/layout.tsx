import type { ReactNode } from 'react'
import { ContentProblems } from '@/components/layout/ContentProblems'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { getContentProblems, listSections } from '@/lib/content'
import { siteMetadata } from '@/lib/seo/metadata'
import { themeScript, themeViewport } from '@/lib/theme'
import { sans, serif } from './fonts'
import './globals.css'

export const metadata = siteMetadata
export const viewport = themeViewport

export default async function RootLayout({ children }: { children: ReactNode }) {
  const sections = await listSections()
  return (
    // The theme script sets the html element's class before React hydrates.
    <html lang="en" className={`${serif.variable} ${sans.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      {/* The body's and the skip link's styles are in app/globals.css: the layout repeats in every page's payload. */}
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <PreviewBanner />
        <ContentProblems problems={getContentProblems()} />
        <SiteHeader sections={sections} />
        <main id="main">
          {children}
        </main>
        <SiteFooter sections={sections} />
      </body>
    </html>
  )
}
