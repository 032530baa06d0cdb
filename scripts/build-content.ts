// `npm run content`, the first step of `npm run build`: checks every file and compiles every MDX body
// (content-build.ts) while contentlayer2 generates the content types and checks the files changed since
// the last good build in a process of its own (contentlayer-run.ts), then writes the content database that
// the site reads and the redirect table. On bad content, from either check, it lists every problem, removes
// what an earlier build published and exits non-zero: nothing is published. A step that fails for another
// reason says which step and why.
import type { ContentProblem } from '../lib/content/build-index'
import { checkAndCompile, printProblems, publishContent, saveBuildCache, unpublishContent } from '../lib/content/content-build'
import { startContentlayer, type ContentlayerRun } from '../lib/content/contentlayer-run'

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`

async function fail(problems: ContentProblem[], contentlayer: ContentlayerRun): Promise<never> {
  await contentlayer.stop()
  printProblems(problems)
  unpublishContent()
  process.exit(1)
}

/** A step that stopped for a reason other than the content: its message names the step. */
async function failedStep(message: string, contentlayer: ContentlayerRun): Promise<never> {
  await contentlayer.stop()
  console.error(`${message}\nNothing was published.`)
  unpublishContent()
  process.exit(1)
}

const contentlayer = startContentlayer()
const { problems, documents, index, bodies } = await checkAndCompile().catch((error: Error) =>
  failedStep(`Content check and compile failed: ${error.message}`, contentlayer),
)
if (!documents || !index) await fail(problems, contentlayer)
console.log(`Content check passed; bodies: ${bodies.keys.size}, ${bodies.compiledCount} compiled, the rest from the cache (${elapsed()})`)

let published = ''
try {
  published = await publishContent({ documents: documents!, index: index!, bodies })
} catch (error) {
  const step = process.env.CONTENT_REDIS_URL ? 'Publishing the content to Redis (CONTENT_REDIS_URL)' : 'Writing the content database'
  await failedStep(`${step} failed: ${(error as Error).message}`, contentlayer)
}

const contentlayerRun = await contentlayer.finished()
if (!contentlayerRun.ok) {
  console.error(contentlayerRun.message)
  unpublishContent()
  process.exit(1)
}
console.log(contentlayerRun.summary)
saveBuildCache(bodies.keys.values())
contentlayer.recordGoodBuild()
console.log(
  `Content index: ${index!.articles.length} articles, ${index!.authors.length} authors, ${index!.sections.length} sections; ` +
    `${published}; content build ${elapsed()}`,
)
