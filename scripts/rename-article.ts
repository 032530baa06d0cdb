// `npm run rename:article -- <old-slug> <new-slug>`: gives a story a new file name (hence URL); its old
// address, share image and feed entry keep working (lib/content-build/rename.ts).
import { contentDir } from '../lib/content/paths'
import { RenameError, renameArticle } from '../lib/content-build'

const [from, to, ...extra] = process.argv.slice(2)
if (!from || !to || extra.length > 0) {
  console.error('Give the old and the new slug: npm run rename:article -- port-deal-signed port-operator-signs-terminal-deal')
  process.exit(1)
}
try {
  const { moved, updated } = renameArticle(contentDir, from, to)
  console.log(`content/${moved.from} → content/${moved.to}; "${from}" recorded in previousSlugs, so its address redirects to the new one.`)
  for (const rel of updated) console.log(`  updated links in content/${rel}`)
  console.log('Now run "npm run check:content", then commit the changes.')
} catch (error) {
  if (!(error instanceof RenameError)) throw error
  console.error(`Nothing was changed: ${error.message}`)
  process.exit(1)
}
