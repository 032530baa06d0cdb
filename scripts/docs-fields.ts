// `npm run docs:fields`: rewrites the front matter reference in docs/editing.md from the content model.
import fs from 'node:fs'
import path from 'node:path'
import { withFieldReference } from '../lib/content-build'

const guide = path.join(process.cwd(), 'docs', 'editing.md')
fs.writeFileSync(guide, withFieldReference(fs.readFileSync(guide, 'utf8')))
console.log('docs/editing.md: front matter reference updated')
