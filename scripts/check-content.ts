// `npm run check:content` (and the first step of `npm run content` and `npm run build`): checks every
// file under content/ and lists every problem. Fast: nothing is compiled or written.
import { checkContent } from '../lib/content/check-source'
import { formatProblem } from '../lib/content/build-index'
import { contentDir, publicDir } from '../lib/content/paths'

const started = performance.now()
const problems = checkContent(contentDir, publicDir)
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s). Nothing was published.\n`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  console.error('\nWhat each message means: docs/editing.md#error-messages\n')
  process.exit(1)
}
console.log(`Content check passed (${Math.round(performance.now() - started)} ms).`)
