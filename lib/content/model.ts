// The content model: every document type and field editors can use. contentlayer.config.ts builds
// with it, the content check (check-source.ts) validates against it and docs/editing.md's field reference
// is generated from it. It imports only contentlayer2's light schema helpers, so the check starts fast.
import { defineDocumentType, defineNestedType } from 'contentlayer2/source-files/schema'
import remarkGfm from 'remark-gfm'

/** Markdown extensions for article bodies (GFM: tables, strikethrough, autolinks), for the build and the check alike. */
export const remarkPlugins = [remarkGfm]

const HeroImage = defineNestedType(() => ({
  name: 'HeroImage',
  fields: {
    src: { type: 'string', required: true, description: 'Path under public/, e.g. /images/articles/my-story.jpg' },
    alt: { type: 'string', required: true, description: 'What the image shows, for readers who cannot see it' },
    caption: { type: 'string', description: 'Shown under the image' },
    credit: { type: 'string', description: 'Photographer or agency' },
  },
}))

const RelatedLink = defineNestedType(() => ({
  name: 'RelatedLink',
  fields: {
    slug: { type: 'string', description: 'Another article of ours, by file name without .mdx' },
    url: { type: 'string', description: 'An external article: absolute http(s) URL' },
    title: { type: 'string', description: 'Title of the external article' },
    outlet: { type: 'string', description: 'Name of the external outlet, e.g. CNN' },
  },
}))

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'date', required: true, description: 'When the correction was made, with time and zone' },
    note: { type: 'string', required: true, description: 'What was wrong and what is right now, in one or two sentences' },
  },
}))

const Retraction = defineNestedType(() => ({
  name: 'Retraction',
  fields: {
    date: { type: 'date', required: true, description: 'When the story was retracted, with time and zone' },
    note: { type: 'string', required: true, description: 'Why the story was retracted, in one or two sentences; shown above the headline' },
  },
}))

const ProfileLink = defineNestedType(() => ({
  name: 'ProfileLink',
  fields: {
    label: { type: 'string', required: true, description: 'Link text, e.g. X or Email' },
    url: { type: 'string', required: true, description: 'https:// or mailto: address' },
  },
}))

const Article = defineDocumentType(() => ({
  name: 'Article',
  // Sub-folders (e.g. articles/2026/) are allowed so that no folder grows past what git hosts list;
  // the file name alone is the slug, so it must be unique across them.
  filePathPattern: 'articles/**/*.mdx',
  // MDX, compiled by lib/content-build/compile-bodies.ts; contentlayer2 keeps the text (contentlayer.config.ts says why).
  contentType: 'markdown',
  fields: {
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
  },
}))

const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true, description: 'Full name as shown in bylines' },
    role: { type: 'string', required: true, description: 'Job title, e.g. Senior Editor' },
    avatar: { type: 'string', description: 'Portrait, path under public/' },
    links: { type: 'list', of: ProfileLink, default: [], description: 'Profile links shown in the author box' },
  },
}))

const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true, description: 'Section name as shown in navigation' },
    description: { type: 'string', required: true, description: 'One sentence shown on the section page' },
    order: { type: 'number', required: true, description: 'Position in navigation, lowest first' },
  },
}))

// Optional: a topic page's name and introduction. Without a file the page takes the spelling most
// published stories use (lib/content-build/tags.ts: tagTable).
const Tag = defineDocumentType(() => ({
  name: 'Tag',
  // The file name is the topic's address, e.g. tags/hong-kong.yaml for /tags/hong-kong, tags/中国.yaml for /tags/中国.
  filePathPattern: 'tags/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true, description: 'The topic as its page and every story\'s topic links show it, e.g. Hong Kong' },
    description: { type: 'string', description: 'One or two sentences shown on the topic page' },
  },
}))

export const documentTypes = [Article, Author, Section, Tag]
