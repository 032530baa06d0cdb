// Turns the checked documents (check-source.ts, with the values contentlayer2 gives them) into the light
// index that the site reads, and checks what needs all documents at once: references between documents,
// slugs, image files, MDX components. (Each file's own fields and dates are checked by check-source.ts,
// MDX syntax as the bodies compile, compile-bodies.ts.)
// Every problem is reported as "<file>: <field>: <what is wrong and how to fix it>".
import fs from 'node:fs'
import path from 'node:path'
import { mdxComponentNames } from '../../components/mdx/names'
import { parseEmbed, supportedEmbeds } from '../embeds'
import { lightIndexFile, searchIndexFile } from './paths'
import { buildSearchIndex, type SearchDocument } from './search'
import { tagTable, uniqueTags } from './tags'
import { plainText } from './text'
import type { ContentIndex, IndexedArticle, IndexedAuthor, IndexedSection, IndexedTag, RelatedLink } from './types'
import { tagIdentity, tagSlug } from './urls'

export type ContentProblem = { file: string; field: string; message: string }

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`

type Raw = { sourceFilePath: string; sourceFileName: string }
type ArticleDocument = {
  title: string
  dek: string
  published: string
  updated?: string
  authors: string[]
  section: string
  tags: string[]
  source?: string
  hero?: { src: string; alt: string; caption?: string; credit?: string }
  related: { slug?: string; url?: string; title?: string; outlet?: string }[]
  corrections: { date: string; note: string }[]
  featured: boolean
  draft: boolean
  body: { raw: string }
  _raw: Raw
}
type AuthorDocument = {
  name: string
  role: string
  avatar?: string
  links: { label: string; url: string }[]
  body: { raw: string }
  _raw: Raw
}
type SectionDocument = { name: string; description: string; order: number; _raw: Raw }
type TagDocument = { name: string; description?: string; _raw: Raw }

/** Every document of the content folder. An article's compiled body is in the body store as `bodyFile`. */
export type ContentDocuments = {
  articles: (ArticleDocument & { bodyFile: string; sourceText: string })[]
  authors: AuthorDocument[]
  sections: SectionDocument[]
  tags: TagDocument[]
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const EXCERPT_LENGTH = 110
const WORDS_PER_MINUTE = 230

/**
 * The index with each author's bio, compiled into the body store (compile-bodies.ts). Authors are few, so
 * their bios travel in the index rather than in files of their own.
 */
export function withAuthorBios(
  index: ContentIndex,
  documents: ContentDocuments,
  bodies: { keys: Map<string, string>; dir: string },
): ContentIndex {
  const bioCode = new Map(
    documents.authors.map((a) => {
      const key = bodies.keys.get(a._raw.sourceFilePath)
      if (key === undefined) throw new Error(`No compiled body for content/${a._raw.sourceFilePath}`)
      const { code } = JSON.parse(fs.readFileSync(path.join(bodies.dir, `${key}.json`), 'utf8'))
      return [slugOf(a._raw), code as string]
    }),
  )
  return { ...index, authors: index.authors.map((a) => ({ ...a, bioCode: bioCode.get(a.slug) ?? '' })) }
}

const slugOf = (raw: Raw) => raw.sourceFileName.replace(/\.[^.]+$/, '')

/** Plain text of the body's first paragraph, cut at a word boundary. */
export function makeExcerpt(markdown: string, length = EXCERPT_LENGTH): string {
  const paragraph =
    markdown
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p && !/^[#<>\-*|!]/.test(p)) ?? ''
  const text = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/, '')}…`
}

export function readingMinutes(markdown: string): number {
  const words = markdown.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

/** Capitalised JSX tags used in an MDX body, with their line in the file (the body starts at firstLine). */
function componentsUsed(markdown: string, firstLine: number): { name: string; line: number }[] {
  const used: { name: string; line: number }[] = []
  markdown.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) used.push({ name: match[1], line: firstLine + i })
  })
  return used
}

