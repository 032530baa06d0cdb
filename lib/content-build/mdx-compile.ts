// Compiles one MDX body to the function body that components/mdx/MdxContent runs, or says what is
// wrong with it in editors' words. The content build runs this in a worker per core (compile-bodies.ts)
// and keeps every result under its content hash, so a body is compiled once, not on every build.
// On the way it reads from the parse tree what the rest of the build needs from a body (BodyFacts): the
// components used with their attributes, for the checks across files (build-index.ts), and the plain text,
// for excerpts and search. Nothing else reads a body's source.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createProcessor } from '@mdx-js/mdx'
import matter from 'gray-matter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { combineExtensions } from 'micromark-util-combine-extensions'
import rehypeExternalLinks from 'rehype-external-links'
import remarkGfm from 'remark-gfm'
import { remarkPlugins } from '../content/model'
import { forbiddenCharacters, normalizeText } from './text'

export type BodyProblem = { field: string; message: string }

/** A component used in a body: `<Embed url="…" />` is { name: 'Embed', attributes: { url: '…' } }. */
type BodyComponent = {
  name: string
  /** Line of the body (1 is the body's first line; add the front matter's length for the file's line). */
  line: number
  /**
   * Each attribute's value: text, or the value of a literal in braces (numbers, lists, …); true for an
   * attribute without a value. Attributes that are code are refused by the compile and not listed.
   */
  attributes: Record<string, unknown>
}

/** What the build needs from a body besides its code, read from its parse tree. */
export type BodyFacts = {
  /** Every word readers see, in reading order, separated by single spaces: for search and snippets. */
  text: string
  /** The plain text of the first paragraph of prose: for excerpts. */
  lead: string
  /** Words in `text` (by Intl.Segmenter, so that text without spaces, e.g. Chinese, is counted too). */
  words: number
  /** Every JSX element other than a plain lowercase HTML one (those are allowed as written; see below). */
  components: BodyComponent[]
}

/** A body in the body store. */
export type CompiledBody = BodyFacts & { code: string }

const processor = createProcessor({
  remarkPlugins,
  // Every link to an absolute http(s) address gets rel="noopener noreferrer", whatever its host: the code is
  // kept from build to build under a key that does not include the site's URL (which differs per deploy),
  // and links to our own pages are written as paths (/articles/…) or with AlsoOn.
  rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
  outputFormat: 'function-body',
})

/**
 * remark-gfm (micromark-extension-gfm and mdast-util-gfm, composed the same way) without autolink
 * literals: footnotes, strikethrough, tables and task lists.
 */
function remarkGfmWithoutAutolinkLiterals(this: unknown) {
  // The processor's data, as remark-parse reads it.
  const data = (this as { data(): { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] } }).data()
  ;(data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]))
  ;(data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()])
}

// Autolink literals (https://…, www.…, name@host) cost the parser a try at almost every letter, though
// few bodies have one. Every one needs `http://`, `https://` or `www.` (any case), or an `@`: in the source
// for the syntax extension (micromark-extension-gfm-autolink-literal), in the decoded text for the tree
// transform (mdast-util-gfm-autolink-literal). A body with neither parses the same without them.
const AUTOLINK_LITERAL_MARK = /https?:\/\/|www\.|@/i
const parserWithoutAutolinkLiterals = createProcessor({
  remarkPlugins: remarkPlugins.map((plugin) => (plugin === remarkGfm ? remarkGfmWithoutAutolinkLiterals : plugin)),
})

/** True when a text node of the tree has a mark of an autolink literal (from an escape or a character reference). */
const hasAutolinkLiteralMark = (node: MdxNode): boolean =>
  (node.type === 'text' && AUTOLINK_LITERAL_MARK.test(String(node.value))) || (node.children ?? []).some(hasAutolinkLiteralMark)

/** The parse tree of a body by the processor; unless `plain`, cheaper for a body without autolink literals. */
function parseTree(body: string, plain: boolean): MdxNode {
  if (!plain && !AUTOLINK_LITERAL_MARK.test(body)) {
    const tree = parserWithoutAutolinkLiterals.parse(body) as MdxNode
    if (!hasAutolinkLiteralMark(tree)) return tree
  }
  return processor.parse(body) as MdxNode
}

