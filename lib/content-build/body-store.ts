// The body store: every compiled MDX body, as JSON (mdx-compile.ts: CompiledBody, its code and what the
// build needs from it: plain text, components) named by a hash of its text and of its compiler (bodyKey).
// The article page and search snippets read one file from it; the content build fills it.
import fs from 'node:fs'
import path from 'node:path'
import { bodyKey, compileMdxBody, splitBody, type BodyFacts, type BodyProblem, type CompiledBody } from './mdx-compile'
import { decodeEditorText } from './text'

export type StoreOptions = {
  contentDir: string
  bodiesDir: string
  /** Folders of bodies kept by earlier builds, looked in before compiling. */
  cacheDirs: string[]
}

export type CompileResult =
  | { rel: string; key: string; compiled: boolean; facts: BodyFacts }
  | { rel: string; problems: BodyProblem[] }

/**
 * Puts a stored body at `to`: a hard link costs no copy; a copy where links cannot cross (another file
 * system). False when there is no such body; true when `to` is there, now or already.
 */
export function linkBody(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return false
    if (code !== 'EEXIST') fs.copyFileSync(from, to)
  }
  return true
}

/** Puts a body compiled by an earlier build back into the store. */
const restore = (file: string, { bodiesDir, cacheDirs }: StoreOptions) =>
  cacheDirs.some((dir) => linkBody(path.join(dir, file), path.join(bodiesDir, file)))

/** What a stored body says besides its code. */
function factsOf({ code: _code, ...facts }: CompiledBody): BodyFacts {
  return facts
}

/**
 * Makes sure the body of one MDX file (relative to the content folder) is in the store, and gives what the
 * build needs from it (BodyFacts), or its problems. An error nobody foresaw is a problem of the file too.
 */
export async function storeBody(rel: string, options: StoreOptions, writerId: string): Promise<CompileResult> {
  try {
    return await storeBodyOf(rel, options, writerId)
  } catch (error) {
    return { rel, problems: [{ field: 'body', message: `could not be compiled: ${error instanceof Error ? error.message : String(error)}` }] }
  }
}

async function storeBodyOf(rel: string, options: StoreOptions, writerId: string): Promise<CompileResult> {
  // Read as the content check reads it (text.ts), so that both give the body the same key.
  const { body, firstLine } = splitBody(decodeEditorText(fs.readFileSync(path.join(options.contentDir, rel))))
  const key = bodyKey(body)
  const file = `${key}.json`
  const stored = path.join(options.bodiesDir, file)
  if (fs.existsSync(stored) || restore(file, options)) {
    const facts = factsOf(JSON.parse(fs.readFileSync(stored, 'utf8')))
    return { rel, key, compiled: false, facts }
  }
  const result = await compileMdxBody(body, firstLine)
  if ('problems' in result) return { rel, problems: result.problems }
  // Written under a temporary name first, so that a reader (or another worker) never sees half a file.
  const temporary = path.join(options.bodiesDir, `.${file}.${writerId}`)
  fs.writeFileSync(temporary, JSON.stringify(result.compiled))
  fs.renameSync(temporary, stored)
  return { rel, key, compiled: true, facts: factsOf(result.compiled) }
}
