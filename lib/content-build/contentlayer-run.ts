// contentlayer2's part of `npm run content`: it writes the types of the content model
// (.contentlayer/generated) and checks, against the same model, the files changed since the last good
// build. The content check (check-source.ts) checks every file; contentlayer2 keeps every document it
// reads in one process's memory and takes a core for several milliseconds a document, so over a whole
// archive it would be the longest and largest step of the build (docs/performance.md). It is given a
// folder of hard links to the files it checks (scripts/contentlayer.mjs, contentlayer.config.ts).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { buildCacheDir, contentDir, contentlayerDir, generatedDir } from '../content/paths'

/**
 * The most files contentlayer2 checks in one build. Over it (a build without a record of the last good
 * one, a changed model, a change to many files) it checks an even spread of that many articles, so that
 * its time and memory stay a small, fixed share of the build whatever the size of the archive.
 */
const CONTENTLAYER_FILE_BOUND = 2000

/** Files outside this folder (authors, sections, tags) are few and always checked. */
const ARTICLES = 'articles/'
const stagingDir = path.join(contentlayerDir, 'staging')
const recordFile = path.join(buildCacheDir, 'built-files.json')
/** What contentlayer2 checks against: a change to any of these makes every file "changed". */
const modelFiles = ['lib/content/model.ts', 'contentlayer.config.ts', 'node_modules/contentlayer2/package.json']
// Bounded by CONTENTLAYER_FILE_BOUND, so a fixed limit; a limit makes V8 collect before the heap grows far.
const HEAP_MB = 1024

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex')

/** Per file of the content folder (path relative to it): [size in bytes, modification time in ms, SHA-1 of its bytes]. */
export type Fingerprints = Record<string, [number, number, string]>

/** The files of the last good build and the model they were checked against; kept in the build cache. */
export type BuiltFiles = { model: string; files: Fingerprints }

type Selection = {
  /** What contentlayer2 checks, sorted. */
  files: string[]
  /** How many files the content folder holds. */
  total: number
  /** 'changed': the articles changed since the last good build; 'all': every article (no usable record). */
  basis: 'changed' | 'all'
  /** How many articles the basis named; more than were taken when it was over the bound. */
  candidates: number
}

/**
 * Which files contentlayer2 checks: every file outside articles/, and the articles new or changed
 * since the last good build (`previous`, checked against the same `model`); every article when there is
 * no such record. Over `bound` articles, an even spread of `bound` of them, first and last included.
 * `current`: every file of the content folder, by path, with its fingerprint (the last element is the hash).
 */
export function selectForContentlayer(
  current: Fingerprints,
  previous: BuiltFiles | undefined,
  model: string,
  bound = CONTENTLAYER_FILE_BOUND,
): Selection {
  const paths = Object.keys(current).sort()
  const always = paths.filter((rel) => !rel.startsWith(ARTICLES))
  const usable = previous?.model === model ? previous : undefined
  const candidates = paths.filter(
    (rel) => rel.startsWith(ARTICLES) && (!usable || usable.files[rel]?.[2] !== current[rel][2]),
  )
  const taken =
    candidates.length <= bound
      ? candidates
      : Array.from({ length: bound }, (_, i) =>
          candidates[bound === 1 ? 0 : Math.round((i * (candidates.length - 1)) / (bound - 1))],
        )
  return {
    files: [...always, ...taken].sort(),
    total: paths.length,
    basis: usable ? 'changed' : 'all',
    candidates: candidates.length,
  }
}

/** One line for the build's output: what contentlayer2 checked, and that the content check covered the rest. */
export function describeSelection({ files, total, basis, candidates }: Selection): string {
  const n = (count: number) => count.toLocaleString('en-US')
  const articles = files.filter((rel) => rel.startsWith(ARTICLES)).length
  const others = files.length - articles
  const which =
    basis === 'changed'
      ? `${candidates === 1 ? 'article' : 'articles'} changed since the last good build`
      : `articles (no record of a last good build with this content model)`
  const taken = articles < candidates ? `an even spread of ${n(articles)} of the ${n(candidates)} ${which}` : `the ${n(articles)} ${which}`
  const rest = files.length < total ? `; the content check covered all ${n(total)}` : ''
  return `contentlayer2 generated the content types and checked ${n(files.length)} of ${n(total)} files: ${taken} and the ${n(others)} author, section and tag files${rest}.`
}

