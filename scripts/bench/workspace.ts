// Temporary project copies for the bench and its tests; nothing is written back to this checkout.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const NOT_COPIED = new Set(['node_modules', '.next', '.contentlayer', '.git', 'bench', 'test-results', 'playwright-report'])

/**
 * Gives `target` this checkout's node_modules as hard links (a few seconds, no extra disk). Not a
 * symlink: Turbopack refuses a node_modules that resolves outside the project root.
 */
export function linkDependencies(projectDir: string, target: string): void {
  execFileSync('cp', ['-al', path.join(projectDir, 'node_modules'), path.join(target, 'node_modules')])
}

/** Copies the project at `projectDir` to `target`, without build output, with its dependencies linked. */
export function copyProject(projectDir: string, target: string): void {
  fs.cpSync(projectDir, target, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(projectDir, source).split(path.sep)[0]),
  })
  linkDependencies(projectDir, target)
}
