// Compiles one MDX body to the function body that components/mdx/MdxContent runs, or says what is
// wrong with it in editors' words. The content build runs this in a worker per core (compile-bodies.ts)
// and keeps every result under its content hash, so a body is compiled once, not on every build.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createProcessor } from '@mdx-js/mdx'
import matter from 'gray-matter'
import { remarkPlugins } from './model'

export type BodyProblem = { field: string; message: string }
export type CompiledBody = { code: string; raw: string }

const processor = createProcessor({ remarkPlugins, outputFormat: 'function-body' })

/** The body of an MDX file (the text after the front matter) and the line of the file it starts on. */
export function splitBody(sourceText: string): { body: string; firstLine: number } {
  // The front matter is checked elsewhere (check-source.ts); only its length matters here.
  const body = matter(sourceText, { engines: { yaml: () => ({}) } }).content
  return { body, firstLine: sourceText.slice(0, sourceText.length - body.length).split('\n').length }
}

type MdxNode = { type: string; position?: { start: { line: number } }; children?: MdxNode[] }

export async function compileMdxBody(body: string, firstLine: number): Promise<{ code: string } | { problems: BodyProblem[] }> {
  let tree: MdxNode
  try {
    tree = processor.parse(body) as MdxNode
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string }
    if (reason === undefined) throw error
    const field = line === undefined ? 'body' : `body (line ${line + firstLine - 1})`
    const message = `${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/g, '')}. MDX is stricter than Markdown: close every component (<Callout>…</Callout> or <Figure … />) and write \\{ or \\< for a literal brace or angle bracket`
    return { problems: [{ field, message }] }
  }
  const problems: BodyProblem[] = []
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm')
      problems.push({
        field: `body (line ${(node.position?.start.line ?? 1) + firstLine - 1})`,
        message: 'import and export lines are not allowed; use the components listed in docs/editing.md',
      })
    node.children?.forEach(visit)
  }
  visit(tree)
  if (problems.length > 0) return { problems }
  const estree = await processor.run(tree as never)
  return { code: String(processor.stringify(estree)) }
}

/**
 * What the compiled code depends on besides the body: the compiler and its plugins (exact versions,
 * pinned in package.json) and this file. A change to any of them gives every body a new key.
 */
function compilerFingerprint(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'))
  const deps = { ...pkg.dependencies, ...pkg.devDependencies }
  const self = fs.readFileSync(new URL(import.meta.url), 'utf8')
  return JSON.stringify([deps['@mdx-js/mdx'], deps['remark-gfm'], self])
}

let fingerprint: string | undefined
/** The name a compiled body is stored under: a hash of the body and of everything that compiles it. */
export function bodyKey(body: string): string {
  fingerprint ??= compilerFingerprint()
  return crypto.createHash('sha256').update(fingerprint).update('\0').update(body).digest('hex').slice(0, 32)
}
