// Turns the checked documents (check-source.ts, with the values contentlayer2 gives them) into the light
// index that the site reads, and checks what needs all documents at once: references between documents,
// slugs, image files, the components each body uses. (Each file's own fields and dates are checked by
// check-source.ts, each body as it compiles, mdx-compile.ts, which also reads from it what is used here.)
// Every problem is reported as "<file>: <field>: <what is wrong and how to fix it>".
import fs from 'node:fs'
import path from 'node:path'
import { mdxComponentNames } from '../content/mdx-components'
import { parseEmbed, supportedEmbeds } from '../embeds'
import type { BodyFacts } from './mdx-compile'
import type { SearchDocument } from '../content/search'
import { tagTable, uniqueTags } from './tags'
import type { ArticleFields, AuthorFields, SectionFields, TagFields } from '../content/model'
import type { ContentIndex, ContentProblem, IndexedArticle, IndexedAuthor, IndexedSection, IndexedTag, RelatedLink } from '../content/types'
import { isArticleSlug, tagIdentity, tagSlug } from '../content/urls'


export type { ContentProblem }

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`

type Raw = { sourceFilePath: string; sourceFileName: string }
// Documents as the check reads them (the values contentlayer2 would give): the model's fields, and for
// Markdown types the body's text.
type ArticleDocument = ArticleFields & { body: { raw: string }; _raw: Raw }
type AuthorDocument = AuthorFields & { body: { raw: string }; _raw: Raw }
type SectionDocument = SectionFields & { _raw: Raw }
type TagDocument = TagFields & { _raw: Raw }

/** Every document of the content folder. An article's compiled body is in the body store as `bodyFile`. */
export type ContentDocuments = {
  articles: (ArticleDocument & { bodyFile: string; sourceText: string })[]
  authors: AuthorDocument[]
  sections: SectionDocument[]
  tags: TagDocument[]
}

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

const CUT_AT = /[\s,;:.、，。；：–—-]+$/u
const words = new Intl.Segmenter('und', { granularity: 'word' })
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

/**
 * A card's excerpt: the plain text of a body's first paragraph (mdx-compile.ts: BodyFacts.lead), cut to at
 * most `length` UTF-16 units plus an ellipsis, at the end of a word (so also between Chinese or Japanese
 * words, which have no spaces), or of a character when one word is longer than that.
 */
export function makeExcerpt(lead: string, length = EXCERPT_LENGTH): string {
  if (lead.length <= length) return lead
  const cutAt = (segmenter: Intl.Segmenter) => {
    let end = 0
    for (const { index, segment } of segmenter.segment(lead)) {
      if (index + segment.length > length) break
      end = index + segment.length
    }
    return lead.slice(0, end).replace(CUT_AT, '')
  }
  return `${cutAt(words) || cutAt(graphemes)}…`
}

/** Minutes to read a body of `words` words, at least one. */
const readingMinutes = (words: number) => Math.max(1, Math.round(words / WORDS_PER_MINUTE))

/** Line of the file on which a body (the text after the front matter) starts. */
const bodyFirstLine = (sourceText: string, body: string) =>
  sourceText.endsWith(body) ? sourceText.slice(0, sourceText.length - body.length).split('\n').length : 1

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * The light index, and every problem that needs all documents at once. `bodies`: what the compile read from
 * each body (mdx-compile.ts), by path relative to the content folder; a body that did not compile is missing,
 * and its components are not checked (its own problems are reported already). `now`: the build's clock,
 * which decides which stories are published when topics are named.
 */
export function buildIndex(
  generated: ContentDocuments,
  publicDir: string,
  bodies: Map<string, BodyFacts>,
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
  // Every address a story has had, with the file that claims it: its current slug and its earlier ones.
  const earlierBySlug = new Map<string, string[]>()
  for (const a of generated.articles)
    for (const earlier of new Set(a.previousSlugs))
      earlierBySlug.set(earlier, [...(earlierBySlug.get(earlier) ?? []), a._raw.sourceFilePath])
  const knownComponents = new Set<string>(mdxComponentNames)

  // A link to another article must name one that exists and that readers can see.
  const checkArticleLink = (file: string, field: string, slug: string) => {
    if (!draftBySlug.has(slug)) problem(file, field, `no article has the slug "${slug}" (file content/articles/${slug}.mdx)`)
    else if (draftBySlug.get(slug)) problem(file, field, `"${slug}" is a draft; link to it once it is published`)
  }

  const articles: IndexedArticle[] = generated.articles.map((a) => {
    const file = a._raw.sourceFilePath
    const slug = slugOf(a._raw)
    if (!isArticleSlug(slug))
      problem(file, 'file name', 'use lowercase letters, digits and single hyphens, e.g. china-exports-rise.mdx')
    const sameSlug = filesBySlug.get(slug)!.filter((other) => other !== file)
    if (sameSlug.length > 0)
      problem(file, 'file name', `the slug "${slug}" is also used by ${sameSlug.map((f) => `content/${f}`).join(', ')}; the file name is the URL, so rename one of them`)

    a.previousSlugs.forEach((earlier, i) => {
      const field = `previousSlugs[${i}]`
      if (!isArticleSlug(earlier))
        problem(file, field, `"${earlier}" is not a slug: an earlier file name without .mdx, in lowercase letters, digits and single hyphens`)
      else if (earlier === slug) problem(file, field, `"${earlier}" is this story's own slug (its file name); list only earlier ones`)
      else if (a.previousSlugs.indexOf(earlier) !== i) problem(file, field, `"${earlier}" is listed twice; keep the first`)
      else {
        const current = filesBySlug.get(earlier)
        const claimed = earlierBySlug.get(earlier)!.filter((other) => other !== file)
        if (current)
          problem(file, field, `"${earlier}" is the slug of content/${current[0]}, so its address cannot redirect here; remove it from one of the two files`)
        else if (claimed.length > 0)
          problem(file, field, `"${earlier}" is also an earlier slug of ${claimed.map((f) => `content/${f}`).join(', ')}; an old address can redirect to one story only, so remove it from all but one`)
      }
    })

    if (a.updated && a.updated < a.published) problem(file, 'updated', 'is earlier than published')
    if (a.retracted && a.retracted.date < a.published) problem(file, 'retracted.date', 'is earlier than published')

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

    // Components as the compile read them from the body's parse tree, with their attributes' values.
    const body = bodies.get(file)
    const lineOffset = bodyFirstLine(a.sourceText, a.body.raw) - 1
    const mentions: string[] = []
    for (const { name, line, attributes } of body?.components ?? []) {
      const field = `body (line ${line + lineOffset})`
      if (!knownComponents.has(name)) {
        problem(file, field, `unknown component <${name}>; available: ${mdxComponentNames.join(', ')}`)
      } else if (name === 'Embed') {
        const { url, title } = attributes
        if (typeof url !== 'string' || !parseEmbed(url))
          problem(file, field, `<Embed> needs url="…" with one of ${supportedEmbeds}${typeof url === 'string' ? `; "${url}" is not one` : ''}`)
        if (typeof title !== 'string' || !title.trim()) problem(file, field, '<Embed> needs title="…" saying what the video or post is')
      } else if (name === 'AlsoOn') {
        const target = attributes.slug
        if (typeof target !== 'string') problem(file, field, '<AlsoOn> needs slug="…", the file name of another article without .mdx')
        else {
          checkArticleLink(file, 'body AlsoOn', target)
          mentions.push(target)
        }
      }
    }

    return {
      slug,
      title: a.title,
      dek: a.dek,
      excerpt: makeExcerpt(body?.lead ?? ''),
      published: a.published,
      updated: a.updated,
      authors: a.authors,
      section: a.section,
      tags: uniqueTags(a.tags),
      source: a.source,
      hero: a.hero && { src: a.hero.src, alt: a.hero.alt, caption: a.hero.caption, credit: a.hero.credit },
      related,
      corrections: a.corrections.map(({ date, note }) => ({ date, note })),
      ...(a.retracted && { retracted: { date: a.retracted.date, note: a.retracted.note } }),
      mentions,
      featured: a.featured,
      draft: a.draft,
      previousSlugs: a.previousSlugs,
      readingMinutes: readingMinutes(body?.words ?? 0),
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
      // Files come in order, so a file's uses of a topic are together: only the last one can be this file's.
      if (found.uses.at(-1)?.file !== file) found.uses.push({ file, field })
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
 * `bodies`: what the compile read from each body (its plain text), by path relative to the content folder.
 */
export function searchDocuments(generated: ContentDocuments, index: ContentIndex, bodies: Map<string, BodyFacts>): SearchDocument[] {
  const authorNames = new Map(index.authors.map((a) => [a.slug, a.name]))
  const sectionNames = new Map(index.sections.map((s) => [s.slug, s.name]))
  return generated.articles.map((a) => ({
    id: slugOf(a._raw),
    title: a.title,
    dek: a.dek,
    body: bodies.get(a._raw.sourceFilePath)?.text ?? '',
    authors: a.authors.map((slug) => authorNames.get(slug) ?? slug).join(', '),
    section: sectionNames.get(a.section) ?? a.section,
    tags: a.tags.join(', '),
  }))
}
