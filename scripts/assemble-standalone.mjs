// After `next build`: complete the standalone server in .next/standalone (output: 'standalone').
// Next traces the server code and the content files (next.config.js outputFileTracingIncludes) but leaves
// public/ and the browser assets in .next/static to be copied, as its self-hosting guide says.
// Fails the build when the content the server reads at request time did not make it into the output.
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const standalone = path.join(root, '.next', 'standalone')

if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error('No .next/standalone/server.js: is output: "standalone" still set in next.config.js?')
  process.exit(1)
}

for (const [from, to] of [
  ['public', 'public'],
  ['.next/static', '.next/static'],
]) {
  fs.rmSync(path.join(standalone, to), { recursive: true, force: true })
  fs.cpSync(path.join(root, from), path.join(standalone, to), { recursive: true })
}

// The content database and the native SQLite engine that reads it, or the file naming where in Redis the
// content was published.
const needed = fs.existsSync(path.join(root, '.contentlayer/index/content-store.json'))
  ? ['.contentlayer/index/content-store.json']
  : ['.contentlayer/index/content.db', 'node_modules/libsql/index.js', 'node_modules/@libsql/linux-x64-gnu/index.node']
const missing = needed.filter((file) => fs.existsSync(path.join(root, file)) && !fs.existsSync(path.join(standalone, file)))
if (!fs.existsSync(path.join(standalone, needed[0])) || missing.length > 0) {
  console.error(`The standalone server is missing ${missing[0] ?? needed[0]}: check outputFileTracingIncludes in next.config.js.`)
  process.exit(1)
}
console.log(`Standalone server ready in .next/standalone (${path.basename(needed[0])} included).`)
