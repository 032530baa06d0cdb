// The steps of the content build that `npm run content`, `npm run check:content` and `npm run dev`
// share: the check, the compile of every body, and the caches kept from one build to the next.
import fs from 'node:fs'
import path from 'node:path'
import { linkBody } from './body-store'
import { formatProblem, searchDocuments, withAuthorBios, type ContentDocuments, type ContentProblem } from './build-index'
import { checkFiles, crossCheck, listFiles, loadFrontMatterCache, saveFrontMatterCache, type CheckMemo } from './check-source'
import { compileBodies, type CompiledBodies } from './compile-bodies'
import type { BodyFacts, CompiledBody } from './mdx-compile'
import { bodiesDir, buildCacheDir, contentDatabaseFile, contentDir, contentStoreFile, publicDir, redirectsFile } from '../content/paths'
import { publishToRedis } from './publish-redis'
import { redirectTable } from './redirects'
import { writeContentDatabase, type DatabaseInput } from './write-database'
import type { ContentIndex } from '../content/types'

const cachedBodiesDir = path.join(buildCacheDir, 'bodies')
/** The front matter the last good build read (check-source.ts: loadFrontMatterCache). */
const cachedFrontMatterFile = path.join(buildCacheDir, 'front-matter.json')
/** The last good build's content database: the next build starts from it (write-database.ts). */
const cachedDatabaseFile = path.join(buildCacheDir, 'content.db')
// Where builds kept contentlayer2's document cache before it was given only the changed files
// (contentlayer-run.ts); removed so that a restored build cache does not carry it on.
const formerContentlayerCacheDir = path.join(buildCacheDir, 'contentlayer2')

export type CheckedContent = {
  /** Every problem, in file order. */
  problems: ContentProblem[]
  /** The documents and the light index made from them; only when there is no problem. */
  documents?: ContentDocuments
  index?: ContentIndex
  /** Every body that compiled: its key in the body store and what the build needs from it (plain text, …). */
  bodies: CompiledBodies
}

const isMdx = (rel: string) => rel.endsWith('.mdx')

/**
 * Every problem of the content folder: each file's fields (check-source.ts), each MDX body, which is
 * compiled into the body store on the way (mdx-compile.ts), and the references between files and bodies
 * (check-source.ts crossCheck, with what the compile read from each body). Without
 * problems, also what the site is built from: the documents and the light index.
 */
export const checkAndCompile = (): Promise<CheckedContent> => contentBuilder()()

/**
 * The same, as a function to call again after files change (the dev server, on every save): a later
 * call reads and compiles only the files changed since the one before. The cross-file checks and the
 * light index always cover every document.
 */
