// The site's questions about content, answered from a ContentSource (database.ts). The rules live here and are
// tested here: published only, drafts in preview, scheduled by time, newest first, retracted stories
// reachable by address but in no list, feed, sitemap or search. Only the stories a page shows are read.
import type {
  Article,
  ArticleSummary,
  AuthorProfile,
  AuthorRef,
  IndexedArticle,
  IndexedAuthor,
  ReadMoreLink,
  SectionInfo,
  SectionRef,
  TagInfo,
  TagRef,
} from './types'
import type { ContentSource, Visibility } from './database'
import { snippet, type SnippetPart } from './search'
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
}

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

/** An article's topics as URL segments, one per topic. */
const tagSlugsOf = (a: IndexedArticle) => [...new Set(a.tags.map(tagSlug).filter(Boolean))]

type Paging = { offset?: number; limit: number }

export function createContentStore(source: ContentSource, { preview, clock }: StoreOptions) {
  // Authors, sections and topics are few: read once per store.
  let catalog: Promise<{
    authorsBySlug: Map<string, IndexedAuthor>
    sections: Awaited<ReturnType<ContentSource['catalog']>>['sections']
    sectionsBySlug: Map<string, { slug: string; name: string; description: string }>
    tagsBySlug: Map<string, { slug: string; name: string; description?: string }>
    authors: IndexedAuthor[]
  }> | undefined
  const getCatalog = () =>
    (catalog ??= source.catalog().then(({ authors, sections, tags }) => ({
      authors,
      authorsBySlug: new Map(authors.map((a) => [a.slug, a])),
      sections,
      sectionsBySlug: new Map(sections.map((s) => [s.slug, s])),
      // Topic names are chosen when the index is built (tags.ts: tagTable), so every page shows the same one.
      tagsBySlug: new Map(tags.map((t) => [t.slug, t])),
    })))

  const visibility = (): Visibility => ({ preview, nowMs: clock().getTime() })
  const isVisible = (a: IndexedArticle | undefined): a is IndexedArticle =>
    a !== undefined && (preview || !a.draft) && (preview || Date.parse(a.published) <= clock().getTime())

  const authorRef = (a: IndexedAuthor): AuthorRef => ({
    slug: a.slug,
    name: a.name,
    role: a.role,
    avatar: a.avatar,
    url: authorUrl(a.slug),
  })

  const tagRef = ({ slug, name }: { slug: string; name: string }): TagRef => ({ slug, name, url: tagUrl(slug) })

  async function summarize(articles: IndexedArticle[]): Promise<ArticleSummary[]> {
    const { authorsBySlug, sectionsBySlug, tagsBySlug } = await getCatalog()
    const nowMs = clock().getTime()
    return articles.map((a) => {
      const section = sectionsBySlug.get(a.section)
      return {
        slug: a.slug,
        url: articleUrl(a.slug),
        firstUrl: articleUrl(a.previousSlugs[0] ?? a.slug),
        title: a.title,
        dek: a.dek,
        excerpt: a.excerpt,
        published: a.published,
        updated: a.updated,
        modified: latest([a.published, a.updated, ...a.corrections.map((c) => c.date)]),
        authors: a.authors.flatMap((slug) => {
          const author = authorsBySlug.get(slug)
          return author ? [authorRef(author)] : []
        }),
        section: { slug: a.section, name: section?.name ?? a.section, url: sectionUrl(a.section) },
        tags: tagSlugsOf(a).flatMap((slug) => {
          const tag = tagsBySlug.get(slug)
          return tag ? [tagRef(tag)] : []
        }),
        source: a.source,
        hero: a.hero,
        featured: a.featured,
        draft: a.draft,
        scheduled: Date.parse(a.published) > nowMs,
        readingMinutes: a.readingMinutes,
        ...(a.retracted && { retracted: a.retracted }),
      }
    })
  }

  const one = async (slug: string) => (await source.articles([slug]))[0]

  /** Up to `limit` visible stories of a list, newest first, leaving out `skip`. */
  async function take(list: string, limit: number, skip: Set<string> = new Set()): Promise<IndexedArticle[]> {
    if (limit <= 0) return []
    // The skipped stories can only be among the first limit + skip.size.
    const { slugs } = await source.list(list, { ...visibility(), offset: 0, limit: limit + skip.size })
    return source.articles(slugs.filter((slug) => !skip.has(slug)).slice(0, limit))
  }

  async function page(list: string, { offset = 0, limit }: Paging): Promise<ArticlePage> {
    const { slugs, total } = await source.list(list, { ...visibility(), offset, limit })
    return { items: await summarize(await source.articles(slugs)), total }
  }

  async function related(article: IndexedArticle, limit: number): Promise<ArticleSummary[]> {
    const tagSlugs = new Set(tagSlugsOf(article))
    const candidates = new Map<string, IndexedArticle>()
    for (const list of [...[...tagSlugs].map((t) => `tag:${t}`), `section:${article.section}`])
      for (const candidate of await take(list, RELATED_CANDIDATES_PER_GROUP))
        if (candidate.slug !== article.slug) candidates.set(candidate.slug, candidate)
    const score = (c: IndexedArticle) =>
      tagSlugsOf(c).filter((t) => tagSlugs.has(t)).length * 2 + (c.section === article.section ? 1 : 0)
    const ranked = [...candidates.values()]
      .map((c) => ({ c, score: score(c), publishedMs: Date.parse(c.published) }))
      .sort((a, b) => b.score - a.score || b.publishedMs - a.publishedMs)
      .slice(0, limit)
    return summarize(ranked.map(({ c }) => c))
  }

  return {
    async getArticle(slug: string): Promise<Article | undefined> {
      const article = await one(slug)
      if (!isVisible(article)) return undefined
      const mentioned = (await source.articles(article.mentions)).filter(isVisible)
      const summaries = await summarize([article, ...mentioned])
      const mentions = Object.fromEntries(summaries.slice(1).map((s) => [s.slug, s]))
      const { code } = await source.body(article.bodyFile)
      return { ...summaries[0], code, corrections: article.corrections, mentions }
    },

    /** The editor's related links when given (hidden ones dropped), else the most related articles. */
    async getReadMore(slug: string, limit = 4): Promise<ReadMoreLink[]> {
      const article = await one(slug)
      if (!isVisible(article)) return []
      if (article.related.length === 0)
        return (await related(article, limit)).map((summary) => ({ kind: 'internal', article: summary }))
      const internal = article.related.flatMap((link) => (link.kind === 'internal' ? [link.slug] : []))
      const targets = new Map((await source.articles(internal)).map((a) => [a.slug, a]))
      const shown = await summarize([...targets.values()].filter((t) => isVisible(t) && !t.retracted))
      const summaries = new Map(shown.map((s) => [s.slug, s]))
      return article.related.flatMap((link): ReadMoreLink[] => {
        if (link.kind === 'external') return [link]
        const summary = summaries.get(link.slug)
        return summary ? [{ kind: 'internal', article: summary }] : []
      })
    },

    async getRecentArticles({ limit, exclude }: { limit: number; exclude?: string }): Promise<ArticleSummary[]> {
      return summarize(await take('all', limit, new Set(exclude === undefined ? [] : [exclude])))
    },

    listArticles: (paging: Paging) => page('all', paging),
    listSectionArticles: (section: string, paging: Paging) => page(`section:${section}`, paging),
    listTagArticles: (tag: string, paging: Paging) => page(`tag:${tag}`, paging),
    listAuthorArticles: (author: string, paging: Paging) => page(`author:${author}`, paging),

    /**
     * The home page's stories, each shown once: the lead (the newest featured story among the latest
     * few, else the newest), the next stories as secondaries, a "Latest" river, and per section its
     * newest stories not already above.
     */
    async getFrontPage({ secondary, latest, perSection }: { secondary: number; latest: number; perSection: number }): Promise<FrontPage> {
      const head = await take('all', LEAD_WINDOW + secondary + latest)
      const lead = head.slice(0, LEAD_WINDOW).find((a) => a.featured) ?? head[0]
      if (!lead) return { secondary: [], latest: [], sections: [] }
      const rest = head.filter((a) => a !== lead)
      const top = rest.slice(0, secondary)
      const river = rest.slice(secondary, secondary + latest)
      const shown = new Set([lead, ...top, ...river].map((a) => a.slug))
      const { sections } = await getCatalog()
      const perSectionArticles = await Promise.all(sections.map((s) => take(`section:${s.slug}`, perSection, shown)))
      const sectionBlocks = await Promise.all(
        sections.flatMap((section, i) =>
          perSectionArticles[i].length === 0
            ? []
            : [
                summarize(perSectionArticles[i]).then((articles) => ({
                  section: { slug: section.slug, name: section.name, url: sectionUrl(section.slug) },
                  articles,
                })),
              ],
        ),
      )
      const [leadSummary, ...others] = await summarize([lead, ...top, ...river])
      return { lead: leadSummary, secondary: others.slice(0, top.length), latest: others.slice(top.length), sections: sectionBlocks }
    },

    /** Slugs of the newest published articles: the ones worth rendering at build time. */
    async newestSlugs(limit: number): Promise<string[]> {
      return (await source.list('all', { ...visibility(), offset: 0, limit })).slugs
    },

    async getAuthor(slug: string): Promise<AuthorProfile | undefined> {
      const author = (await getCatalog()).authorsBySlug.get(slug)
      return author && { ...authorRef(author), links: author.links, bioCode: author.bioCode }
    },
    async listAuthors(): Promise<AuthorRef[]> {
      return (await getCatalog()).authors.map(authorRef)
    },

    async getSection(slug: string): Promise<SectionInfo | undefined> {
      const section = (await getCatalog()).sectionsBySlug.get(slug)
      return section && { slug, name: section.name, description: section.description, url: sectionUrl(slug) }
    },
    async listSections(): Promise<SectionInfo[]> {
      return (await getCatalog()).sections.map((s) => ({ slug: s.slug, name: s.name, description: s.description, url: sectionUrl(s.slug) }))
    },

    /**
     * A topic by its URL segment, decoded (e.g. "中国", "c++"; app/tags/[slug] decodes its param), when an
     * article this store shows carries it (a scheduled one included: its page then lists nothing).
     */
    async getTag(slug: string): Promise<TagInfo | undefined> {
      const tag = (await getCatalog()).tagsBySlug.get(slug)
      if (!tag || !(await source.hasList(`tag:${slug}`, preview))) return undefined
      return tag.description === undefined ? tagRef(tag) : { ...tagRef(tag), description: tag.description }
    },
    /**
     * Topics with at least one published article, with the time of their newest one; in the order their newest
     * stories come, newest first (topics of one story in its order).
     */
    async listTags(): Promise<(TagRef & { latest: string })[]> {
      const { tagsBySlug } = await getCatalog()
      const newest = await source.newestPerList('tag:', visibility())
      const articles = new Map((await source.articles(newest.map((n) => n.slug))).map((a) => [a.slug, a]))
      const order = (a: IndexedArticle) => [-Date.parse(a.published), a.slug] as const
      return newest
        .flatMap(({ list, slug }) => {
          const tag = tagsBySlug.get(list.slice('tag:'.length))
          const article = articles.get(slug)
          return tag && article ? [{ tag, article, position: tagSlugsOf(article).indexOf(tag.slug) }] : []
        })
        .sort((x, y) => {
          const [xTime, xSlug] = order(x.article)
          const [yTime, ySlug] = order(y.article)
          return xTime - yTime || (xSlug < ySlug ? -1 : xSlug > ySlug ? 1 : 0) || x.position - y.position
        })
        .map(({ tag, article }) => ({ ...tagRef(tag), latest: article.updated ?? article.published }))
    },

    /** Published articles (not retracted) whose publication time is at or after `since`, newest first. */
    async listPublishedSince(since: Date): Promise<ArticleSummary[]> {
      const query = { ...visibility(), preview: false, offset: 0, limit: Number.MAX_SAFE_INTEGER, sinceMs: since.getTime() }
      const { slugs } = await source.list('all', query)
      return summarize(await source.articles(slugs))
    },

    /**
     * Full-text search, best match first, only over articles a reader may see and not retracted. Each hit carries a
     * snippet of the body around the first matched word (or the dek when the match is elsewhere).
     */
    async search(query: string, { offset = 0, limit }: Paging): Promise<SearchPage> {
      if (!query) return { items: [], total: 0 }
      const matches = await source.search(query)
      const shown = await source.searchable(matches.map((m) => m.slug), visibility())
      const terms = new Map(matches.map((m) => [m.slug, m.terms]))
      const pageSlugs = shown.slice(offset, offset + limit)
      const articles = await source.articles(pageSlugs)
      const summaries = await summarize(articles)
      const items = await Promise.all(
        articles.map(async (article, i) => {
          const matched = terms.get(article.slug) ?? []
          const { text } = await source.body(article.bodyFile)
          return {
            article: summaries[i],
            snippet: snippet(text, matched) ?? snippet(article.dek, matched) ?? [{ text: article.dek, hit: false }],
          }
        }),
      )
      return { items, total: shown.length }
    },
  }
}

export type ContentStore = ReturnType<typeof createContentStore>
