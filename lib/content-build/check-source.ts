// The content check: reads every file under content/ the way contentlayer2 does (gray-matter with the
// same YAML parser) and validates it against the content model (model.ts, the one contentlayer2 builds with)
// and the rule for editor text (text.ts: NFC, no control characters) (checkFiles); then, once the bodies
// are compiled (mdx-compile.ts reads what is needed from each), runs the cross-file checks of
// build-index.ts on the result (crossCheck).
// contentlayer2 stops at the first problem of each file, skips some cases (a number where text is due,
// stray files) and words errors for programmers; this reports every problem, for every file, as
// "content/<file>: <field>: <what is wrong and how to fix it>", before contentlayer2 runs at all.
import { isUtf8 } from 'node:buffer'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import micromatch from 'micromatch'
import YAML from 'yaml'
import { buildIndex, type ContentDocuments, type ContentProblem } from './build-index'
import type { ContentIndex } from '../content/types'
import { bodyKey, type BodyFacts } from './mdx-compile'
import { documentSpecs, type DocumentSpec, type FieldSpec } from './schema'
import { decodeEditorText, forbiddenCharacterMessage, forbiddenCharacters, normalizeText } from './text'

// The zone is matched loosely (+0800, +8:00) so that a slip in it gets a message about the zone.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{1,2}(?::?\d{2})?)?$/
const DATE_EXAMPLE = '2026-11-27T09:30:00+08:00'
/** Earliest year accepted: an earlier one is a slip (0026 for 2026), and some feed readers refuse it. */
const FIRST_YEAR = 1900

type Report = (field: string, message: string) => void

/** Every file under content/, as a path relative to it with forward slashes; hidden files are ignored. */
export function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      return entry.isDirectory() ? listFiles(dir, rel) : [rel]
    })
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

function unknownFieldMessage(key: string, fields: FieldSpec[]): string {
  const names = fields.map((f) => f.name)
  const close = names.find((n) => n.toLowerCase() === key.toLowerCase() || editDistance(n, key.toLowerCase()) <= 2)
  const hint = close ? ` Did you mean "${close}"?` : ''
  return `unknown field.${hint} The fields are: ${names.join(', ')}`
}

const describe = (f: FieldSpec) => (f.description ? ` (${f.description})` : '')

/**
 * Problems of a zone written after a date and time: it must be Z or an offset +hh:mm that some place uses,
 * from -12:00 to +14:00 in steps of 15 minutes (every offset in the IANA time zone database is one).
 */
function zoneProblem(zone: string): string | undefined {
  if (zone === 'Z') return undefined
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(zone)
  if (!offset) return `the zone "${zone}" must be written with two digits, a colon and two digits, e.g. +08:00 or -05:00`
  const [, sign, hours, minutes] = offset
  const total = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes))
  if (Number(minutes) > 45 || Number(minutes) % 15 !== 0 || total < -12 * 60 || total > 14 * 60)
    return `no place has the zone ${zone}: offsets run from -12:00 to +14:00, in steps of 15 minutes (+08:00 Hong Kong, +05:30 India, -05:00 New York)`
  return undefined
}

/** Problems of a date and time written by an editor (RFC 3339 with a zone, as contentlayer2 reads it). */
function checkDate(value: string, name: string, report: Report) {
  const match = DATE_TIME.exec(value)
  if (!match) {
    report(name, `"${value}" is not a date and time; write it like ${DATE_EXAMPLE} (date, T, time, zone)`)
    return
  }
  const [, year, month, day, hour, minute, second = '0', zone] = match
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  const notReal = (why: string) => report(name, `"${value}" is not a real date and time: ${why}; write it like ${DATE_EXAMPLE}`)
  if (Number(year) < FIRST_YEAR) notReal(`the year ${year} is before ${FIRST_YEAR}`)
  else if (Number(month) < 1 || Number(month) > 12) notReal(`there is no month ${month}`)
  else if (Number(day) < 1 || Number(day) > daysInMonth) notReal(`${year}-${month} has no day ${day}`)
  else if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
    notReal('the time runs from 00:00:00 to 23:59:59 (leap seconds are not written)')
  else if (!zone)
    report(name, `"${value}" has no time zone; add the offset from UTC, e.g. ${value}+08:00 (Hong Kong, Singapore) or ${value}Z (UTC)`)
  else {
    const problem = zoneProblem(zone)
    if (problem) report(name, `"${value}": ${problem}`)
    // Whatever passed the rules above is a moment JavaScript can hold; should one be missed, it is refused here.
    else if (Number.isNaN(Date.parse(value))) notReal('it cannot be read as a moment in time')
  }
}