/** Line of the file on which a body (the text after the front matter) starts. */
const bodyFirstLine = (sourceText: string, body: string) =>
  sourceText.endsWith(body) ? sourceText.slice(0, sourceText.length - body.length).split('\n').length : 1

/** Each <Embed …> tag's attributes and the line it starts on. */
function embedTags(markdown: string, firstLine: number): { attributes: string; line: number }[] {
  return [...markdown.matchAll(/<Embed\b([^>]*)>/g)].map((m) => ({
    attributes: m[1],
    line: firstLine + markdown.slice(0, m.index).split('\n').length - 1,
  }))
}

function alsoOnSlugs(markdown: string): string[] {
  return [...markdown.matchAll(/<AlsoOn\s+slug=["']([^"']*)["']/g)].map((m) => m[1])
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** `now`: the build's clock, which decides which stories are published when topics are named. */
export function buildIndex(
  generated: ContentDocuments,
  publicDir: string,
  now = new Date(),
): { index: ContentIndex; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const problem = (file: string, field: string, message: string) =>
    problems.push({ file: `content/${file}`, field, message })
  const publicFileExists = (src: string) =>
    src.startsWith('/') && !src.includes('..') && fs.existsSync(path.join(publicDir, src))

  const sections: IndexedSection[] = generated.sections
    .map((s) => ({ slug: slugOf(s._raw), name: s.name, description: s.description, order: s.order }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))

  const authors: IndexedAuthor[] = generated.authors.map((a) => {
    const file = a._raw.sourceFilePath
    if (a.avatar && !publicFileExists(a.avatar))
      problem(file, 'avatar', `no file public${a.avatar}; add the image under public/ or fix the path`)
    return {
      slug: slugOf(a._raw),
      name: a.name,
      role: a.role,
      avatar: a.avatar,
      links: a.links.map(({ label, url }) => ({ label, url })),
      // Compiled with the articles' bodies, then filled in by withAuthorBios.
      bioCode: '',
    }
  })

  const sectionSlugs = new Set(sections.map((s) => s.slug))
  const authorSlugs = new Set(authors.map((a) => a.slug))
  const draftBySlug = new Map(generated.articles.map((a) => [slugOf(a._raw), a.draft]))
  const filesBySlug = new Map<string, string[]>()
  for (const a of generated.articles) {
    const slug = slugOf(a._raw)
    filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), a._raw.sourceFilePath])
  }
  const knownComponents = new Set<string>(mdxComponentNames)

  // A link to another article must name one that exists and that readers can see.
  const checkArticleLink = (file: string, field: string, slug: string) => {
    if (!draftBySlug.has(slug)) problem(file, field, `no article has the slug "${slug}" (file content/articles/${slug}.mdx)`)
    else if (draftBySlug.get(slug)) problem(file, field, `"${slug}" is a draft; link to it once it is published`)
  }

  const articles: IndexedArticle[] = generated.articles.map((a) => {
    const file = a._raw.sourceFilePath
    const slug = slugOf(a._raw)
    if (!SLUG.test(slug))
      problem(file, 'file name', 'use lowercase letters, digits and single hyphens, e.g. china-exports-rise.mdx')
    const sameSlug = filesBySlug.get(slug)!.filter((other) => other !== file)
    if (sameSlug.length > 0)
      problem(file, 'file name', `the slug "${slug}" is also used by ${sameSlug.map((f) => `content/${f}`).join(', ')}; the file name is the URL, so rename one of them`)

    if (a.updated && a.updated < a.published) problem(file, 'updated', 'is earlier than published')

    a.authors.forEach((author, i) => {
      if (!authorSlugs.has(author))
        problem(file, `authors[${i}]`, `no author "${author}"; use one of: ${[...authorSlugs].join(', ')}`)
    })
    if (a.authors.length === 0) problem(file, 'authors', 'name at least one author')
    if (!sectionSlugs.has(a.section))
      problem(file, 'section', `no section "${a.section}"; use one of: ${[...sectionSlugs].join(', ')}`)

    if (a.hero) {
      if (!publicFileExists(a.hero.src))
        problem(file, 'hero.src', `no file public${a.hero.src}; add the image under public/ or fix the path`)
      if (!a.hero.alt.trim()) problem(file, 'hero.alt', 'describe the image for readers who cannot see it')
    }

    const related: RelatedLink[] = a.related.map((link, i) => {
      const field = `related[${i}]`
      if (link.slug) {
        checkArticleLink(file, `${field}.slug`, link.slug)
        return { kind: 'internal', slug: link.slug }
      }
      if (!link.url || !isHttpUrl(link.url))
        problem(file, `${field}.url`, 'give either slug (one of our articles) or url (an absolute http(s) address)')
      if (!link.title) problem(file, `${field}.title`, 'an external link needs the title of the story')
      if (!link.outlet) problem(file, `${field}.outlet`, 'an external link needs the name of the outlet, e.g. CNN')
      return { kind: 'external', url: link.url ?? '', title: link.title ?? '', outlet: link.outlet ?? '' }
    })

    a.corrections.forEach((correction, i) => {
      if (correction.date < a.published) problem(file, `corrections[${i}].date`, 'is earlier than published')
    })

    const firstLine = bodyFirstLine(a.sourceText, a.body.raw)
    for (const { attributes, line } of embedTags(a.body.raw, firstLine)) {
      const url = /\burl=["']([^"']*)["']/.exec(attributes)?.[1]
      if (!url || !parseEmbed(url))
        problem(file, `body (line ${line})`, `<Embed> needs url="…" with one of ${supportedEmbeds}${url ? `; "${url}" is not one` : ''}`)
      if (!/\btitle=["'][^"']+["']/.test(attributes))
        problem(file, `body (line ${line})`, '<Embed> needs title="…" saying what the video or post is')
    }
    for (const { name, line } of componentsUsed(a.body.raw, firstLine)) {
      if (!knownComponents.has(name))
        problem(file, `body (line ${line})`, `unknown component <${name}>; available: ${mdxComponentNames.join(', ')}`)
    }
    const mentions = alsoOnSlugs(a.body.raw)
    mentions.forEach((target) => checkArticleLink(file, 'body AlsoOn', target))

    return {
      slug,
      title: a.title,
      dek: a.dek,
      excerpt: makeExcerpt(a.body.raw),
      published: a.published,
      updated: a.updated,
      authors: a.authors,
      section: a.section,
      tags: uniqueTags(a.tags),
      source: a.source,
      hero: a.hero && { src: a.hero.src, alt: a.hero.alt, caption: a.hero.caption, credit: a.hero.credit },
      related,
      corrections: a.corrections.map(({ date, note }) => ({ date, note })),
      mentions,
      featured: a.featured,
      draft: a.draft,
      readingMinutes: readingMinutes(a.body.raw),
      bodyFile: a.bodyFile,
    }
  })

  articles.sort((x, y) => y.published.localeCompare(x.published) || x.slug.localeCompare(y.slug))
  const tags = topics(generated, articles, now, problem)
  return { index: { articles, authors, sections, tags }, problems }
}