type ContentlayerExit = {
  code: number | null
  signal: NodeJS.Signals | null
  /** Its stdout and stderr, interleaved. */
  output: string
  /** Set when the process could not be started. */
  error?: Error
}

type ContentlayerVerdict =
  | { ok: true }
  | { ok: false; documentProblem: boolean; message: string }

// How contentlayer2 opens its report of problems with documents (@contentlayer2/source-files, errors/aggregate.js).
const DOCUMENT_PROBLEM = /^Error: Found \d+ problems? in \d+ documents?\./m
const OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/

/**
 * What the build says about contentlayer2's run of `fileCount` files. A document problem only when it
 * printed its report of problems with documents; any other end that is not a clean exit is a failure
 * of the step, named with its reason (out of memory, a signal, an exit code with its last line of output).
 */
export function contentlayerVerdict(exit: ContentlayerExit, fileCount: number): ContentlayerVerdict {
  if (exit.code === 0 && !exit.error) return { ok: true }
  const step = `contentlayer2 (type generation/check of ${fileCount.toLocaleString('en-US')} files)`
  if (exit.code !== null && DOCUMENT_PROBLEM.test(exit.output))
    return {
      ok: false,
      documentProblem: true,
      message: `${step} found a problem (above) that the content check did not. Nothing was published.`,
    }
  const lastLine = exit.output.trim().split('\n').at(-1)?.trim()
  const reason = exit.error
    ? `it could not be started: ${exit.error.message}`
    : OUT_OF_MEMORY.test(exit.output)
      ? `it ran out of memory (${HEAP_MB} MB heap)`
      : exit.signal === 'SIGKILL'
        ? 'it was killed (SIGKILL; on Linux usually the out-of-memory killer: the machine ran short of memory)'
        : exit.signal
          ? `it was stopped by ${exit.signal}`
          : `it exited with code ${exit.code} without reporting a document problem${lastLine ? `; its last line: ${lastLine}` : ''}`
  return { ok: false, documentProblem: false, message: `${step} failed: ${reason}. Nothing was published.` }
}

/**
 * Every file under `dir`, as a path relative to it with forward slashes, hidden ones left out: the files
 * check-source.ts listFiles gives, without loading the check (and the MDX compiler it imports) in this thread.
 */
const listContent = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split(path.sep).join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')))

/** The current fingerprints, reading again only files whose size or time differ from `previous`. */
function fingerprint(dir: string, previous: Fingerprints | undefined): Fingerprints {
  const result: Fingerprints = {}
  for (const rel of listContent(dir)) {
    const file = path.join(dir, rel)
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (!stat?.isFile()) continue
    const known = previous?.[rel]
    result[rel] =
      known && known[0] === stat.size && known[1] === stat.mtimeMs ? known : [stat.size, stat.mtimeMs, hashOf(file)]
  }
  return result
}

/** An unreadable file gets no hash, so it counts as changed; the content check reports it. */
function hashOf(file: string): string {
  try {
    return sha1(fs.readFileSync(file))
  } catch {
    return ''
  }
}

const modelHash = () =>
  sha1(modelFiles.map((rel) => fs.readFileSync(path.join(process.cwd(), rel), 'utf8')).join('\0'))

function readRecord(): BuiltFiles | undefined {
  try {
    return JSON.parse(fs.readFileSync(recordFile, 'utf8')) as BuiltFiles
  } catch {
    return undefined
  }
}

