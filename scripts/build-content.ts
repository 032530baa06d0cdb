// `npm run content`, the first step of `npm run build`: checks every file and compiles every MDX body
// (content-build.ts) while contentlayer2 checks and types the same files in a process of its own, then
// writes the content database that the site reads and the redirect table. On bad content, from either check,
// it lists every problem, removes the index and exits non-zero: nothing is published.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import type { ContentProblem } from '../lib/content/build-index'
import { listFiles } from '../lib/content/check-source'
import { checkAndCompile, printProblems, publishContent, restoreBuildCache, saveBuildCache, unpublishContent } from '../lib/content/content-build'
import { contentDir, generatedDir } from '../lib/content/paths'

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`

/** contentlayer2 (scripts/contentlayer.mjs) in its own process, so that it has a core of its own. */
function startContentlayer() {
  // V8 lets contentlayer2's heap grow far past what it keeps alive before collecting it: 1.3 GB resident
  // at 10,000 articles, which also ran in a 768 MB heap, and it peaks beside the compile and the index.
  // A limit makes it collect sooner; it grows with the archive (0.125 MB a document, at least 1.25 GB) so
  // that a larger newsroom is not starved. Measured at 10,000: 873 MB resident, no slower; at 1 GB it
  // was 30 s of CPU slower, collecting all the time.
  const heapMb = Math.max(1280, Math.ceil(listFiles(contentDir).length / 8))
  const args = [`--max-old-space-size=${heapMb}`, 'scripts/contentlayer.mjs']
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  )
  return {
    done,
    async stop() {
      child.kill()
      await done
    },
  }
}

async function fail(problems: ContentProblem[], contentlayer: ReturnType<typeof startContentlayer>): Promise<never> {
  await contentlayer.stop()
  // It was stopped part way: leave none of its output behind.
  fs.rmSync(generatedDir, { recursive: true, force: true })
  printProblems(problems)
  unpublishContent()
  process.exit(1)
}

restoreBuildCache()
const contentlayer = startContentlayer()
const { problems, documents, index, bodies } = await checkAndCompile()
if (!documents || !index) await fail(problems, contentlayer)
console.log(`Content check passed; bodies: ${bodies.keys.size}, ${bodies.compiledCount} compiled, the rest from the cache (${elapsed()})`)

const databaseBytes = publishContent({ documents: documents!, index: index!, bodies })

const { code, output } = await contentlayer.done
process.stdout.write(output)
if (code !== 0) {
  console.error('contentlayer2 found a problem (above) that the content check did not. Nothing was published.')
  unpublishContent()
  process.exit(1)
}
saveBuildCache(bodies.keys.values())
console.log(
  `Content index: ${index!.articles.length} articles, ${index!.authors.length} authors, ${index!.sections.length} sections; ` +
    `content database ${(databaseBytes / 1024).toFixed(0)} KB; content build ${elapsed()}`,
)
