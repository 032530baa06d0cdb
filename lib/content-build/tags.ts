// Topics: which spellings are one topic and what its page is called. Pure, for the content build
// (build-index.ts) and tests alike; URL segments are made in urls.ts.
import type { IndexedTag } from '../content/types'
import { tagSlug } from '../content/urls'

/** A spelling as shown: trimmed, runs of white space as one space, composed (NFC). */
const tagSpelling = (tag: string) => tag.normalize('NFC').replace(/\s+/gu, ' ').trim()

/**
 * An article's tags with one spelling per URL segment (the first the editor wrote: "AI, ai" is one
 * topic), in the editor's order, without tags that have no segment (the check refuses those).
 */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>()
  return tags.flatMap((tag) => {
    const slug = tagSlug(tag)
    if (!slug || seen.has(slug)) return []
    seen.add(slug)
    return [tagSpelling(tag)]
  })
}

export type TagUse = { slug: string; published: string; draft: boolean; tags: string[] }
export type DeclaredTag = { slug: string; name: string; description?: string }

/**
 * Every topic the articles carry, with the name its page shows: the `name` of its content/tags/<slug>.yaml
 * (`declared`), else the spelling most articles published by `now` use (drafts and scheduled stories do
 * not count, so the name does not change when they go live or are edited), ties going to the spelling
 * used first (the oldest such article; then the lower article slug). A topic only drafts or scheduled
 * stories carry is named the same way from those, so preview shows it named. Sorted by slug.
 *
 * `articles[].published` is an ISO date-time; `now` is the build's clock.
 */
export function tagTable(articles: TagUse[], declared: DeclaredTag[], now: Date): IndexedTag[] {
  type Spelling = { count: number; first: { published: number; article: string } }
  // Per topic, its spellings among published articles and among the others.
  const uses = new Map<string, { published: Map<string, Spelling>; unpublished: Map<string, Spelling> }>()
  for (const article of articles) {
    const time = Date.parse(article.published)
    const isPublished = !article.draft && time <= now.getTime()
    for (const spelling of uniqueTags(article.tags)) {
      const slug = tagSlug(spelling)
      let topic = uses.get(slug)
      if (!topic) uses.set(slug, (topic = { published: new Map(), unpublished: new Map() }))
      const spellings = isPublished ? topic.published : topic.unpublished
      const seen = spellings.get(spelling)
      const use = { published: time, article: article.slug }
      if (!seen) spellings.set(spelling, { count: 1, first: use })
      else {
        seen.count++
        if (use.published < seen.first.published || (use.published === seen.first.published && use.article < seen.first.article))
          seen.first = use
      }
    }
  }
  const declaredBySlug = new Map(declared.map((d) => [d.slug, d]))
  const mostCommon = (spellings: Map<string, Spelling>) =>
    [...spellings].sort(
      ([, a], [, b]) =>
        b.count - a.count ||
        a.first.published - b.first.published ||
        (a.first.article < b.first.article ? -1 : a.first.article > b.first.article ? 1 : 0),
    )[0][0]
  return [...uses]
    .map(([slug, topic]): IndexedTag => {
      const file = declaredBySlug.get(slug)
      if (file) return file.description === undefined ? { slug, name: file.name } : { slug, name: file.name, description: file.description }
      return { slug, name: mostCommon(topic.published.size > 0 ? topic.published : topic.unpublished) }
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}
