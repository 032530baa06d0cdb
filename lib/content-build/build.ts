// `npm run content` (scripts/build-content.ts), the first step of `npm run build`: checks every file and compiles every MDX body
// (content-build.ts) while contentlayer2 generates the content types and checks the files changed since
// the last good build in a process of its own (contentlayer-run.ts), then writes the content database that
// the site reads and the redirect table. On bad content, from either check, it lists every problem, removes
// what an earlier build published and exits non-zero: nothing is published. A step that fails for another
// reason says which step and why.
import { checkAndCompile, printProblems, publishContent, saveBuildCache, unpublishContent } from './content-build'
import { startContentlayer } from './contentlayer-run'

/** Runs the content build, printing its progress and problems; returns the exit code (0: the content was published). */
export async function buildContent(): Promise<number> {
  const started = performance.now()
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
  const contentlayer = startContentlayer()
  // Nothing half-built is left for the site: what an earlier build published goes too.
  const stop = async (...messages: string[]) => {
    await contentlayer.stop()
    for (const message of messages) console.error(message)
    unpublishContent()
    return 1
  }

  let checked: Awaited<ReturnType<typeof checkAndCompile>>
  try {
    checked = await checkAndCompile()
  } catch (error) {
    // A step that stopped for a reason other than the content: its message names the step.
    return stop(`Content check and compile failed: ${(error as Error).message}`, 'Nothing was published.')
  }
  const { problems, documents, index, bodies } = checked
  if (!documents || !index) {
    printProblems(problems)
    return stop()
  }
  console.log(`Content check passed; bodies: ${bodies.keys.size}, ${bodies.compiledCount} compiled, the rest from the cache (${elapsed()})`)

  let published: string
  try {
    published = await publishContent({ documents, index, bodies })
  } catch (error) {
    const step = process.env.CONTENT_REDIS_URL ? 'Publishing the content to Redis (CONTENT_REDIS_URL)' : 'Writing the content database'
    return stop(`${step} failed: ${(error as Error).message}`, 'Nothing was published.')
  }

  const contentlayerRun = await contentlayer.finished()
  if (!contentlayerRun.ok) {
    unpublishContent()
    console.error(contentlayerRun.message)
    return 1
  }
  console.log(contentlayerRun.summary)
  saveBuildCache(bodies.keys.values())
  contentlayer.recordGoodBuild()
  console.log(
    `Content index: ${index.articles.length} articles, ${index.authors.length} authors, ${index.sections.length} sections; ` +
      `${published}; content build ${elapsed()}`,
  )
  return 0
}
