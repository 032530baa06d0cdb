// `npm run dev`: `next dev`, with the content rebuilt from content/ on every save: the check, the compile
// of changed bodies and the light index (content-build.ts), as `npm run content` does. contentlayer2's
// watcher runs beside them for its own checks and types (its Next plugin does not run under Turbopack); it
// starts once the first index is written, so that it does not hold up the first page.
// A broken file shows its problems here and the site keeps the last good content until it is fixed.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildIndex, formatProblem, writeIndexes } from '../lib/content/build-index'
import { checkAndCompile } from '../lib/content/content-build'
import { contentDir, publicDir } from '../lib/content/paths'

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

let lastReport = ''
async function reindex() {
  const { problems: sourceProblems, documents } = await checkAndCompile()
  const built = documents && buildIndex(documents, publicDir)
  const problems = built?.problems ?? sourceProblems
  if (!documents || !built || problems.length > 0) {
    // An editor's save can fire the watcher more than once; say it once.
    const report = problems.map(formatProblem).join('\n')
    if (report === lastReport) return
    lastReport = report
    console.error(`\n[content] ${problems.length} problem(s); still serving the last good content:`)
    for (const p of problems) console.error(`  ${formatProblem(p)}`)
    return
  }
  lastReport = ''
  writeIndexes(documents, built.index)
  console.log(`[content] index updated: ${built.index.articles.length} articles`)
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

fs.watch(contentDir, { recursive: true }, () => reindexSoon())
reindexSoon(0)
run(path.join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)])
const startWatcher = setInterval(() => {
  if (running) return
  clearInterval(startWatcher)
  run(process.execPath, ['scripts/contentlayer.mjs', 'dev'])
}, 500)
