// `npm run rename:article`: gives a story a new slug (file name, hence URL) and keeps its old address
// working. Edits the text of the files it touches, never re-serialises their front matter, so every
// other line stays as the editor wrote it.
import fs from 'node:fs'
import path from 'node:path'
import YAML, { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import { listFiles } from './check-source'
import { isArticleSlug } from '../content/urls'

export class RenameError extends Error {}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/

/** The front matter of an MDX file as [start, end) offsets of its YAML text, or undefined when it has none. */
function frontMatterRange(text: string): [number, number] | undefined {
  const match = FRONT_MATTER.exec(text)
  if (!match) return undefined
  const start = match[0].indexOf('\n') + 1
  return [start, start + (match[1]?.length ?? 0)]
}

type Edit = { start: number; end: number; text: string }
const applyEdits = (text: string, edits: Edit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text)

const parseFrontMatter = (yaml: string): Document => YAML.parseDocument(yaml)
const valueRange = (node: Node) => ({ start: node.range![0], end: node.range![1] })

/**
 * The text of a story's front matter with `previous` recorded as its latest earlier slug: appended to
 * `previousSlugs` (written as it was, flow `[a, b]` or one `- a` line each), or the field added at the
 * end. `next` is dropped from the list: a story renamed back to an earlier slug takes that address back.
 */
export function recordEarlierSlug(yaml: string, previous: string, next: string): string {
  const doc = parseFrontMatter(yaml)
  if (!isMap(doc.contents)) throw new RenameError('its front matter is not a list of "field: value" lines; fix it first')
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'previousSlugs')
  if (!pair) return `${yaml}${yaml === '' || yaml.endsWith('\n') ? '' : '\n'}previousSlugs: [${previous}]\n`
  if (pair.value == null || (isScalar(pair.value) && pair.value.value == null)) {
    // An empty "previousSlugs:" line: give it the one slug.
    const start = (pair.key as Node).range![0]
    const lineEnd = yaml.indexOf('\n', start)
    return applyEdits(yaml, [{ start, end: lineEnd < 0 ? yaml.length : lineEnd, text: `previousSlugs: [${previous}]` }])
  }
  const list = pair.value
  if (!isSeq(list) || !list.items.every(isScalar)) throw new RenameError('previousSlugs is not a list of slugs; fix it first')
  const slugs = [...list.items.map((item) => String(item.value)).filter((s) => s !== next && s !== previous), previous]
  const { start, end } = valueRange(list)
  if (list.flow) return applyEdits(yaml, [{ start, end, text: `[${slugs.join(', ')}]` }])
  // A block list's range runs on to the next field; its items end where the last one's text does.
  const lineStart = yaml.lastIndexOf('\n', start - 1) + 1
  const indent = yaml.slice(lineStart, start)
  const itemsEnd = list.items.at(-1)?.range?.[1] ?? end
  return applyEdits(yaml, [{ start, end: itemsEnd, text: slugs.map((s) => `- ${s}`).join(`\n${indent}`) }])
}

/** Edits of a file's front matter: every `related` entry's `slug: from` made `slug: to`, in place. */
function relatedEdits(yaml: string, from: string, to: string): Edit[] {
  const doc = parseFrontMatter(yaml)
  if (!isMap(doc.contents)) return []
  const related = doc.contents.get('related', true)
  if (!isSeq(related)) return []
  return related.items.flatMap((item) => {
    const slug = isMap(item) ? item.get('slug', true) : undefined
    return isScalar(slug) && slug.value === from ? [{ ...valueRange(slug), text: to }] : []
  })
}

/** `<AlsoOn slug="from" />` (either quote) made `slug="to"`. */
const alsoOn = (from: string) => new RegExp(`(<AlsoOn\\b[^>]*?\\bslug\\s*=\\s*)(["'])${from}\\2`, 'g')

/**
 * Renames the article `from` to `to` in `contentDir`: moves content/articles/<sub-folders>/<from>.mdx to
 * <to>.mdx in the same folder, records `from` in its previousSlugs, and points every other file's
 * `related: - slug: from` and `<AlsoOn slug="from">` at `to`. Returns the paths (relative to contentDir)
 * of the moved file and of the other files changed.
 * Throws RenameError, changing nothing, when `to` is not a valid slug, when no article is `from`, or
 * when an article is already `to`.
 */
export function renameArticle(contentDir: string, from: string, to: string): { moved: { from: string; to: string }; updated: string[] } {
  if (!isArticleSlug(to))
    throw new RenameError(`"${to}" is not a slug: use lowercase letters, digits and single hyphens, e.g. china-exports-rise`)
  if (from === to) throw new RenameError(`the story is already called "${to}"`)
  const files = listFiles(contentDir).filter((f) => f.endsWith('.mdx'))
  const articles = files.filter((f) => f.startsWith('articles/'))
  const named = (slug: string) => articles.find((f) => path.basename(f) === `${slug}.mdx`)
  const source = named(from)
  if (!source) throw new RenameError(`no article has the slug "${from}" (no file content/articles/…/${from}.mdx)`)
  const taken = named(to)
  if (taken) throw new RenameError(`content/${taken} already exists; choose another slug`)

  const read = (rel: string) => fs.readFileSync(path.join(contentDir, rel), 'utf8')
  const changed = new Map<string, string>()
  for (const rel of files) {
    if (rel === source) continue
    const text = read(rel)
    const range = frontMatterRange(text)
    const edits = range
      ? relatedEdits(text.slice(...range), from, to).map((e) => ({ ...e, start: e.start + range[0], end: e.end + range[0] }))
      : []
    const next = applyEdits(text, edits).replace(alsoOn(from), `$1$2${to}$2`)
    if (next !== text) changed.set(rel, next)
  }
  const text = read(source)
  const range = frontMatterRange(text)
  if (!range) throw new RenameError(`content/${source} has no front matter; fix it first`)
  const renamed = text.slice(0, range[0]) + recordEarlierSlug(text.slice(...range), from, to) + text.slice(range[1])
  const target = path.join(path.dirname(source), `${to}.mdx`)

  for (const [rel, next] of changed) fs.writeFileSync(path.join(contentDir, rel), next)
  fs.writeFileSync(path.join(contentDir, target), renamed)
  fs.rmSync(path.join(contentDir, source))
  return { moved: { from: source, to: target }, updated: [...changed.keys()] }
}