/** The body of an MDX file (the text after the front matter) and the line of the file it starts on. */
export function splitBody(sourceText: string): { body: string; firstLine: number } {
  // The front matter is checked elsewhere (check-source.ts); only its length matters here.
  const body = matter(sourceText, { engines: { yaml: () => ({}) } }).content
  return { body, firstLine: sourceText.slice(0, sourceText.length - body.length).split('\n').length }
}

type Estree = { type: string; [key: string]: unknown }
type MdxNode = {
  type: string
  name?: string | null
  value?: unknown
  alt?: string | null
  attributes?: { type: string; name?: string; value?: unknown }[]
  data?: { estree?: { body: Estree[] } }
  position?: { start: { line: number } }
  children?: MdxNode[]
}

const NOT_LITERAL = Symbol('not a literal')

/**
 * The value of a JavaScript expression made only of literals: text, numbers (also negative), true, false,
 * null, and lists and groups ({ key: value }) of them. Anything else (a name, a call, arithmetic) is code
 * that would run when the page renders, and gives NOT_LITERAL.
 */
function literalValue(node: Estree): unknown {
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? NOT_LITERAL : node.value
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[]
      return (node.expressions as unknown[]).length === 0 ? quasis[0].value.cooked : NOT_LITERAL
    }
    case 'UnaryExpression': {
      const argument = node.argument as Estree
      if ((node.operator !== '-' && node.operator !== '+') || argument.type !== 'Literal' || typeof argument.value !== 'number') return NOT_LITERAL
      return node.operator === '-' ? -argument.value : argument.value
    }
    case 'ArrayExpression': {
      const items = (node.elements as (Estree | null)[]).map((item) => (item ? literalValue(item) : NOT_LITERAL))
      return items.includes(NOT_LITERAL) ? NOT_LITERAL : items
    }
    case 'ObjectExpression': {
      const entries: [string, unknown][] = []
      for (const property of node.properties as Estree[]) {
        const key = property.key as Estree | undefined
        if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method || !key) return NOT_LITERAL
        const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : undefined
        const value = literalValue(property.value as Estree)
        if ((typeof name !== 'string' && typeof name !== 'number') || value === NOT_LITERAL) return NOT_LITERAL
        entries.push([String(name), value])
      }
      return Object.fromEntries(entries)
    }
    default:
      return NOT_LITERAL
  }
}

/** The value of an expression in braces, as written in the body: the Program of one expression statement. */
function expressionValue(program: { body: Estree[] } | undefined): unknown {
  const statement = program?.body.length === 1 ? program.body[0] : undefined
  return statement?.type === 'ExpressionStatement' ? literalValue(statement.expression as Estree) : NOT_LITERAL
}

const shown = (code: string) => (code.length > 40 ? `${code.slice(0, 40)}…` : code)

// Plain lowercase HTML elements (<sup>, <br />) are written as they are; anything else is a component.
const HTML_ELEMENT = /^[a-z][a-z0-9]*$/
// Parents whose children run on in one line of text; the children of every other node are separate blocks.
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement'])
// What readers do not see as text: footnote markers and notes (placed at the foot, away from their words),
// code in braces, link definitions.
const NOT_TEXT = new Set(['footnoteReference', 'footnoteDefinition', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'definition', 'html', 'yaml', 'thematicBreak'])

/**
 * The words of an mdast node as readers see them: entities and escapes already decoded by the parser,
 * images by their alt text, table cells and blocks separated by spaces; no URLs, no code-fence info,
 * no component attributes, no footnotes.
 */
function plainTextOf(node: MdxNode): string {
  if (NOT_TEXT.has(node.type)) return ''
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return String(node.value)
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if (node.type === 'break') return ' '
  return (node.children ?? []).map(plainTextOf).join(INLINE_PARENTS.has(node.type) ? '' : ' ')
}

// Only the white space of the source's layout: a no-break space (&nbsp;) or an ideographic space stays.
const collapseSpace = (text: string) => normalizeText(text.replace(/[ \t\n\r\f\v]+/g, ' ').trim())

