// The content model: every document type and field editors can use. contentlayer.config.ts builds
// with it, the content check (check-source.ts) validates against it and docs/editing.md's field reference
// is generated from it. It imports only contentlayer2's light schema helpers, so the check starts fast.
import { defineDocumentType, defineNestedType, type FieldDef } from 'contentlayer2/source-files/schema'
import remarkGfm from 'remark-gfm'

/** Markdown extensions for article bodies (GFM: tables, strikethrough, autolinks), for the build and the check alike. */
export const remarkPlugins = [remarkGfm]

/** A type's fields, as written (literal types kept), so that the site's types are derived from them (FieldsOf). */
const fields = <const F extends Record<string, FieldDef>>(defs: F) => defs

/**
 * A nested type whose fields the site's types can read: contentlayer2's own NestedType forgets them, so they
 * are attached to its type (only its type: nothing reads `fieldsOf` at run time).
 */
const nested = <const F extends Record<string, FieldDef>>(name: string, defs: F) =>
  defineNestedType(() => ({ name, fields: defs })) as ReturnType<typeof defineNestedType> & { readonly fieldsOf: F }

const HeroImage = nested('HeroImage', {
  src: { type: 'string', required: true, description: 'Path under public/, e.g. /images/articles/my-story.jpg' },
  alt: { type: 'string', required: true, description: 'What the image shows, for readers who cannot see it' },
  caption: { type: 'string', description: 'Shown under the image' },
  credit: { type: 'string', description: 'Photographer or agency' },
})

const RelatedLink = nested('RelatedLink', {
  slug: { type: 'string', description: 'Another article of ours, by file name without .mdx' },
  url: { type: 'string', description: 'An external article: absolute http(s) URL' },
  title: { type: 'string', description: 'Title of the external article' },
  outlet: { type: 'string', description: 'Name of the external outlet, e.g. CNN' },
})

const Correction = nested('Correction', {
  date: { type: 'date', required: true, description: 'When the correction was made, with time and zone' },
  note: { type: 'string', required: true, description: 'What was wrong and what is right now, in one or two sentences' },
})

const Retraction = nested('Retraction', {
  date: { type: 'date', required: true, description: 'When the story was retracted, with time and zone' },
  note: { type: 'string', required: true, description: 'Why the story was retracted, in one or two sentences; shown above the headline' },
})

const ProfileLink = nested('ProfileLink', {
  label: { type: 'string', required: true, description: 'Link text, e.g. X or Email' },
  url: { type: 'string', required: true, description: 'https:// or mailto: address' },
})

const articleFields = fields({
  title: { type: 'string', required: true, description: 'The headline' },
  dek: { type: 'string', required: true, description: 'One or two sentences under the headline' },
  published: { type: 'date', required: true, description: 'Date and time with zone, e.g. 2026-11-27T09:30:00+08:00' },
  updated: { type: 'date', description: 'When the story was last substantially updated, with time and zone' },
  authors: { type: 'list', of: { type: 'string' }, required: true, description: 'Author slugs from content/authors' },
  section: { type: 'string', required: true, description: 'Section slug from content/sections' },
  tags: { type: 'list', of: { type: 'string' }, default: [], description: 'Topics, in plain words, e.g. [China, Trade]' },
  source: { type: 'string', description: 'Wire or agency the story is based on, e.g. Reuters' },
  hero: { type: 'nested', of: HeroImage, description: 'The image at the top of the article' },
  related: { type: 'list', of: RelatedLink, default: [], description: '"Read more" links; without them related stories are chosen by tags and section' },
  corrections: { type: 'list', of: Correction, default: [], description: 'Dated correction notes shown at the foot of the article' },
  retracted: { type: 'nested', of: Retraction, description: 'Retracts the story: a dated notice above the headline; the page stays, but leaves listings, feeds, sitemaps and search' },
  featured: { type: 'boolean', default: false, description: 'Marks a lead story, for pages that highlight one' },
  draft: { type: 'boolean', default: false, description: 'true: shown only in development and preview deploys' },
  previousSlugs: {
    type: 'list',
    of: { type: 'string' },
    default: [],
    description: 'Earlier file names of a renamed story, oldest first: their addresses redirect here for good. npm run rename:article adds them',
  },
})

