// The text of a new article file, for `npm run new:article -- "Headline"`. Every required field is
// filled so that the file passes the content check at once; what the editor must still write is
// marked, and the file starts as a draft so that nothing half-written can reach readers.
import { slugify } from './urls'

const MAX_SLUG_LENGTH = 80

/** The file name (without .mdx) for a headline: its words, lowercase, cut at a word boundary. */
export function slugForHeadline(headline: string): string {
  const slug = slugify(headline)
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  return slug.slice(0, MAX_SLUG_LENGTH + 1).replace(/-[^-]*$/, '')
}

/** "2026-11-28T09:05:00+08:00": the time as the clock on the wall shows it, with its offset from UTC. */
export function zonedTimestamp(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  return `${local.toISOString().slice(0, 16)}:00${offset}`
}

export type ScaffoldChoices = {
  authors: string[]
  sections: { slug: string; name: string }[]
}

const quoted = (text: string) => JSON.stringify(text)

export function newArticleSource(headline: string, published: string, { authors, sections }: ScaffoldChoices): string {
  if (authors.length === 0 || sections.length === 0)
    throw new Error('content/authors and content/sections must each hold at least one file first')
  const sectionList = sections.map((s) => `${s.slug} (${s.name})`).join(', ')
  return `---
title: ${quoted(headline.trim())}
dek: "TO WRITE: one or two sentences that sum up the story."
published: ${published}   # date, time and zone; a time in the future keeps the story hidden until then
authors: [${authors[0]}]   # one or more of: ${authors.join(', ')}
section: ${sections[0].slug}   # one of: ${sectionList}
tags: []   # topics in plain words, e.g. [China, Trade]
# source: Reuters   # wire or agency the story is based on, if any
# hero:
#   src: /images/articles/my-story.jpg   # a file under public/
#   alt: "What the picture shows"
#   caption: "Optional caption"
#   credit: "Optional credit"
draft: true   # readers cannot see a draft; delete this line to publish
---

TO WRITE: the story. Components you can use are listed in docs/editing.md.
`
}