/** Hard links to `files` of `from` under `to`; copies where links cannot cross file systems. */
function stage(from: string, to: string, files: string[]) {
  fs.rmSync(to, { recursive: true, force: true })
  for (const rel of files) {
    const target = path.join(to, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    try {
      fs.linkSync(path.join(from, rel), target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EXDEV') fs.copyFileSync(path.join(from, rel), target)
      // Otherwise it is gone or unreadable: the content check reports it and stops the build.
    }
  }
}

/** What one run of contentlayer2 gives back (runContentlayer). */
type ContentlayerRan = { selection: Selection; exit: ContentlayerExit; record: BuiltFiles }

/**
 * Fingerprints the content folder, picks the files (selectForContentlayer), links them into the staging
 * folder and runs contentlayer2 (scripts/contentlayer.mjs) on them in a process of its own, whose output is
 * held. `stop` ends it early. Runs in a worker thread (contentlayer-worker.ts): reading every file to
 * fingerprint it then runs beside the content check instead of before it.
 */
export async function runContentlayer(stop: AbortSignal): Promise<ContentlayerRan> {
  const previous = readRecord()
  const record: BuiltFiles = { model: modelHash(), files: {} }
  record.files = fingerprint(contentDir, previous?.files)
  const selection = selectForContentlayer(record.files, previous, record.model)
  stage(contentDir, stagingDir, selection.files)
  // contentlayer2 adds to this folder and never removes: start it empty, so it holds this run's documents.
  fs.rmSync(generatedDir, { recursive: true, force: true })
  if (stop.aborted) return { selection, record, exit: { code: null, signal: 'SIGTERM', output: '' } }

  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'scripts/contentlayer.mjs'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTENTLAYER_CONTENT_DIR: path.relative(process.cwd(), stagingDir) },
  })
  stop.addEventListener('abort', () => child.kill())
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exit = await new Promise<ContentlayerExit>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, output, error }))
    child.on('close', (code, signal) => resolve({ code, signal, output }))
  })
  fs.rmSync(stagingDir, { recursive: true, force: true })
  return { selection, record, exit }
}

export type ContentlayerRun = {
  /** Waits for it and prints its output; `summary` is the line describeSelection gives. */
  finished(): Promise<ContentlayerVerdict & { summary: string }>
  /** Stops it (the build failed already) and leaves none of its output behind. */
  stop(): Promise<void>
  /** After a good build: records the files it was made from, for the next build's selection. */
  recordGoodBuild(): void
}

/**
 * Starts runContentlayer in a worker thread, so that it runs beside the content check and compile of
 * this thread from the start.
 */
export function startContentlayer(): ContentlayerRun {
  const entry = new URL('./contentlayer-worker.ts', import.meta.url).href
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry } })
  const result = new Promise<ContentlayerRan | { error: Error }>((resolve) => {
    worker.once('message', resolve)
    worker.once('error', (error) => resolve({ error }))
    worker.once('exit', (code) => resolve({ error: new Error(`its thread exited with code ${code}`) }))
  }).finally(() => worker.terminate())
  let ran: ContentlayerRan | undefined

  return {
    async finished() {
      const outcome = await result
      if ('error' in outcome)
        return {
          ok: false,
          documentProblem: false,
          message: `contentlayer2 (type generation/check) failed: ${outcome.error.message}. Nothing was published.`,
          summary: '',
        }
      ran = outcome
      process.stdout.write(outcome.exit.output)
      return { ...contentlayerVerdict(outcome.exit, outcome.selection.files.length), summary: describeSelection(outcome.selection) }
    },
    async stop() {
      worker.postMessage('stop')
      await result
      fs.rmSync(stagingDir, { recursive: true, force: true })
      fs.rmSync(generatedDir, { recursive: true, force: true })
    },
    recordGoodBuild() {
      if (!ran) throw new Error('recordGoodBuild: contentlayer2 has not finished')
      fs.mkdirSync(path.dirname(recordFile), { recursive: true })
      fs.writeFileSync(recordFile, JSON.stringify(ran.record))
    },
  }
}