/**
 * The topics of the index, named (tags.ts: tagTable), and the problems with them: a tag with no URL
 * segment, two topics sharing one (urls.ts: tagSlug), a content/tags file that names no topic.
 */
function topics(
  generated: ContentDocuments,
  articles: IndexedArticle[],
  now: Date,
  problem: (file: string, field: string, message: string) => void,
): IndexedTag[] {
  // Per URL segment, the different topics (tagIdentity) that have it: a spelling and the files using it, in file order.
  type Topic = { spelling: string; uses: { file: string; field: string }[] }
  const bySlug = new Map<string, Map<string, Topic>>()
  const files = [...generated.articles].sort((a, b) => a._raw.sourceFilePath.localeCompare(b._raw.sourceFilePath))
  for (const a of files) {
    const file = a._raw.sourceFilePath
    a.tags.forEach((tag, i) => {
      const field = `tags[${i}]`
      if (!tag.trim()) return // the field check reports it
      const slug = tagSlug(tag)
      if (!slug) {
        problem(file, field, `"${tag}" has no letter, digit or symbol to make the topic's address (/tags/…) from; write the topic in words`)
        return
      }
      const identities = bySlug.get(slug) ?? new Map<string, Topic>()
      bySlug.set(slug, identities)
      const identity = tagIdentity(tag)
      const found = identities.get(identity) ?? { spelling: tag, uses: [] }
      identities.set(identity, found)
      if (!found.uses.some((u) => u.file === file)) found.uses.push({ file, field })
    })
  }
  for (const [slug, identities] of bySlug) {
    if (identities.size < 2) continue
    const where = ({ uses }: Topic) =>
      `content/${uses[0].file}${uses.length > 1 ? ` and ${uses.length - 1} other file${uses.length > 2 ? 's' : ''}` : ''}`
    // One problem per spelling, at the first file using it; the message names the others and where they are.
    for (const [identity, topic] of identities) {
      const others = [...identities].filter(([other]) => other !== identity).map(([, o]) => `"${o.spelling}" (${where(o)})`)
      problem(
        topic.uses[0].file,
        topic.uses[0].field,
        `"${topic.spelling}" and ${others.join(' and ')} would share the address /tags/${slug} (addresses leave out spaces ` +
          'and punctuation). If they are one topic, spell it the same way in every story; if not, make their letters, digits or symbols differ',
      )
    }
  }

  const declared = generated.tags.map((t) => {
    const file = t._raw.sourceFilePath
    const slug = slugOf(t._raw).normalize('NFC')
    const nameSlug = tagSlug(t.name)
    if (tagSlug(slug) !== slug)
      problem(file, 'file name', `"${slug}" is not a topic address; name the file after the topic's address${tagSlug(slug) ? `, ${tagSlug(slug)}.yaml` : ''}`)
    else if (nameSlug !== slug && t.name.trim())
      problem(file, 'name', `"${t.name}" is the topic at /tags/${nameSlug}, not /tags/${slug} (this file's name); write the topic as stories spell it (case, accents and punctuation may differ) or rename the file to ${nameSlug}.yaml`)
    return { slug, name: t.name, description: t.description }
  })
  return tagTable(articles, declared, now)
}