/**
 * The message for a value YAML read as something other than text: the value as the editor may have typed it
 * (a number, true/false), or what YAML made of it. Never "[object Object]" or "NaN".
 */
function notText(value: unknown): string {
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return `must be text, in quotes: "${String(value)}" (without quotes it is read as ${typeof value === 'number' ? 'a number' : 'yes/no'})`
  const what = Array.isArray(value) ? 'a list' : typeof value === 'number' ? 'a number' : value instanceof Uint8Array ? 'binary data' : 'a group of fields'
  return `must be text, in quotes; YAML reads what is written here as ${what}`
}

function checkValue(value: unknown, f: FieldSpec, name: string, report: Report) {
  switch (f.type) {
    case 'string':
      if (typeof value !== 'string') report(name, `${notText(value)}${describe(f)}`)
      else if (f.required && !value.trim()) report(name, `is empty${describe(f)}`)
      else for (const found of forbiddenCharacters(value)) report(name, forbiddenCharacterMessage(found))
      return
    case 'date':
      if (typeof value !== 'string') report(name, `must be a date and time like ${DATE_EXAMPLE}, not ${JSON.stringify(value)}`)
      else checkDate(value, name, report)
      return
    case 'boolean':
      if (typeof value !== 'boolean') report(name, `must be true or false (without quotes), not ${JSON.stringify(value)}`)
      return
    case 'number':
      if (typeof value !== 'number') report(name, `must be a number (without quotes), not ${JSON.stringify(value)}`)
      return
    case 'list':
      if (!Array.isArray(value)) {
        const example = typeof value === 'string' ? `[${value}]` : '[first, second]'
        report(name, `must be a list: write ${example}, or one "- item" per line below ${f.name}:`)
      } else value.forEach((item, i) => checkValue(item, f.item!, `${name}[${i}]`, report))
      return
    case 'nested':
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        report(name, `must be a group of fields (${f.fields!.map((n) => n.name).join(', ')}), each on its own line indented under ${f.name}:`)
      else checkFields(value as Record<string, unknown>, f.fields!, `${name}.`, report)
      return
  }
}

function checkFields(data: Record<string, unknown>, fields: FieldSpec[], prefix: string, report: Report) {
  const known = new Set(fields.map((f) => f.name))
  for (const key of Object.keys(data)) if (!known.has(key)) report(`${prefix}${key}`, unknownFieldMessage(key, fields))
  for (const f of fields) {
    const value = data[f.name]
    const name = `${prefix}${f.name}`
    if (value === undefined || value === null) {
      if (f.required && f.default === undefined)
        report(name, `${value === null ? 'has no value' : 'is missing'}; it is required${describe(f)}`)
    } else checkValue(value, f, name, report)
  }
}

/** The field as the cross-file checks expect it: a top-level field with a problem falls back to an empty value. */
function usableValue(f: FieldSpec, value: unknown, broken: boolean): unknown {
  if (broken || value === undefined || value === null) {
    if (f.default !== undefined || !f.required) return f.default
    return { string: '', date: new Date(0).toISOString(), boolean: false, number: 0, list: [], nested: undefined }[f.type]
  }
  return normalized(f, value)
}

/**
 * A valid value as the site stores it, at any depth: dates in UTC ISO form (as contentlayer2 stores them),
 * text in NFC (text.ts; contentlayer2 keeps it as written, and its copy is not what the site publishes).
 */
function normalized(f: FieldSpec, value: unknown): unknown {
  if (f.type === 'date') return new Date(value as string).toISOString()
  if (f.type === 'string') return normalizeText(value as string)
  if (f.type === 'list') return (value as unknown[]).map((item) => normalized(f.item!, item))
  if (f.type === 'nested') {
    const data = value as Record<string, unknown>
    return Object.fromEntries(
      f.fields!.filter((sub) => data[sub.name] != null).map((sub) => [sub.name, normalized(sub, data[sub.name])]),
    )
  }
  return value
}

