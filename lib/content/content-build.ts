// The steps of the content build that `npm run content`, `npm run check:content` and `npm run dev`
// share: the check, the compile of every body, and the caches kept from one build to the next.
import fs from 'node:fs'
import path from 'node:path'
import { linkBody } from './body-store'
import { formatProblem, withAuthorBios, type ContentDocuments, type ContentProblem } from './build-index'
import { checkContent, listFiles } from './check-source'
import { compileBodies, type CompiledBodies } from './compile-bodies'
import { bodiesDir, buildCacheDir, contentDir, contentlayerDir, publicDir } from './paths'
import type { ContentIndex } from './types'

const cachedBodiesDir = path.join(buildCacheDir, 'bodies')
const contentlayerCacheDir = path.join(contentlayerDir, '.cache')
const cachedContentlayerDir = path.join(buildCacheDir, 'contentlayer2')

export type CheckedContent = {
  /** Every problem, in file order. */
  problems: ContentProblem[]
  /** The documents and the light index made from them; only when there is no problem. */
  documents?: ContentDocuments
  index?: ContentIndex
  bodies: CompiledBodies
}

/** Compiles every MDX body of the content folder into the body store (compile-bodies.ts). */
export function compileContentBodies(): Promise<CompiledBodies> {
  const files = listFiles(contentDir).filter((rel) => rel.endsWith('.mdx'))
  return compileBodies({ contentDir, bodiesDir, cacheDirs: [cachedBodiesDir], files })
}

/**
 * Every problem of the content folder: each file's fields and the references between files
 * (check-source.ts), and each MDX body, which is compiled into the body store on the way. Without
 * problems, also what the site is built from: the documents and the light index.
 */
export async function checkAndCompile(): Promise<CheckedContent> {
  const compiling = compileContentBodies()
  // The check runs on this thread while the workers compile.
  const source = checkContent(contentDir, publicDir)
  const bodies = await compiling
  const problems = [...source.problems, ...bodies.problems].sort((a, b) => a.file.localeCompare(b.file))
  if (problems.length > 0) return { problems, bodies }
  // The check names each body by hashing the text it read; the compile stored it under its own hash.
  for (const a of source.documents.articles)
    if (`${bodies.keys.get(a._raw.sourceFilePath)}.json` !== a.bodyFile)
      throw new Error(`content/${a._raw.sourceFilePath}: the check and the compile read different bodies`)
  const index = withAuthorBios(source.index, source.documents, { keys: bodies.keys, dir: bodiesDir })
  return { problems, bodies, documents: source.documents, index }
}

export function printProblems(problems: ContentProblem[]) {
  console.error(`Content check failed: ${problems.length} problem(s). Nothing was published.\n`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  console.error('\nWhat each message means: docs/editing.md#error-messages\n')
}

/** Brings back contentlayer2's cache from the build cache when this checkout has none (a fresh clone on CI or Vercel). */
export function restoreBuildCache() {
  if (!fs.existsSync(contentlayerCacheDir) && fs.existsSync(cachedContentlayerDir))
    fs.cpSync(cachedContentlayerDir, contentlayerCacheDir, { recursive: true })
}

/**
 * After a good build: keeps contentlayer2's cache and the bodies in use in the build cache (bodies as
 * hard links, so they cost no space), and removes bodies no content uses any more from both places.
 */
export function saveBuildCache(keys: Iterable<string>) {
  const inUse = new Set([...keys].map((key) => `${key}.json`))
  fs.mkdirSync(cachedBodiesDir, { recursive: true })
  for (const dir of [bodiesDir, cachedBodiesDir])
    for (const file of fs.readdirSync(dir)) if (!inUse.has(file)) fs.rmSync(path.join(dir, file), { force: true })
  const cached = new Set(fs.readdirSync(cachedBodiesDir))
  for (const file of inUse) if (!cached.has(file)) linkBody(path.join(bodiesDir, file), path.join(cachedBodiesDir, file))
  if (fs.existsSync(contentlayerCacheDir)) {
    fs.rmSync(cachedContentlayerDir, { recursive: true, force: true })
    fs.cpSync(contentlayerCacheDir, cachedContentlayerDir, { recursive: true })
  }
}
