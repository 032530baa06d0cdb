import type { ReactNode } from 'react'
import { Breadcrumbs } from './Breadcrumbs'

/** Pages with fixed text (about, contact). */
export function StaticPage({ title, path, children }: { title: string; path: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <Breadcrumbs trail={[{ name: 'Home', url: '/' }, { name: title, url: path }]} />
      <h1 className="mt-4 border-b-4 border-ink pb-4 font-serif text-4xl font-bold tracking-tight">{title}</h1>
      <div className="prose prose-lg prose-news mt-6 max-w-none">{children}</div>
    </div>
  )
}
