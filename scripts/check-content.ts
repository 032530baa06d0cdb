// `npm run check:content` (and the first step of `npm run content` and `npm run build`): checks every
// file under content/, compiles every MDX body (into the body store, so the build does not compile it
// again), and lists every problem.
import { checkAndCompile, printProblems } from '../lib/content-build'

const started = performance.now()
const { problems } = await checkAndCompile()
if (problems.length > 0) {
  printProblems(problems)
  process.exit(1)
}
console.log(`Content check passed (${Math.round(performance.now() - started)} ms).`)
