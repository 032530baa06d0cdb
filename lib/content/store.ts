// Queries over the light index. Pure: the data, the clock and the body loader are passed in,
// so the rules (published only, drafts in preview, scheduled by time, newest first, retracted stories
// reachable by address but in no list, feed, sitemap or search) are tested here.
import type {
  Article,
  ArticleSummary,
  AuthorProfile,
  AuthorRef,
  ContentIndex,
  IndexedArticle,
  IndexedAuthor,
  ReadMoreLink,
  SectionInfo,
  SectionRef,
  TagInfo,
  TagRef,
} from './types'
import { snippet, type SearchEngine, type SnippetPart } from './search'
import { articleUrl, authorUrl, sectionUrl, tagSlug, tagUrl } from './urls'

/**
 * Preview mode, in `next dev` and in Vercel preview deploys (never in production): drafts and
 * scheduled articles are shown, marked, so editors can check them before readers see them.
 */
export const isPreview = (env: { NODE_ENV?: string; VERCEL_ENV?: string }) =>
  env.NODE_ENV === 'development' || env.VERCEL_ENV === 'preview'

export type StoreOptions = {
  /** Drafts and scheduled articles are visible (marked): development and preview deploys only. */
  preview: boolean
  clock: () => Date
  loadBody: (bodyFile: string) => string
  /** Plain text of an article's body, for search snippets. */
  loadText?: (bodyFile: string) => string
  /** The full-text search engine, loaded on first search. */
  searchEngine?: () => SearchEngine
}

/** An article with its publication time in ms and its topics' URL segments, one per topic. */
type Entry = IndexedArticle & { publishedMs: number; tagSlugs: string[] }

export type ArticlePage = { items: ArticleSummary[]; total: number }
export type SearchHit = { article: ArticleSummary; snippet: SnippetPart[] }
export type SearchPage = { items: SearchHit[]; total: number }

export type FrontPage = {
  lead?: ArticleSummary
  secondary: ArticleSummary[]
  latest: ArticleSummary[]
  sections: { section: SectionRef; articles: ArticleSummary[] }[]
}

/** A featured story leads the home page only while it is among this many newest stories. */
const LEAD_WINDOW = 10

const RELATED_CANDIDATES_PER_GROUP = 200

/** The latest of some ISO times (all in UTC, so they compare as text). */
const latest = (times: (string | undefined)[]) => times.reduce<string>((max, t) => (t && t > max ? t : max), '')

