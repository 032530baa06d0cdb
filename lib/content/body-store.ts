// The body store: every compiled MDX body, as JSON ({ code, raw }) named by a hash of its text and of
// its compiler (bodyKey). The article page reads one file from it; the content build fills it.
import fs from 'node:fs'
import path from 'node:path'
import { bodyKey, compileMdxBody, splitBody, type BodyProblem, type CompiledBody } from './mdx-compile'

export type StoreOptions = {
  contentDir: string
  bodiesDir: string
  /** Folders of bodies kept by earlier builds, looked in before compiling. */
  cacheDirs: string[]
}

export type CompileResult =
  | { rel: string; key: string; compiled: boolean }
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

/** Makes sure the body of one MDX file (relative to the content folder) is in the store. */
export async function storeBody(rel: string, options: StoreOptions, writerId: string): Promise<CompileResult> {
  const { body, firstLine } = splitBody(fs.readFileSync(path.join(options.contentDir, rel), 'utf8'))
  const key = bodyKey(body)
  const file = `${key}.json`
  if (fs.existsSync(path.join(options.bodiesDir, file)) || restore(file, options)) return { rel, key, compiled: false }
  const result = await compileMdxBody(body, firstLine)
  if ('problems' in result) return { rel, problems: result.problems }
  const stored: CompiledBody = { code: result.code, raw: body }
  // Written under a temporary name first, so that a reader (or another worker) never sees half a file.
  const temporary = path.join(options.bodiesDir, `.${file}.${writerId}`)
  fs.writeFileSync(temporary, JSON.stringify(stored))
  fs.renameSync(temporary, path.join(options.bodiesDir, file))
  return { rel, key, compiled: true }
}
