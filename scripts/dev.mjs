// `npm run dev`: next dev, with the content rebuilt from content/ on every save (lib/content-build/dev.ts).
//
// The first page should come fast on two cores that next dev needs to itself. So this runner is plain
// JavaScript and starts next dev before anything else; the TypeScript content code loads after it,
// through tsx, and does not rebuild the content at start when nothing changed since the index was written.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { register } from 'tsx/esm/api'

const next = spawn(path.join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' })
next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
// Ctrl-C reaches next dev as well; a signal sent to this runner alone is passed on. Either way this
// runner exits when next dev has, so next dev can finish writing its caches first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))

register()
const { watchContent } = await import('../lib/content-build/index.ts')
watchContent()
