// The content half of `npm run dev` (scripts/dev.mjs starts next dev, then calls watchContent): the content is
// rebuilt from content/ on every save: the check, the compile of changed bodies and the light index
// (content-build.ts), as `npm run content` does. A broken file shows its problems here and the site
// keeps the last good content until it is fixed.
//
// contentlayer2's watcher does not run here. The site does not read contentlayer2's output (the index is
// built from the check, which reads every field as contentlayer2 does: tests/content-check/
// contentlayer-agreement.test.ts), so in development it would only repeat the check, at a cost measured at
// 10,000 articles of 870 MB of the dev server's 1.76 GB and a core for a minute at every start. Every
// build still runs contentlayer2 (`npm run content`), and so does every deploy and `npm test`.
import fs from 'node:fs'
import path from 'node:path'
import { formatProblem } from './build-index'
import { contentBuilder, databaseInput, publishRedirects } from './content-build'
import { contentDatabaseFile, contentDir, contentProblemsFile } from '../content/paths'
import { openContentDatabaseForUpdates, syncContentDatabase, writeContentDatabase } from './write-database'
import { watchFolders } from './watch-folders'

// Kept between saves, so that a save reads, compiles and indexes only what changed: at 10,000 articles
// about 2 s instead of 13 s. The cross-file checks and the light index still cover every file.
const buildContent = contentBuilder()
// The content database stays open here; a save rewrites only the stories it changed.
let database: ReturnType<typeof openContentDatabaseForUpdates> | undefined

let lastReport = ''
async function reindex() {
  const started = performance.now()
  const { problems, documents, index, bodies } = await buildContent()
  // The site shows these on every page (components/layout/ContentProblems.tsx), where the editor looks.
  if (problems.length > 0) {
    fs.mkdirSync(path.dirname(contentProblemsFile), { recursive: true })
    fs.writeFileSync(contentProblemsFile, JSON.stringify(problems))
  } else fs.rmSync(contentProblemsFile, { force: true })
  if (!documents || !index) {
    // An editor's save can fire the watcher more than once; say it once.
    const report = problems.map(formatProblem).join('\n')
    if (report === lastReport) return
    lastReport = report
    console.error(`\n[content] ${problems.length} problem(s); still serving the last good content:`)
    for (const p of problems) console.error(`  ${formatProblem(p)}`)
    return
  }
  lastReport = ''
  const input = databaseInput({ documents, index, bodies })
  if (database) syncContentDatabase(database, input)
  else {
    // The first time: from the database the last build or dev session wrote, when this writer wrote it.
    writeContentDatabase(contentDatabaseFile, input, contentDatabaseFile)
    database = openContentDatabaseForUpdates(contentDatabaseFile)
  }
  publishRedirects(index)
  console.log(`[content] index updated: ${index.articles.length} articles (${Math.round(performance.now() - started)} ms)`)
}

let timer: NodeJS.Timeout | undefined
let running: Promise<void> | undefined
let runAgain = false
// One reindex at a time; saves made while one runs are picked up by one more run after it.
function reindexSoon(delayMs = 300) {
  clearTimeout(timer)
  timer = setTimeout(() => {
    if (running) {
      runAgain = true
      return
    }
    running = reindex()
      .catch((error) => console.error('[content] reindex failed:', error))
      .finally(() => {
        running = undefined
        if (runAgain) {
          runAgain = false
          reindexSoon()
        }
      })
  }, delayMs)
}

/** Whether a file or folder under these paths changed after `time` (ms). */
function changedSince(time: number, ...paths: string[]): boolean {
  return paths.some((p) => {
    const stat = fs.statSync(p)
    if (stat.mtimeMs > time) return true
    return stat.isDirectory() && fs.readdirSync(p).some((name) => changedSince(time, path.join(p, name)))
  })
}

/** The index is current when neither the content nor the code that builds it changed after it was written. */
function indexIsCurrent(): boolean {
  if (!fs.existsSync(contentDatabaseFile)) return false
  return !changedSince(fs.statSync(contentDatabaseFile).mtimeMs, contentDir, path.join('lib', 'content'), path.join('lib', 'content-build'))
}

/** Rebuilds the content at once unless the index is current, then on every change under content/. */
export function watchContent() {
  watchFolders(contentDir, () => reindexSoon())
  if (indexIsCurrent()) console.log('[content] index is current')
  else reindexSoon(0)
}
