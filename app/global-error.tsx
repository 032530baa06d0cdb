'use client'

import { ErrorNotice, type ErrorProps } from '@/components/layout/ErrorNotice'
import { SiteLogo } from '@/components/layout/SiteLogo'
import { sans, serif } from './fonts'
import './globals.css'

// When the root layout itself fails (it cannot read the content index, so no page can render), this
// replaces the whole document: the site's name, type and colours instead of a blank page. It has no
// section bar, which needs the index.
export default function SiteError(props: ErrorProps) {
  return (
    <html lang="en" className={`${serif.variable} ${sans.variable}`}>
      <body>
        <header className="masthead">
          <div className="masthead-bar">
            <SiteLogo />
          </div>
        </header>
        <main id="main">
          <ErrorNotice {...props} />
        </main>
      </body>
    </html>
  )
}