const wordCounter = new Intl.Segmenter('und', { granularity: 'word' })
const segmentWords = (text: string) => {
  let words = 0
  for (const segment of wordCounter.segment(text)) if (segment.isWordLike) words++
  return words
}

// Word boundaries (Unicode UAX #29, which Intl.Segmenter follows) fall on both sides of a space, except before
// a character that joins the one before it (WB4: Extend, Format, ZWJ): there the text is not split. Between two
// boundaries the rules see only the text between them, so the words of a text are the sum of the words of its
// pieces, and a piece seen before (most words of an archive are) is counted from the cache.
const WORD_SPLIT = / (?![\p{Grapheme_Extend}\p{Mc}\p{Cf}\p{Emoji_Modifier}])/u
const WORD_CACHE_SIZE = 100_000
const wordsOfPiece = new Map<string, number>()

/** The word-like segments of `text` by Intl.Segmenter (the same count, piece by piece with a cache). */
export function countWords(text: string): number {
  let words = 0
  for (const piece of text.split(WORD_SPLIT)) {
    let count = wordsOfPiece.get(piece)
    if (count === undefined) {
      count = segmentWords(piece)
      // Bounded, so that a worker compiling a whole archive does not keep every word it met.
      if (wordsOfPiece.size >= WORD_CACHE_SIZE) wordsOfPiece.clear()
      wordsOfPiece.set(piece, count)
    }
    words += count
  }
  return words
}

/**
 * Reads a body's parse tree: what the build needs from it (BodyFacts), and every problem that would
 * otherwise show only when the page renders, each naming its line of the file (the body starts at
 * `firstLine`):
 * - characters editor text may not contain (text.ts), as written or as a character reference (&#11;);
 * - import and export lines;
 * - code in braces in the text (`{sharply}`, `{1+1}`), which MDX runs: a comment `{/* … *\/}` is allowed;
 * - attribute values that are code rather than literals (`slug={name}`), and attributes spread from code;
 * - raw `<a>` links, which the external-link rule cannot see: links are written in Markdown.
 */
function readTree(tree: MdxNode, body: string, firstLine: number, plain: boolean): { facts: BodyFacts } | { problems: BodyProblem[] } {
  const problems: BodyProblem[] = []
  const fileLine = (bodyLine: number) => bodyLine + firstLine - 1
  const report = (bodyLine: number, message: string) => problems.push({ field: `body (line ${fileLine(bodyLine)})`, message })
  const linesWithBadCharacters = new Set<number>()
  const checkCharacters = (text: string, firstBodyLine: number, where = '') => {
    for (const found of forbiddenCharacters(text)) {
      const line = firstBodyLine + (text.slice(0, found.index).match(/\n/g)?.length ?? 0)
      if (linesWithBadCharacters.has(line)) continue
      linesWithBadCharacters.add(line)
      report(line, `contains ${found.description}${where}; delete it (it is invisible in most editors: delete the characters around it and type them again)`)
    }
  }
  checkCharacters(body, 1)

  const components: BodyComponent[] = []
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line ?? 1
    switch (node.type) {
      case 'mdxjsEsm':
        report(line, 'import and export lines are not allowed; use the components listed in docs/editing.md')
        break
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment alone, {/* … */}, is a program with no statements: it renders nothing.
        if ((node.data?.estree?.body.length ?? 1) > 0)
          report(line, `{${shown(String(node.value))}} is read as code, and the page would fail; for braces in text write \\{ and \\}`)
        break
      case 'text':
      case 'inlineCode':
      case 'code':
        // Character references (&#11;) are decoded by the parser: check what they became.
        checkCharacters(String(node.value), line, ' (written as a character reference)')
        break
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? ''
        const tag = `<${name}>`
        if (name === 'a') report(line, 'write links in Markdown, [the words](https://…), not as <a> tags')
        const attributes: Record<string, unknown> = {}
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            report(line, `${tag}: attributes are written name="value"; ${shown(`{${String(attribute.value)}}`)} is code`)
            continue
          }
          const value = attribute.value as string | null | { value: string; data?: { estree?: { body: Estree[] } } }
          if (value === null || value === undefined) attributes[attribute.name!] = true
          else if (typeof value === 'string') {
            checkCharacters(value, line, ` (in the attribute ${attribute.name})`)
            attributes[attribute.name!] = value
          } else {
            const literal = expressionValue(value.data?.estree)
            if (literal === NOT_LITERAL)
              report(
                line,
                `${tag}: ${attribute.name}={${shown(value.value)}} is code, and the page would fail; write text in quotes (${attribute.name}="…"), or in braces only text, numbers, true/false and lists, e.g. rows={[["Tokyo", 2]]}`,
              )
            else attributes[attribute.name!] = literal
          }
        }
        if (name && !HTML_ELEMENT.test(name)) components.push({ name, line, attributes })
        break
      }
    }
    node.children?.forEach(visit)
  }
  visit(tree)
  if (problems.length > 0) return { problems: problems.sort((a, b) => fileLineOf(a) - fileLineOf(b)) }

  const text = collapseSpace(plainTextOf(tree))
  const hasProse = (node: MdxNode) => node.children?.some((child) => child.type !== 'image' && collapseSpace(plainTextOf(child)) !== '')
  const first = tree.children?.find((node) => node.type === 'paragraph' && hasProse(node))
  return { facts: { text, lead: first ? collapseSpace(plainTextOf(first)) : '', words: plain ? segmentWords(text) : countWords(text), components } }
}