/**
 * What full-text search sees of each article: words only, references resolved to names. Drafts and
 * scheduled articles are included; the store decides at query time which hits a reader may see.
 */
export function searchDocuments(
  generated: ContentDocuments,
  index: ContentIndex,
  /** Plain text of bodies already seen, by body file: a process that indexes again reuses it. */
  plainTexts?: Map<string, string>,
): SearchDocument[] {
  const authorNames = new Map(index.authors.map((a) => [a.slug, a.name]))
  const sectionNames = new Map(index.sections.map((s) => [s.slug, s.name]))
  const bodyText = (a: ContentDocuments['articles'][number]) => {
    let text = plainTexts?.get(a.bodyFile)
    if (text === undefined) {
      text = plainText(a.body.raw)
      plainTexts?.set(a.bodyFile, text)
    }
    return text
  }
  return generated.articles.map((a) => ({
    id: slugOf(a._raw),
    title: a.title,
    dek: a.dek,
    body: bodyText(a),
    authors: a.authors.map((slug) => authorNames.get(slug) ?? slug).join(', '),
    section: sectionNames.get(a.section) ?? a.section,
    tags: a.tags.join(', '),
  }))
}

/** Writes what the server reads: the light index and the search index. Returns the search index size in bytes. */
export function writeIndexes(generated: ContentDocuments, index: ContentIndex, searchIndex = buildSearchIndex(searchDocuments(generated, index))): number {
  fs.mkdirSync(path.dirname(lightIndexFile), { recursive: true })
  fs.writeFileSync(lightIndexFile, JSON.stringify(index))
  fs.writeFileSync(searchIndexFile, searchIndex)
  return Buffer.byteLength(searchIndex)
}
