import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'

// The content model. Every rule here runs at build time: with the `fail` flags below a file
// with a missing, mistyped or unknown field stops the build instead of being skipped.

const HeroImage = defineNestedType(() => ({
  name: 'HeroImage',
  fields: {
    src: { type: 'string', required: true, description: 'Path under public/, e.g. /images/articles/my-story.jpg' },
    alt: { type: 'string', required: true, description: 'What the image shows, for readers who cannot see it' },
    caption: { type: 'string' },
    credit: { type: 'string' },
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

const ProfileLink = defineNestedType(() => ({
  name: 'ProfileLink',
  fields: {
    label: { type: 'string', required: true },
    url: { type: 'string', required: true },
  },
}))

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    dek: { type: 'string', required: true, description: 'One or two sentences under the headline' },
    published: { type: 'date', required: true, description: 'Date and time with zone, e.g. 2026-11-27T09:30:00+08:00' },
    updated: { type: 'date' },
    authors: { type: 'list', of: { type: 'string' }, required: true, description: 'Author slugs from content/authors' },
    section: { type: 'string', required: true, description: 'Section slug from content/sections' },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    source: { type: 'string', description: 'Wire or agency the story is based on, e.g. Reuters' },
    hero: { type: 'nested', of: HeroImage },
    related: { type: 'list', of: RelatedLink, default: [] },
    featured: { type: 'boolean', default: false },
    draft: { type: 'boolean', default: false },
  },
}))

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.mdx',
  contentType: 'mdx',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', required: true },
    avatar: { type: 'string', description: 'Path under public/' },
    links: { type: 'list', of: ProfileLink, default: [] },
  },
}))

export const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    description: { type: 'string', required: true },
    order: { type: 'number', required: true },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Author, Section],
  // The site reads the generated JSON through lib/content, not the contentlayer/generated import alias.
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
})
