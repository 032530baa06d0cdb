// `npm run new:article -- "Headline"`: creates content/articles/<slug>.mdx, ready to fill in
// (lib/content-build/scaffold.ts). Never overwrites an existing article.
import { createArticle, ScaffoldError } from '../lib/content-build'
import { contentDir } from '../lib/content/paths'

try {
  const file = createArticle(contentDir, process.argv.slice(2).join(' '))
  console.log(`Created content/${file} (a draft). Fill in the fields marked TO WRITE, then run npm run check:content.`)
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error
  console.error(error.message)
  process.exit(1)
}