const fileLineOf = (problem: BodyProblem) => Number(/\d+/.exec(problem.field)?.[0] ?? 0)

/** The parse tree of a body, or the syntax error in editors' words. */
function parse(body: string, firstLine: number, plain: boolean): { tree: MdxNode } | { problems: BodyProblem[] } {
  try {
    return { tree: parseTree(body, plain) }
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string }
    if (reason === undefined) throw error
    const field = line === undefined ? 'body' : `body (line ${line + firstLine - 1})`
    const message = `${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/g, '')}. MDX is stricter than Markdown: close every component (<Callout>…</Callout> or <Figure … />) and write \\{ or \\< for a literal brace or angle bracket`
    return { problems: [{ field, message }] }
  }
}

/**
 * What a body says, without compiling it: its BodyFacts, or its problems (see readTree). `firstLine`
 * is the line of the file the body starts on, for the problems' line numbers.
 */
export function readMdxBody(body: string, firstLine = 1): { facts: BodyFacts } | { problems: BodyProblem[] } {
  const parsed = parse(body, firstLine, false)
  return 'problems' in parsed ? parsed : readTree(parsed.tree, body, firstLine, false)
}

/**
 * Compiles a body (the text after the front matter, which starts on line `firstLine` of the file).
 * `plain` leaves out the shortcuts (a parser without autolink literals where a body can have none, words
 * counted piece by piece): the same result, slower; for the test that both agree.
 */
export async function compileMdxBody(
  body: string,
  firstLine: number,
  { plain = false } = {},
): Promise<{ compiled: CompiledBody } | { problems: BodyProblem[] }> {
  const parsed = parse(body, firstLine, plain)
  if ('problems' in parsed) return parsed
  const read = readTree(parsed.tree, body, firstLine, plain)
  if ('problems' in read) return read
  const estree = await processor.run(parsed.tree as never)
  return { compiled: { ...read.facts, code: String(processor.stringify(estree)) } }
}

/**
 * What the compiled code depends on besides the body: the compiler and its plugins (exact versions,
 * pinned in package.json) and this file. A change to any of them gives every body a new key.
 */
function compilerFingerprint(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'))
  const deps = { ...pkg.dependencies, ...pkg.devDependencies }
  const self = fs.readFileSync(new URL(import.meta.url), 'utf8')
  const compilers = Object.keys(deps).filter((name) => /^(@mdx-js\/mdx|remark-gfm|rehype-external-links|mdast-util-gfm-.*|micromark-.*)$/.test(name))
  return JSON.stringify([compilers.map((name) => `${name}@${deps[name]}`), self])
}

let fingerprint: string | undefined
/** The name a compiled body is stored under: a hash of the body and of everything that compiles it. */
export function bodyKey(body: string): string {
  fingerprint ??= compilerFingerprint()
  return crypto.createHash('sha256').update(fingerprint).update('\0').update(body).digest('hex').slice(0, 32)
}