const rootField = (field: string) => field.split(/[.[]| \(/)[0]
/** Marks a file whose fields could not be read at all. */
const WHOLE_FILE = '*'


/** YAML that parses, but not as the editor meant it (see parseYaml); `line` counts from the text parsed. */
class YamlSlip extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * YAML text read with the parser contentlayer2 uses, refusing what it reads without an error but not as
 * editors mean it: a value starting with "&" is an anchor and "!" a tag, both left out of the text
 * (`title: &Co buys` reads "buys", `title: !Breaking news` reads "news"), and "*" refers to an anchor.
 * Front matter has no use for any of them.
 * @throws YAML.YAMLError for a syntax error, YamlSlip for the above.
 */
function parseYaml(source: string): unknown {
  const doc = YAML.parseDocument(source)
  if (doc.errors.length > 0) throw doc.errors[0]
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length
  // The top-level field a node belongs to: the path runs document, map, pair, ….
  const fieldOf = (path: readonly unknown[]) => {
    const pair = path[2]
    return YAML.isPair(pair) && YAML.isScalar(pair.key) ? `${String(pair.key.value)}: ` : ''
  }
  const advice = 'put the whole value in quotes'
  let slip: YamlSlip | undefined
  YAML.visit(doc, {
    Alias(_key, node, path) {
      slip = new YamlSlip(lineAt(node.range?.[0] ?? 0), `${fieldOf(path)}"*${node.source}" at the start of a value is YAML syntax (a reference to an anchor); ${advice}`)
      return YAML.visit.BREAK
    },
    Node(_key, node, path) {
      if (node.anchor === undefined && node.tag === undefined) return undefined
      const what =
        node.anchor !== undefined
          ? `"&${node.anchor}" at the start of a value is YAML syntax (an anchor) and would be left out of the text`
          : `"${node.tag!.startsWith('!') ? node.tag : `!!${node.tag!.split(':').pop()}`}" at the start of a value is YAML syntax (a tag) and would be left out of the text or change its type`
      slip = new YamlSlip(lineAt(node.range?.[0] ?? 0), `${fieldOf(path)}${what}; ${advice}`)
      return YAML.visit.BREAK
    },
  })
  if (slip) throw slip
  return doc.toJS() ?? {}
}

/**
 * Front matter already read, as JSON, by a hash of its YAML text: a build reads the same YAML as the last one
 * for every unchanged file, and parsing it is most of what checking a file costs. The content build keeps it
 * between builds (loadFrontMatterCache, saveFrontMatterCache). Only what JSON gives back exactly is kept (no
 * NaN, no infinities, no -0, no binary), and YAML that fails is parsed again each time, for its message.
 */
const frontMatterCache = new Map<string, string>()
const frontMatterUsed = new Set<string>()

const isExactJson = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0)) ||
  (Array.isArray(value) && value.every(isExactJson)) ||
  (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(isExactJson))

/** parseYaml, answered from the cache when the same text was read before. */
function readYaml(source: string): unknown {
  const key = createHash('sha1').update(source).digest('base64url')
  frontMatterUsed.add(key)
  const known = frontMatterCache.get(key)
  if (known !== undefined) return JSON.parse(known)
  const data = parseYaml(source)
  if (isExactJson(data)) frontMatterCache.set(key, JSON.stringify(data))
  return data
}

/** Brings back the front matter read by an earlier build (a JSON object of hash → JSON), if `file` holds one. */
export function loadFrontMatterCache(file: string) {
  try {
    for (const [key, json] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>))
      frontMatterCache.set(key, json)
  } catch {
    // No cache, or an unreadable one: every file is parsed.
  }
}

/** Keeps, in `file`, the front matter this process read, for the next build. */
export function saveFrontMatterCache(file: string) {
  const kept = Object.fromEntries([...frontMatterUsed].flatMap((key) => (frontMatterCache.has(key) ? [[key, frontMatterCache.get(key)!]] : [])))
  fs.writeFileSync(file, JSON.stringify(kept))
}