const Article = defineDocumentType(() => ({
  name: 'Article',
  // Sub-folders (e.g. articles/2026/) are allowed so that no folder grows past what git hosts list;
  // the file name alone is the slug, so it must be unique across them.
  filePathPattern: 'articles/**/*.mdx',
  // MDX, compiled by lib/content-build/compile-bodies.ts; contentlayer2 keeps the text (contentlayer.config.ts says why).
  contentType: 'markdown',
  fields: articleFields,
}))

const authorFields = fields({
  name: { type: 'string', required: true, description: 'Full name as shown in bylines' },
  role: { type: 'string', required: true, description: 'Job title, e.g. Senior Editor' },
  avatar: { type: 'string', description: 'Portrait, path under public/' },
  links: { type: 'list', of: ProfileLink, default: [], description: 'Profile links shown in the author box' },
})

const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'markdown',
  fields: authorFields,
}))

const sectionFields = fields({
  name: { type: 'string', required: true, description: 'Section name as shown in navigation' },
  description: { type: 'string', required: true, description: 'One sentence shown on the section page' },
  order: { type: 'number', required: true, description: 'Position in navigation, lowest first' },
})

const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/*.yaml',
  contentType: 'data',
  fields: sectionFields,
}))

// Optional: a topic page's name and introduction. Without a file the page takes the spelling most
// published stories use (lib/content-build/tags.ts: tagTable).
const tagFields = fields({
  name: { type: 'string', required: true, description: 'The topic as its page and every story\'s topic links show it, e.g. Hong Kong' },
  description: { type: 'string', description: 'One or two sentences shown on the topic page' },
})

const Tag = defineDocumentType(() => ({
  name: 'Tag',
  // The file name is the topic's address, e.g. tags/hong-kong.yaml for /tags/hong-kong, tags/中国.yaml for /tags/中国.
  filePathPattern: 'tags/*.yaml',
  contentType: 'data',
  fields: tagFields,
}))

export const documentTypes = [Article, Author, Section, Tag]

// The site's types, derived from the fields above (lib/content/types.ts builds on them): a field removed or
// retyped here is removed or retyped everywhere the site uses it, and the type check says where.
type Scalar<T> = T extends 'string' | 'date' ? string : T extends 'boolean' ? boolean : T extends 'number' ? number : never
type NestedValue<N> = N extends { readonly fieldsOf: infer F } ? FieldsOf<F> : never
type ItemValue<O> = O extends { readonly fieldsOf: unknown } ? NestedValue<O> : O extends { type: infer T } ? Scalar<T> : never
type FieldValue<D> = D extends { type: 'list'; of: infer O }
  ? ItemValue<O>[]
  : D extends { type: 'nested'; of: infer O }
    ? NestedValue<O>
    : D extends { type: infer T }
      ? Scalar<T>
      : never
/** Always present: required, or given a default when the file leaves it out. */
type Present<D> = D extends { required: true } ? true : D extends { default: unknown } ? true : false
/** The values of a type's fields as the content build reads them (dates as ISO strings, in UTC). */
type FieldsOf<F> = { -readonly [K in keyof F as Present<F[K]> extends true ? K : never]: FieldValue<F[K]> } & {
  -readonly [K in keyof F as Present<F[K]> extends true ? never : K]?: FieldValue<F[K]>
}

export type ArticleFields = FieldsOf<typeof articleFields>
export type AuthorFields = FieldsOf<typeof authorFields>
export type SectionFields = FieldsOf<typeof sectionFields>
export type TagFields = FieldsOf<typeof tagFields>
