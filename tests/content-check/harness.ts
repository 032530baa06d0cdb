// Runs the real content check (scripts/check-content.ts, what `npm run check:content` runs) on a
// temporary copy of a small fixture newsroom, so each test can break one thing and read the output.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkBundle } from './bundle'

const repo = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(import.meta.dirname, 'fixture')
const linked = ['node_modules', 'scripts', 'lib', 'components', 'package.json', 'tsconfig.json', 'contentlayer.config.ts']

export const CHECK_TIMEOUT = 60_000

export type Run = { status: number | null; stdout: string; stderr: string }

export function fixtureProject() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'))
  fs.cpSync(fixture, root, { recursive: true })
  for (const name of linked) fs.symlinkSync(path.join(repo, name), path.join(root, name))
  const file = (rel: string) => path.join(root, rel)
  const run = (command: string, args: string[]): Run => {
    const { status, stdout, stderr } = spawnSync(command, args, { cwd: root, encoding: 'utf8' })
    return { status, stdout, stderr }
  }
  return {
    root,
    read: (rel: string) => fs.readFileSync(file(rel), 'utf8'),
    write(rel: string, text: string) {
      fs.mkdirSync(path.dirname(file(rel)), { recursive: true })
      fs.writeFileSync(file(rel), text)
    },
    /** Replaces text in a fixture file; fails loudly if the text is not there, so a test cannot pass by accident. */
    edit(rel: string, from: string | RegExp, to: string) {
      const before = fs.readFileSync(file(rel), 'utf8')
      const after = before.replace(from, to)
      if (after === before) throw new Error(`${rel} does not contain ${from}`)
      fs.writeFileSync(file(rel), after)
    },
    remove: (rel: string) => fs.rmSync(file(rel)),
    exists: (rel: string) => fs.existsSync(file(rel)),
    /** `npm run check:content` */
    check: () => run(process.execPath, [checkBundle]),
    /** `npm run content`: the check, contentlayer2 and the index, as at the start of `npm run build`. */
    content: () => run('npm', ['run', '--silent', 'content']),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  }
}

/** The problem lines of a failed check: "content/<file>: <field>: <message>". */
export const problemLines = (run: Run) =>
  run.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('content/'))

/** The check failed, and one of its lines is "<file>: <field>: <message containing `words`>". */
export function expectProblem(run: Run, file: string, field: string, words = ''): string {
  const lines = problemLines(run)
  const match = lines.find((line) => line.startsWith(`${file}: ${field}: `) && line.includes(words))
  if (run.status !== 1 || !match)
    throw new Error(
      `expected exit status 1 and a problem "${file}: ${field}: …${words}…"; got status ${run.status} and:\n${run.stderr}${run.stdout}`,
    )
  return match
}