export function contentBuilder(
  dirs: { contentDir: string; publicDir: string; bodiesDir: string; cacheDirs: string[] } = {
    contentDir,
    publicDir,
    bodiesDir,
    cacheDirs: [cachedBodiesDir],
  },
): () => Promise<CheckedContent> {
  const compileContentBodies = (files: string[]) =>
    compileBodies({ contentDir: dirs.contentDir, bodiesDir: dirs.bodiesDir, cacheDirs: dirs.cacheDirs, files })
  const checked: CheckMemo = new Map()
  // Per MDX file, the outcome of its last compile.
  const compiled = new Map<string, { key: string; facts: BodyFacts } | { problems: ContentProblem[] }>()

  return async () => {
    // The first time, every body compiles in the workers while the files are checked on this thread.
    const first = checked.size === 0
    if (first && dirs.contentDir === contentDir) loadFrontMatterCache(cachedFrontMatterFile)
    const compilingAll = first ? compileContentBodies(listFiles(dirs.contentDir).filter(isMdx)) : undefined
    const files = checkFiles(dirs.contentDir, checked)
    const bodies = await (compilingAll ?? compileContentBodies(files.reread.filter(isMdx)))

    const reread = new Set(files.reread)
    for (const rel of compiled.keys()) if (!checked.has(rel) || reread.has(rel)) compiled.delete(rel)
    for (const [rel, key] of bodies.keys) compiled.set(rel, { key, facts: bodies.facts.get(rel)! })
    for (const p of bodies.problems) {
      const rel = p.file.replace(/^content\//, '')
      const known = compiled.get(rel)
      if (known && 'problems' in known) known.problems.push(p)
      else compiled.set(rel, { problems: [p] })
    }
    const keys = new Map<string, string>()
    const facts = new Map<string, BodyFacts>()
    const compileProblems: ContentProblem[] = []
    for (const [rel, outcome] of compiled) {
      if ('key' in outcome) {
        keys.set(rel, outcome.key)
        facts.set(rel, outcome.facts)
      } else compileProblems.push(...outcome.problems)
    }
    const all = { keys, facts, problems: compileProblems, compiledCount: bodies.compiledCount }
    const source = crossCheck(files, dirs.publicDir, facts)

    const problems = [...source.problems, ...compileProblems].sort((a, b) => a.file.localeCompare(b.file))
    if (problems.length > 0) return { problems, bodies: all }
    // The check names each body by hashing the text it read; the compile stored it under its own hash.
    for (const a of source.documents.articles)
      if (`${keys.get(a._raw.sourceFilePath)}.json` !== a.bodyFile)
        throw new Error(`content/${a._raw.sourceFilePath}: the check and the compile read different bodies`)
    const index = withAuthorBios(source.index, source.documents, { keys, dir: dirs.bodiesDir })
    return { problems, bodies: all, documents: source.documents, index }
  }
}

/**
 * Publishes checked content where the server will read it: the content database (database.ts), or, when
 * CONTENT_REDIS_URL is set, Redis (publish-redis.ts); and the redirect table next.config.js reads
 * (redirects.ts). Returns what it did, for the build's log. Throws when the content cannot be written.
 */
export async function publishContent(checked: PublishableContent): Promise<string> {
  publishRedirects(checked.index)
  const redisUrl = process.env.CONTENT_REDIS_URL
  if (!redisUrl) {
    fs.rmSync(contentStoreFile, { force: true })
    writeContentDatabase(contentDatabaseFile, databaseInput(checked), cachedDatabaseFile)
    return `content database ${(fs.statSync(contentDatabaseFile).size / 1024).toFixed(0)} KB`
  }
  const { prefix, written } = await publishToRedis(redisUrl, databaseInput(checked))
  fs.rmSync(contentDatabaseFile, { force: true })
  fs.writeFileSync(contentStoreFile, JSON.stringify({ redis: prefix }))
  return `content in Redis under ${prefix}${written ? '' : ' (already there)'}`
}

/** Writes the redirect table that next.config.js reads (redirects.ts). */
export function publishRedirects(index: ContentIndex) {
  fs.mkdirSync(path.dirname(redirectsFile), { recursive: true })
  fs.writeFileSync(redirectsFile, JSON.stringify(redirectTable(index)))
}

type PublishableContent = Required<Pick<CheckedContent, 'documents' | 'index' | 'bodies'>>

/** What the content database is written from: the index, the bodies compiled into `dir`, the search documents. */
export function databaseInput({ documents, index, bodies }: PublishableContent, dir = bodiesDir): DatabaseInput {
  return {
    index,
    body: (bodyFile) => {
      const { code, text }: CompiledBody = JSON.parse(fs.readFileSync(path.join(dir, bodyFile), 'utf8'))
      return { code, text }
    },
    searchDocuments: searchDocuments(documents, index, bodies.facts),
  }
}

/** Removes what publishContent wrote: after a failed build nothing is published. */
export function unpublishContent() {
  fs.rmSync(contentDatabaseFile, { force: true })
  fs.rmSync(contentStoreFile, { force: true })
  fs.rmSync(redirectsFile, { force: true })
}

export function printProblems(problems: ContentProblem[]) {
  console.error(`Content check failed: ${problems.length} problem(s). Nothing was published.\n`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  console.error('\nWhat each message means: docs/editing.md#error-messages\n')
}

/**
 * After a good build: keeps the front matter read, the bodies in use and the content database in the build cache (as hard links,
 * so they cost no space; builds replace the database, never change it in place), and removes bodies no
 * content uses any more from both places. (contentlayer2's record of the files built is kept by
 * contentlayer-run.ts.)
 */
export function saveBuildCache(keys: Iterable<string>) {
  fs.mkdirSync(buildCacheDir, { recursive: true })
  saveFrontMatterCache(cachedFrontMatterFile)
  fs.rmSync(cachedDatabaseFile, { force: true })
  if (fs.existsSync(contentDatabaseFile)) linkBody(contentDatabaseFile, cachedDatabaseFile)
  const inUse = new Set([...keys].map((key) => `${key}.json`))
  fs.mkdirSync(cachedBodiesDir, { recursive: true })
  for (const dir of [bodiesDir, cachedBodiesDir])
    for (const file of fs.readdirSync(dir)) if (!inUse.has(file)) fs.rmSync(path.join(dir, file), { force: true })
  const cached = new Set(fs.readdirSync(cachedBodiesDir))
  for (const file of inUse) if (!cached.has(file)) linkBody(path.join(bodiesDir, file), path.join(cachedBodiesDir, file))
  fs.rmSync(formerContentlayerCacheDir, { recursive: true, force: true })
}
