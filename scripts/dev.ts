// `npm run dev`: `next dev`, with the content rebuilt from content/ on every save: the check, the compile
// of changed bodies and the light index (content-build.ts), as `npm run content` does. A broken file
// shows its problems here and the site keeps the last good content until it is fixed.
//
// contentlayer2's watcher does not run here. The site does not read contentlayer2's output (the index is
// built from the check, which reads every field as contentlayer2 does: tests/content-check/
// contentlayer-agreement.test.ts), so in development it would only repeat the check, at a cost measured at
// 10,000 articles of 870 MB of the dev server's 1.76 GB and a core for a minute at every start. Every
// build still runs contentlayer2 (`npm run content`), and so does every deploy and `npm test`.
//
// The first page should come fast on two cores that `next dev` needs to itself: next dev starts first,
// and the content is not rebuilt at start when nothing changed since the index was written.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { contentDir, lightIndexFile } from '../lib/content/paths'

const children: ChildProcess[] = []
const run = (command: string, args: string[]) => {
  const child = spawn(command, args, { stdio: 'inherit' })
  children.push(child)
  child.on('exit', (code) => shutdown(code ?? 0))
  return child
}
const shutdown = (code: number) => {
  for (const child of children) child.kill()
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

// next dev first: it needs the most time to its first page, and the content code below takes a second to load.
run(path.join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)])
const { formatProblem, writeIndexes } = await import('../lib/content/build-index')
const { checkAndCompile } = await import('../lib/content/content-build')

let lastReport = ''
async function reindex() {
  const { problems, documents, index } = await checkAndCompile()
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
  writeIndexes(documents, index)
  console.log(`[content] index updated: ${index.articles.length} articles`)
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
  if (!fs.existsSync(lightIndexFile)) return false
  return !changedSince(fs.statSync(lightIndexFile).mtimeMs, contentDir, path.join('lib', 'content'))
}

fs.watch(contentDir, { recursive: true }, () => reindexSoon())
if (indexIsCurrent()) console.log('[content] index is current')
else reindexSoon(0)
