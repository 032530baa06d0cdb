// `npm run dev`: contentlayer2 in watch mode, the light index rebuilt whenever it writes, and
// `next dev` beside them (contentlayer2's Next plugin does not run under Turbopack).
// A broken file shows its problems here (the content check's messages, then contentlayer2's own) and
// the site keeps the last good content until it is fixed; contentlayer2 dev itself recovers on the next save.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildIndex, formatProblem, readGenerated, writeIndexes } from '../lib/content/build-index'
import { checkContent } from '../lib/content/check-source'
import { contentDir, generatedDir, publicDir } from '../lib/content/paths'

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
function reindex() {
  const sourceProblems = checkContent(contentDir, publicDir)
  let generated: ReturnType<typeof readGenerated> | undefined
  if (sourceProblems.length === 0) {
    try {
      generated = readGenerated(generatedDir, contentDir)
    } catch (error) {
      // contentlayer2 rewrites every document when it starts (thousands of files in a large newsroom),
      // so a file can be caught half-written; read again once it has moved on.
      console.log(`[content] generated files are still being written (${(error as Error).message}); reading again shortly`)
      reindexSoon(RETRY_DELAY_MS)
      return
    }
  }
  const built = generated && buildIndex(generated, publicDir)
  const problems = built?.problems ?? sourceProblems
  if (!generated || !built || problems.length > 0) {
    // Both watchers fire on one save; say it once.
    const report = problems.map(formatProblem).join('\n')
    if (report === lastReport) return
    lastReport = report
    console.error(`\n[content] ${problems.length} problem(s); still serving the last good content:`)
    for (const p of problems) console.error(`  ${formatProblem(p)}`)
    return
  }
  lastReport = ''
  writeIndexes(generated, built.index)
  console.log(`[content] index updated: ${built.index.articles.length} articles`)
}

const RETRY_DELAY_MS = 2000
let timer: NodeJS.Timeout | undefined
const reindexSoon = (delayMs = 300) => {
  clearTimeout(timer)
  timer = setTimeout(reindex, delayMs)
}

const bin = (name: string) => path.join('node_modules', '.bin', name)
run(bin('contentlayer2'), ['dev'])
// contentlayer2 rewrites each type's _index.json on every change (and may replace the folders, which
// defeats fs.watch), so poll those files by path.
for (const type of ['Article', 'Author', 'Section']) {
  fs.watchFile(path.join(generatedDir, type, '_index.json'), { interval: 400 }, () => reindexSoon())
}
// contentlayer2 writes nothing while a file is broken: watch the sources too, so the check's messages show.
fs.watch(contentDir, { recursive: true }, () => reindexSoon())
run(bin('next'), ['dev', ...process.argv.slice(2)])
