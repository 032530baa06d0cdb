// Shapes of the content the site works with. The light index (ContentIndex) holds metadata only;
// an article's compiled body is loaded on its own, one at a time.

export type ImageRef = { src: string; alt: string; caption?: string; credit?: string }

export type Correction = { date: string; note: string }

/** A retraction: when, and the note shown above the headline. The page stays; the story leaves every list. */
export type Retraction = { date: string; note: string }

export type RelatedLink =
  | { kind: 'internal'; slug: string }
  | { kind: 'external'; url: string; title: string; outlet: string }

/** One article as stored in the light index: no body. Dates are ISO strings in UTC. */
export type IndexedArticle = {
  slug: string
  title: string
  dek: string
  excerpt: string
  published: string
  updated?: string
  authors: string[]
  section: string
  /** Topics as this article spells them, one per URL segment (urls.ts: tagSlug), in the editor's order. */
  tags: string[]
  source?: string
  hero?: ImageRef
  related: RelatedLink[]
  /** Dated correction notes, oldest first as the editor listed them. */
  corrections: Correction[]
  retracted?: Retraction
  /** Slugs named by AlsoOn in the body. */
  mentions: string[]
  featured: boolean
  draft: boolean
  /** Earlier slugs, oldest first (renames); their addresses redirect to this one (lib/content-build/redirects.ts). */
  previousSlugs: string[]
  readingMinutes: number
  /** File name of the compiled body in the body store (lib/content-build/body-store.ts). */
  bodyFile: string
}

export type IndexedAuthor = {
  slug: string
  name: string
  role: string
  avatar?: string
  links: { label: string; url: string }[]
  /** Compiled MDX of the bio (authors are few, so it lives in the index). */
  bioCode: string
}

export type IndexedSection = { slug: string; name: string; description: string; order: number }

/**
 * A topic: its URL segment (urls.ts: tagSlug) and the name its page shows, from content/tags/<slug>.yaml
 * or else the most common spelling among the stories carrying it (tags.ts: tagTable).
 */
export type IndexedTag = { slug: string; name: string; description?: string }

export type ContentIndex = {
  articles: IndexedArticle[]
  authors: IndexedAuthor[]
  sections: IndexedSection[]
  /** Every topic an article of the index carries, drafts' and scheduled ones' included. */
  tags: IndexedTag[]
}

/** A problem the content check found: "<file>: <field>: <what is wrong and how to fix it>". */
export type ContentProblem = { file: string; field: string; message: string }

// What routes and components receive: references resolved, URLs computed.

export type AuthorRef = { slug: string; name: string; role: string; avatar?: string; url: string }
export type SectionRef = { slug: string; name: string; url: string }
/** A topic: `slug` decoded ("中国", as its content/tags file is named), `url` percent-encoded, `name` the same on every page. */
export type TagRef = { slug: string; name: string; url: string }

export type ArticleSummary = {
  slug: string
  url: string
  /** The first address the story had (its oldest earlier slug's, else `url`): its id in feeds, kept across renames. */
  firstUrl: string
  title: string
  dek: string
  excerpt: string
  published: string
  updated?: string
  /** Latest of published, updated and the correction dates: the page's dateModified. */
  modified: string
  authors: AuthorRef[]
  section: SectionRef
  tags: TagRef[]
  source?: string
  hero?: ImageRef
  featured: boolean
  draft: boolean
  /** Published in the future: only preview mode shows it. */
  scheduled: boolean
  /** Retracted: reachable by its address and links, in no list (store.ts). */
  retracted?: Retraction
  readingMinutes: number
}

export type ReadMoreLink =
  | { kind: 'internal'; article: ArticleSummary }
  | { kind: 'external'; url: string; title: string; outlet: string }

export type Article = ArticleSummary & {
  /** Compiled MDX body. */
  code: string
  corrections: Correction[]
  /** Articles named by AlsoOn in the body, by slug (only those a reader may see). */
  mentions: Record<string, ArticleSummary>
}

export type AuthorProfile = AuthorRef & { links: { label: string; url: string }[]; bioCode: string }
export type SectionInfo = SectionRef & { description: string }
export type TagInfo = TagRef & { description?: string }
