// Second half of the content build (after `contentlayer2 build`): checks references between
// documents and writes the light metadata index and the search index. Exits non-zero, listing every
// problem, on bad content.
import fs from 'node:fs'
import { buildIndex, formatProblem, readGenerated, writeIndexes } from '../lib/content/build-index'
import { contentDir, generatedDir, lightIndexFile, publicDir, searchIndexFile } from '../lib/content/paths'

const generated = readGenerated(generatedDir, contentDir)
const { index, problems } = buildIndex(generated, publicDir)

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s). Nothing was published.\n`)
  for (const p of problems) console.error(`  ${formatProblem(p)}`)
  console.error('')
  fs.rmSync(lightIndexFile, { force: true })
  fs.rmSync(searchIndexFile, { force: true })
  process.exit(1)
}

const searchIndexBytes = writeIndexes(generated, index)
console.log(
  `Content index: ${index.articles.length} articles, ${index.authors.length} authors, ${index.sections.length} sections; ` +
    `search index ${(searchIndexBytes / 1024).toFixed(0)} KB`,
)
