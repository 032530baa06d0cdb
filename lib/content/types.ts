// Shapes of the content the site works with, built on the content model's fields (model.ts), so that
// each field is declared once. The light index (ContentIndex) holds metadata only; an article's compiled
// body is loaded on its own, one at a time.
import type { ArticleFields, AuthorFields, SectionFields, TagFields } from './model'

export type ImageRef = NonNullable<ArticleFields['hero']>

export type Correction = ArticleFields['corrections'][number]

/** A retraction: when, and the note shown above the headline. The page stays; the story leaves every list. */
export type Retraction = NonNullable<ArticleFields['retracted']>

export type RelatedLink =
  | { kind: 'internal'; slug: string }
  | { kind: 'external'; url: string; title: string; outlet: string }

/**
 * One article as stored in the light index: its fields (dates as ISO strings in UTC; topics one per URL
 * segment, urls.ts: tagSlug, in the editor's order; previousSlugs oldest first, redirected by
 * lib/content-build/redirects.ts), its related links checked, and what the build read from its body. No body.
 */
export type IndexedArticle = Omit<ArticleFields, 'related'> & {
  slug: string
  excerpt: string
  related: RelatedLink[]
  /** Slugs named by AlsoOn in the body. */
  mentions: string[]
  readingMinutes: number
  /** File name of the compiled body in the body store (lib/content-build/body-store.ts). */
  bodyFile: string
}

export type IndexedAuthor = AuthorFields & {
  slug: string
  /** Compiled MDX of the bio (authors are few, so it lives in the index). */
  bioCode: string
}

export type IndexedSection = SectionFields & { slug: string }

/**
 * A topic: its URL segment (urls.ts: tagSlug) and the name its page shows, from content/tags/<slug>.yaml
 * or else the most common spelling among the stories carrying it (tags.ts: tagTable).
 */
export type IndexedTag = TagFields & { slug: string }

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

export type ArticleSummary = Pick<
  IndexedArticle,
  'slug' | 'title' | 'dek' | 'excerpt' | 'published' | 'updated' | 'source' | 'hero' | 'featured' | 'draft' | 'retracted' | 'readingMinutes'
> & {
  url: string
  /** The first address the story had (its oldest earlier slug's, else `url`): its id in feeds, kept across renames. */
  firstUrl: string
  /** Latest of published, updated and the correction dates: the page's dateModified. */
  modified: string
  authors: AuthorRef[]
  section: SectionRef
  tags: TagRef[]
  /** Published in the future: only preview mode shows it. */
  scheduled: boolean
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