/** An editor-facing YAML error. `source` is the YAML text, whose line 1 is the file's line 1. */
function yamlProblem(error: unknown, source: string): string {
  if (error instanceof YamlSlip) return `line ${error.line}: ${error.message}`
  if (!(error instanceof YAML.YAMLError)) throw error
  let line = error.linePos?.[0].line ?? 1
  const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  // The parser notices a missing closing quote only where the text ends; point at the line that opened it.
  const quote = /Missing closing (["'])quote/.exec(reason)?.[1]
  if (quote) {
    const lines = source.split('\n')
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      if ((lines[i].split(quote).length - 1) % 2 === 1) {
        line = i + 1
        break
      }
    }
  }
  return `line ${line}: ${reason}. Check quotes, colons and indentation; text containing ": " or " #" must be in quotes`
}

type ParsedFile = { data: Record<string, unknown>; body: string; text: string }

function parseFile(contentDir: string, rel: string, spec: DocumentSpec, report: Report): ParsedFile | undefined {
  const bytes = fs.readFileSync(path.join(contentDir, rel))
  if (!isUtf8(bytes)) {
    report('file', 'is not UTF-8 text; save it with the encoding "UTF-8" (in VS Code: click the encoding in the status bar, then "Save with Encoding")')
    return undefined
  }
  const text = decodeEditorText(bytes)
  let data: unknown
  let body = ''
  try {
    if (spec.contentType === 'data') data = readYaml(text)
    else {
      if (!/^---\r?\n/.test(text)) {
        report('front matter', 'missing: the file must start with a line "---", then the fields, then another "---"')
        return undefined
      }
      const parsed = matter(text, { engines: { yaml: (s: string) => readYaml(s) as object } })
      data = parsed.data
      body = parsed.content
    }
  } catch (error) {
    report(spec.contentType === 'data' ? 'file' : 'front matter', yamlProblem(error, text))
    return undefined
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(spec.contentType === 'data' ? 'file' : 'front matter', 'must be a list of "field: value" lines')
    return undefined
  }
  return { data: data as Record<string, unknown>, body, text }
}

export type CheckedSource = {
  /** Every problem, in file order. None means the content can be published. */
  problems: ContentProblem[]
  /**
   * What the files say, with the values contentlayer2 gives them (defaults, dates in UTC). Each article
   * names its body file by the hash of its text (mdx-compile.ts: bodyKey), the name the compile stores it under.
   */
  documents: ContentDocuments
  /** The light index made from them; authors' bios are filled in once compiled (build-index.ts: withAuthorBios). */
  index: ContentIndex
}

type Of<K extends keyof ContentDocuments> = ContentDocuments[K][number]

/** One file, checked on its own: its problems, the fields they concern, and the document it makes. */
type CheckedFile = {
  problems: ContentProblem[]
  broken: Set<string>
  document?:
    | { kind: 'articles'; value: Of<'articles'> }
    | { kind: 'authors'; value: Of<'authors'> }
    | { kind: 'sections'; value: Of<'sections'> }
    | { kind: 'tags'; value: Of<'tags'> }
}

/** One file, checked on its own; an error nobody foresaw becomes a problem of that file, not a stack trace. */
function checkFile(contentDir: string, rel: string): CheckedFile {
  const file = `content/${rel}`
  const problems: ContentProblem[] = []
  const broken = new Set<string>()
  const report: Report = (field, message) => {
    problems.push({ file, field, message })
    broken.add(rootField(field))
  }
  try {
    return checkFileAs(contentDir, rel, report, problems, broken)
  } catch (error) {
    report('file', `could not be read: ${error instanceof Error ? error.message : String(error)}`)
    broken.add(WHOLE_FILE)
    return { problems, broken }
  }
}

function checkFileAs(contentDir: string, rel: string, report: Report, problems: ContentProblem[], broken: Set<string>): CheckedFile {
  const spec = documentSpecs.find((s) => micromatch.isMatch(rel, s.filePathPattern))
  if (!spec) {
    const kinds = documentSpecs.map((s) => `${s.name}: content/${s.filePathPattern}`).join('; ')
    report('file', `is not a kind of content the site knows (${kinds}); move or rename it, or delete it`)
    return { problems, broken }
  }
  const parsed = parseFile(contentDir, rel, spec, report) ?? { data: {}, body: '', text: '' }
  // A file that cannot be read still exists: other files may name it without a second error.
  if (broken.has('front matter') || broken.has('file')) broken.add(WHOLE_FILE)
  else checkFields(parsed.data, spec.fields, '', report)

  const fields: object = Object.fromEntries(
    spec.fields.map((f) => [f.name, usableValue(f, parsed.data[f.name], broken.has(f.name))]),
  )
  const _raw = { sourceFilePath: rel, sourceFileName: path.posix.basename(rel) }
  const body = { raw: parsed.body }
  const document: CheckedFile['document'] =
    spec.name === 'Article'
      ? { kind: 'articles', value: { ...(fields as Of<'articles'>), body, _raw, bodyFile: `${bodyKey(parsed.body)}.json`, sourceText: parsed.text } }
      : spec.name === 'Author'
        ? { kind: 'authors', value: { ...(fields as Of<'authors'>), body, _raw } }
        : spec.name === 'Tag'
          ? { kind: 'tags', value: { ...(fields as Of<'tags'>), _raw } }
          : { kind: 'sections', value: { ...(fields as Of<'sections'>), _raw } }
  return { problems, broken, document }
}

/**
 * What the dev server keeps between saves: each file's check, with the time and size it was read at.
 * A file whose time and size are unchanged is not read again.
 */
export type CheckMemo = Map<string, CheckedFile & { mtimeMs: number; size: number }>

/** Every file checked on its own (checkFiles), before the checks that need every document and body. */
export type CheckedFiles = {
  /** Each file's own problems, in file order. */
  problems: ContentProblem[]
  documents: ContentDocuments
  /** Per file (content/<path>), the fields with a problem of their own; WHOLE_FILE when none could be read. */
  broken: Map<string, Set<string>>
  /** The files read by this call (with a memo, the ones changed since the last call). */
  reread: string[]
}

/**
 * Checks each file under `contentDir` on its own: its kind, its fields against the content model, its text
 * against the rule for editor text (text.ts). With a memo (the dev server's), only files changed since the
 * last call are read. Never throws for what a file contains.
 */
export function checkFiles(contentDir: string, memo?: CheckMemo): CheckedFiles {
  const problems: ContentProblem[] = []
  const broken = new Map<string, Set<string>>()
  const documents: ContentDocuments = { articles: [], authors: [], sections: [], tags: [] }
  const files = listFiles(contentDir)
  const reread: string[] = []

  for (const rel of files) {
    let checked: CheckedFile
    if (memo) {
      // A file listed but gone (a dangling link, a file deleted meanwhile) is read again, and reported, each time.
      const stat = fs.statSync(path.join(contentDir, rel), { throwIfNoEntry: false })
      const known = memo.get(rel)
      if (stat && known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) checked = known
      else {
        checked = checkFile(contentDir, rel)
        if (stat) memo.set(rel, { ...checked, mtimeMs: stat.mtimeMs, size: stat.size })
        else memo.delete(rel)
        reread.push(rel)
      }
    } else {
      checked = checkFile(contentDir, rel)
      reread.push(rel)
    }
    problems.push(...checked.problems)
    broken.set(`content/${rel}`, checked.broken)
    const { document } = checked
    if (document?.kind === 'articles') documents.articles.push(document.value)
    else if (document?.kind === 'authors') documents.authors.push(document.value)
    else if (document?.kind === 'sections') documents.sections.push(document.value)
    else if (document?.kind === 'tags') documents.tags.push(document.value)
  }
  if (memo) {
    const present = new Set(files)
    for (const rel of memo.keys()) if (!present.has(rel)) memo.delete(rel)
  }
  return { problems, documents, broken, reread }
}

/**
 * The checks that need every document at once, and what the compile read from each body (`bodies`, by
 * path relative to the content folder: components, AlsoOn and Embed attributes, plain text), then the light
 * index. `problems` is every problem, the files' own included, in file order.
 */
export function crossCheck(files: CheckedFiles, publicDir: string, bodies: Map<string, BodyFacts>): CheckedSource {
  const problems = [...files.problems]
  // A file's cross-file problems are left out for fields that already have a problem of their own
  // (they were checked with an empty stand-in value).
  const built = buildIndex(files.documents, publicDir, bodies)
  for (const p of built.problems) {
    const broken = files.broken.get(p.file)
    if (!broken?.has(rootField(p.field)) && !broken?.has(WHOLE_FILE)) problems.push(p)
  }
  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file)), documents: files.documents, index: built.index }
}