export function createContentStore(
  index: ContentIndex,
  { preview, clock, loadBody, loadText, searchEngine }: StoreOptions,
) {
  const entries: Entry[] = index.articles
    .filter((a) => preview || !a.draft)
    .map((a) => ({ ...a, publishedMs: Date.parse(a.published), tagSlugs: [...new Set(a.tags.map(tagSlug).filter(Boolean))] }))
    .sort((x, y) => y.publishedMs - x.publishedMs || x.slug.localeCompare(y.slug))
  const bySlug = new Map(entries.map((e) => [e.slug, e]))
  // A retracted story keeps its page (and other stories' links to it) but leaves every list.
  const listed = entries.filter((e) => !e.retracted)
  const authorsBySlug = new Map(index.authors.map((a) => [a.slug, a]))
  const sectionsBySlug = new Map(index.sections.map((s) => [s.slug, s]))

  // Topic names are chosen when the index is built (tags.ts: tagTable), so every page shows the same one.
  const tagsBySlug = new Map(index.tags.map((t) => [t.slug, t]))

  // Newest-first lists per section, tag and author, built once; topics in the order their newest story comes.
  const groups = new Map<string, Entry[]>()
  const topicSlugs = new Set<string>()
  const addTo = (key: string, entry: Entry) => {
    const list = groups.get(key)
    if (list) list.push(entry)
    else groups.set(key, [entry])
  }
  for (const entry of listed) {
    addTo(`section:${entry.section}`, entry)
    for (const author of entry.authors) addTo(`author:${author}`, entry)
    for (const slug of entry.tagSlugs) {
      topicSlugs.add(slug)
      addTo(`tag:${slug}`, entry)
    }
  }

  /**
   * Where the published part of a newest-first list starts: scheduled articles sit at its head
   * (in preview mode they count as published). A binary search, so no query walks the whole archive.
   */
  function firstPublished(list: Entry[]): number {
    if (preview) return 0
    const now = clock().getTime()
    let low = 0
    let high = list.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (list[mid].publishedMs > now) low = mid + 1
      else high = mid
    }
    return low
  }

  /** Up to `limit` published entries of a list, newest first, skipping `offset` and any `skip`. */
  function take(list: Entry[], limit: number, { offset = 0, skip }: { offset?: number; skip?: (e: Entry) => boolean } = {}) {
    const taken: Entry[] = []
    let skipped = 0
    for (let i = firstPublished(list); i < list.length && taken.length < limit; i++) {
      if (skip?.(list[i])) continue
      if (skipped < offset) skipped++
      else taken.push(list[i])
    }
    return taken
  }

  const isVisible = (entry: Entry | undefined): entry is Entry =>
    entry !== undefined && (preview || entry.publishedMs <= clock().getTime())

  const authorRef = (a: IndexedAuthor): AuthorRef => ({
    slug: a.slug,
    name: a.name,
    role: a.role,
    avatar: a.avatar,
    url: authorUrl(a.slug),
  })

  const tagRef = ({ slug, name }: { slug: string; name: string }): TagRef => ({ slug, name, url: tagUrl(slug) })

  function summarize(entry: Entry): ArticleSummary {
    const section = sectionsBySlug.get(entry.section)
    return {
      slug: entry.slug,
      url: articleUrl(entry.slug),
      firstUrl: articleUrl(entry.previousSlugs[0] ?? entry.slug),
      title: entry.title,
      dek: entry.dek,
      excerpt: entry.excerpt,
      published: entry.published,
      updated: entry.updated,
      modified: latest([entry.published, entry.updated, ...entry.corrections.map((c) => c.date)]),
      authors: entry.authors.flatMap((slug) => {
        const author = authorsBySlug.get(slug)
        return author ? [authorRef(author)] : []
      }),
      section: { slug: entry.section, name: section?.name ?? entry.section, url: sectionUrl(entry.section) },
      tags: entry.tagSlugs.flatMap((slug) => {
        const tag = tagsBySlug.get(slug)
        return tag ? [tagRef(tag)] : []
      }),
      source: entry.source,
      hero: entry.hero,
      featured: entry.featured,
      draft: entry.draft,
      scheduled: entry.publishedMs > clock().getTime(),
      readingMinutes: entry.readingMinutes,
      ...(entry.retracted && { retracted: entry.retracted }),
    }
  }

  function page(list: Entry[], offset: number, limit: number): ArticlePage {
    return { items: take(list, limit, { offset }).map(summarize), total: list.length - firstPublished(list) }
  }

  function related(entry: Entry, limit: number): ArticleSummary[] {
    const tagSlugs = new Set(entry.tagSlugs)
    const scores = new Map<Entry, number>()
    const consider = (key: string) => {
      for (const candidate of take(groups.get(key) ?? [], RELATED_CANDIDATES_PER_GROUP)) {
        if (candidate.slug === entry.slug || scores.has(candidate)) continue
        const sharedTags = candidate.tagSlugs.filter((t) => tagSlugs.has(t)).length
        scores.set(candidate, sharedTags * 2 + (candidate.section === entry.section ? 1 : 0))
      }
    }
    for (const tag of tagSlugs) consider(`tag:${tag}`)
    consider(`section:${entry.section}`)
    return [...scores]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || b.publishedMs - a.publishedMs)
      .slice(0, limit)
      .map(([candidate]) => summarize(candidate))
  }

  return {
    getArticle(slug: string): Article | undefined {
      const entry = bySlug.get(slug)
      if (!isVisible(entry)) return undefined
      const mentions: Record<string, ArticleSummary> = {}
      for (const target of entry.mentions) {
        const mentioned = bySlug.get(target)
        if (isVisible(mentioned)) mentions[target] = summarize(mentioned)
      }
      return { ...summarize(entry), code: loadBody(entry.bodyFile), corrections: entry.corrections, mentions }
    },

    /** The editor's related links when given (hidden ones dropped), else the most related articles. */
    getReadMore(slug: string, limit = 4): ReadMoreLink[] {
      const entry = bySlug.get(slug)
      if (!isVisible(entry)) return []
      if (entry.related.length === 0)
        return related(entry, limit).map((article) => ({ kind: 'internal', article }))
      return entry.related.flatMap((link): ReadMoreLink[] => {
        if (link.kind === 'external') return [link]
        const target = bySlug.get(link.slug)
        return isVisible(target) && !target.retracted ? [{ kind: 'internal', article: summarize(target) }] : []
      })
    },

    getRelatedArticles(slug: string, limit = 4): ArticleSummary[] {
      const entry = bySlug.get(slug)
      return isVisible(entry) ? related(entry, limit) : []
    },

    getRecentArticles({ limit, exclude }: { limit: number; exclude?: string }): ArticleSummary[] {
      return take(listed, limit, { skip: (e) => e.slug === exclude }).map(summarize)
    },

    listArticles({ offset = 0, limit }: { offset?: number; limit: number }): ArticlePage {
      return page(listed, offset, limit)
    },
    listSectionArticles(section: string, { offset = 0, limit }: { offset?: number; limit: number }): ArticlePage {
      return page(groups.get(`section:${section}`) ?? [], offset, limit)
    },
    listTagArticles(tag: string, { offset = 0, limit }: { offset?: number; limit: number }): ArticlePage {
      return page(groups.get(`tag:${tag}`) ?? [], offset, limit)
    },
    listAuthorArticles(author: string, { offset = 0, limit }: { offset?: number; limit: number }): ArticlePage {
      return page(groups.get(`author:${author}`) ?? [], offset, limit)
    },

    /**
     * The home page's stories, each shown once: the lead (the newest featured story among the latest
     * few, else the newest), the next stories as secondaries, a "Latest" river, and per section its
     * newest stories not already above.
     */
    getFrontPage({ secondary, latest, perSection }: { secondary: number; latest: number; perSection: number }): FrontPage {
      const head = take(listed, LEAD_WINDOW + secondary + latest)
      const lead = head.slice(0, LEAD_WINDOW).find((e) => e.featured) ?? head[0]
      if (!lead) return { secondary: [], latest: [], sections: [] }
      const rest = head.filter((e) => e !== lead)
      const top = rest.slice(0, secondary)
      const river = rest.slice(secondary, secondary + latest)
      const shown = new Set([lead, ...top, ...river])
      const sections = index.sections.flatMap((section) => {
        const articles = take(groups.get(`section:${section.slug}`) ?? [], perSection, { skip: (e) => shown.has(e) })
        return articles.length === 0
          ? []
          : [{ section: { slug: section.slug, name: section.name, url: sectionUrl(section.slug) }, articles: articles.map(summarize) }]
      })
      return { lead: summarize(lead), secondary: top.map(summarize), latest: river.map(summarize), sections }
    },

    /** Slugs of the newest published articles: the ones worth rendering at build time. */
    newestSlugs(limit: number): string[] {
      return take(listed, limit).map((e) => e.slug)
    },

    getAuthor(slug: string): AuthorProfile | undefined {
      const author = authorsBySlug.get(slug)
      return author && { ...authorRef(author), links: author.links, bioCode: author.bioCode }
    },
    listAuthors(): AuthorRef[] {
      return index.authors.map(authorRef)
    },

    getSection(slug: string): SectionInfo | undefined {
      const section = sectionsBySlug.get(slug)
      return section && { slug, name: section.name, description: section.description, url: sectionUrl(slug) }
    },
    listSections(): SectionInfo[] {
      return index.sections.map((s) => ({ slug: s.slug, name: s.name, description: s.description, url: sectionUrl(s.slug) }))
    },

    /**
     * A topic by its URL segment, decoded (e.g. "中国", "c++"; app/tags/[slug] decodes its param), when an
     * article this store shows carries it (a scheduled one included: its page then lists nothing).
     */
    getTag(slug: string): TagInfo | undefined {
      const tag = tagsBySlug.get(slug)
      if (!tag || !groups.has(`tag:${slug}`)) return undefined
      return tag.description === undefined ? tagRef(tag) : { ...tagRef(tag), description: tag.description }
    },
    /** Topics with at least one published article, with the time of their newest one. */
    listTags(): (TagRef & { latest: string })[] {
      return [...topicSlugs].flatMap((slug) => {
        const tag = tagsBySlug.get(slug)
        const [newest] = take(groups.get(`tag:${slug}`) ?? [], 1)
        return tag && newest ? [{ ...tagRef(tag), latest: newest.updated ?? newest.published }] : []
      })
    },

    /** Published articles (not retracted) whose publication time is at or after `since`, newest first. */
    listPublishedSince(since: Date): ArticleSummary[] {
      const from = since.getTime()
      const items: ArticleSummary[] = []
      for (let i = firstPublished(listed); i < listed.length && listed[i].publishedMs >= from; i++) {
        items.push(summarize(listed[i]))
      }
      return items
    },

    /**
     * Full-text search, best match first, only over articles a reader may see and not retracted. Each hit carries a
     * snippet of the body around the first matched word (or the dek when the match is elsewhere).
     */
    search(query: string, { offset = 0, limit }: { offset?: number; limit: number }): SearchPage {
      if (!searchEngine || !loadText) throw new Error('Search needs the searchEngine and loadText store options')
      if (!query) return { items: [], total: 0 }
      const matches = searchEngine()(query).flatMap((match) => {
        const entry = bySlug.get(match.slug)
        return isVisible(entry) && !entry.retracted ? [{ entry, terms: match.terms }] : []
      })
      const items = matches.slice(offset, offset + limit).map(({ entry, terms }) => ({
        article: summarize(entry),
        snippet: snippet(loadText(entry.bodyFile), terms) ??
          snippet(entry.dek, terms) ?? [{ text: entry.dek, hit: false }],
      }))
      return { items, total: matches.length }
    },
  }
}

export type ContentStore = ReturnType<typeof createContentStore>
