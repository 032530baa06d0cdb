// `npm run new:article -- "Headline"`: creates content/articles/<slug>.mdx, ready to fill in.
// Never overwrites: a slug already taken anywhere under content/articles is refused.
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { contentDir } from '../lib/content/paths'
import { newArticleSource, slugForHeadline, zonedTimestamp } from '../lib/content/scaffold'

const headline = process.argv.slice(2).join(' ').trim()
const slug = slugForHeadline(headline)
if (!slug) {
  console.error('Give the headline: npm run new:article -- "Port Strike Ends as Cranes Move Again"')
  process.exit(1)
}

const articlesDir = path.join(contentDir, 'articles')
const taken = (fs.readdirSync(articlesDir, { recursive: true }) as string[]).find(
  (file) => path.basename(file) === `${slug}.mdx`,
)
if (taken) {
  console.error(`content/articles/${taken} already exists; nothing was written. Choose another headline or edit that file.`)
  process.exit(1)
}

const names = (dir: string, ext: string) =>
  fs
    .readdirSync(path.join(contentDir, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => f.slice(0, -ext.length))
const sections = names('sections', '.yaml').map((slug) => {
  const data = YAML.parse(fs.readFileSync(path.join(contentDir, 'sections', `${slug}.yaml`), 'utf8'))
  return { slug, name: String(data?.name ?? slug), order: Number(data?.order ?? 0) }
})
sections.sort((a, b) => a.order - b.order)

const file = path.join(articlesDir, `${slug}.mdx`)
fs.writeFileSync(file, newArticleSource(headline, zonedTimestamp(new Date()), { authors: names('authors', '.mdx'), sections }), {
  flag: 'wx',
})
console.log(`Created content/articles/${slug}.mdx (a draft). Fill in the fields marked TO WRITE, then run npm run check:content.`)
