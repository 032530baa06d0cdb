// A new article file, for `npm run new:article -- "Headline"`. Every required field is filled so that
// the file passes the content check at once; what the editor must still write is marked, and the file
// starts as a draft so that nothing half-written can reach readers.
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { slugify } from '../content/urls'

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

type ScaffoldChoices = {
  authors: string[]
  sections: { slug: string; name: string }[]
}

const quoted = (text: string) => JSON.stringify(text)

function newArticleSource(headline: string, published: string, { authors, sections }: ScaffoldChoices): string {
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

/** Why no article file was created: the message says what to do instead. */
export class ScaffoldError extends Error {}

/**
 * Creates content/articles/<slug>.mdx for `headline` under `contentDir`, as a draft published now in this
 * machine's zone, and returns its path relative to `contentDir`. Never overwrites: throws ScaffoldError when
 * the headline gives no slug or the slug is taken anywhere under content/articles.
 */
export function createArticle(contentDir: string, headline: string, now = new Date()): string {
  const slug = slugForHeadline(headline.trim())
  if (!slug) throw new ScaffoldError('Give the headline: npm run new:article -- "Port Strike Ends as Cranes Move Again"')
  const articlesDir = path.join(contentDir, 'articles')
  const taken = (fs.readdirSync(articlesDir, { recursive: true }) as string[]).find((file) => path.basename(file) === `${slug}.mdx`)
  if (taken) throw new ScaffoldError(`content/articles/${taken} already exists; nothing was written. Choose another headline or edit that file.`)
  const names = (dir: string, ext: string) =>
    fs
      .readdirSync(path.join(contentDir, dir))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => f.slice(0, -ext.length))
  const sections = names('sections', '.yaml')
    .map((section) => {
      const data = YAML.parse(fs.readFileSync(path.join(contentDir, 'sections', `${section}.yaml`), 'utf8'))
      return { slug: section, name: String(data?.name ?? section), order: Number(data?.order ?? 0) }
    })
    .sort((a, b) => a.order - b.order)
  const source = newArticleSource(headline.trim(), zonedTimestamp(now), { authors: names('authors', '.mdx'), sections })
  fs.writeFileSync(path.join(articlesDir, `${slug}.mdx`), source, { flag: 'wx' })
  return `articles/${slug}.mdx`
}
