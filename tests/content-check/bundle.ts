// The content check script, bundled once per test run (vitest globalSetup) and run with plain node by
// the tests: the same code as `npm run check:content` runs under tsx, without compiling it again for
// every test (on two cores that slowed every other test too). It sits under node_modules so that its
// package imports resolve.
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'

const repo = path.resolve(import.meta.dirname, '../..')
export const checkBundle = path.join(repo, 'node_modules', '.cache', 'content-check', 'check-content.mjs')

export function setup() {
  buildSync({
    entryPoints: [path.join(repo, 'scripts', 'check-content.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: checkBundle,
    logLevel: 'error',
  })
}

export function teardown() {
  fs.rmSync(path.dirname(checkBundle), { recursive: true, force: true })
}
