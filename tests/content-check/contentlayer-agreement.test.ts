// The site publishes what the content check reads from the files (check-source.ts); contentlayer2 checks
// and types the same files in the same build. Both must read every field of every document alike, or
// a value could pass one and be published differently by the other. This runs the content build and
// compares the two, field by field, on the sample newsroom (every kind of field is used there).
// One difference is by design: the check stores text in NFC (lib/content-build/text.ts) and contentlayer2 keeps it
// as written. The site publishes the check's values (contentlayer2's output is only its second opinion on
// types), so contentlayer2's text is compared after the same normalisation: they must agree on everything else.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkFiles } from '../../lib/content-build/check-source'
import { normalizeText } from '../../lib/content-build/text'
import { CHECK_TIMEOUT, fixtureProject } from './harness'

const repo = path.resolve(import.meta.dirname, '../..')

type Doc = { _raw: { sourceFilePath: string }; body?: { raw: string } } & Record<string, unknown>

/** Without what contentlayer2 adds to each document and group of fields (its type name and file data), text in NFC. */
function withoutBookkeeping(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBookkeeping)
  if (typeof value === 'string') return normalizeText(value)
  if (typeof value !== 'object' || value === null) return value
  const { _id, _raw, type, ...fields } = value as Record<string, unknown>
  return Object.fromEntries(Object.entries(fields).map(([key, v]) => [key, withoutBookkeeping(v)]))
}

/** A document's fields and body text. */
function fieldsOf(doc: Doc) {
  const { body, bodyFile, sourceText, ...fields } = doc
  return { ...(withoutBookkeeping(fields) as object), body: body && normalizeText(body.raw) }
}

function generatedDocs(root: string, type: string): Doc[] {
  const dir = path.join(root, '.contentlayer', 'generated', type)
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.startsWith('_'))
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))
}

describe('contentlayer2 and the content check', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('read every field of every sample document alike', () => {
    project = fixtureProject()
    fs.rmSync(path.join(project.root, 'content'), { recursive: true })
    fs.rmSync(path.join(project.root, 'public'), { recursive: true })
    fs.cpSync(path.join(repo, 'content'), path.join(project.root, 'content'), { recursive: true })
    fs.symlinkSync(path.join(repo, 'public'), path.join(project.root, 'public'))
    const run = project.content()
    expect(run.status, run.stderr).toBe(0)

    const { problems, documents } = checkFiles(path.join(project.root, 'content'))
    expect(problems).toEqual([])
    const kinds = [
      ['Article', documents.articles],
      ['Author', documents.authors],
      ['Section', documents.sections],
      ['Tag', documents.tags],
    ] as const
    for (const [type, checked] of kinds) {
      const generated = new Map(generatedDocs(project.root, type).map((doc) => [doc._raw.sourceFilePath, doc]))
      expect(generated.size).toBe(checked.length)
      for (const doc of checked as unknown as Doc[]) {
        const fromContentlayer = generated.get(doc._raw.sourceFilePath)
        expect(fromContentlayer, doc._raw.sourceFilePath).toBeDefined()
        expect(fieldsOf(doc), doc._raw.sourceFilePath).toEqual(fieldsOf(fromContentlayer!))
      }
    }
    // The sample uses the fields whose values are converted: corrections' dates and an update time.
    expect(documents.articles.some((a) => a.corrections.length > 0)).toBe(true)
    expect(documents.articles.some((a) => a.updated)).toBe(true)
    expect(documents.tags.some((t) => t.description)).toBe(true)
  })
})
