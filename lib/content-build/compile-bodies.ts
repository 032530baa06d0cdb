// Compiles every MDX body of the content folder into the body store (body-store.ts), in a pool of
// worker threads, one per core. A body already in the store is not compiled again: not on the next
// build, not in the dev server after a save.
import fs from 'node:fs'
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { storeBody, type CompileResult, type StoreOptions } from './body-store'
import type { ContentProblem } from './build-index'
import type { BodyFacts } from './mdx-compile'

export type CompiledBodies = {
  /** Body key per MDX file (path relative to the content folder), for the files that compiled. */
  keys: Map<string, string>
  /** What the build needs from each of those bodies (mdx-compile.ts), by the same file paths. */
  facts: Map<string, BodyFacts>
  problems: ContentProblem[]
  /** How many bodies were compiled now rather than found in the store. */
  compiledCount: number
}

const BATCH_SIZE = 100
// Starting a worker costs about a second (loading the compiler); below this many files one thread is faster.
const MIN_FILES_FOR_WORKERS = 300

/**
 * Why the compile step failed when a worker thread stopped before answering every batch it was given:
 * `error`, what it threw or the runtime reported (out of memory: ERR_WORKER_OUT_OF_MEMORY); otherwise
 * `exitCode`, how it exited. `fileCount`: how many files the step was compiling.
 */
export function workerFailureMessage(failure: { error?: Error; exitCode?: number }, fileCount: number): string {
  const { error, exitCode } = failure
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason =
    code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? 'a worker thread ran out of memory'
      : error
        ? `a worker thread threw ${error.stack ?? error.message}`
        : `a worker thread exited with code ${exitCode} before it had compiled its files`
  return `MDX compile of ${fileCount.toLocaleString('en-US')} bodies in worker threads: ${reason}`
}

/**
 * Every batch is handed out up front, round robin: the caller's thread may be busy (the content check
 * runs beside the compile) and must not leave the workers waiting for their next batch. Rejects, with
 * workerFailureMessage, when a worker fails or ends while it still owes batches.
 */
function inWorkers(files: string[], options: StoreOptions, workerCount: number): Promise<CompileResult[]> {
  const entry = new URL('./compile-worker.ts', import.meta.url).href
  const pool = Array.from(
    { length: workerCount },
    () => new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { ...options, entry } }),
  )
  const results: CompileResult[] = []
  const owed = new Map(pool.map((worker) => [worker, 0]))
  let pending = 0
  let settled = false
  return new Promise<CompileResult[]>((resolve, reject) => {
    const fail = (failure: { error?: Error; exitCode?: number }) => {
      if (settled) return
      settled = true
      reject(new Error(workerFailureMessage(failure, files.length), { cause: failure.error }))
    }
    for (const worker of pool) {
      worker.on('message', (batchResults: CompileResult[]) => {
        results.push(...batchResults)
        owed.set(worker, owed.get(worker)! - 1)
        if (--pending === 0 && !settled) {
          settled = true
          resolve(results)
        }
      })
      worker.on('error', (error) => fail({ error }))
      worker.on('exit', (exitCode) => {
        if (owed.get(worker)! > 0) fail({ exitCode })
      })
    }
    for (let i = 0; i < files.length; i += BATCH_SIZE) {
      pending++
      const worker = pool[(i / BATCH_SIZE) % workerCount]
      owed.set(worker, owed.get(worker)! + 1)
      worker.postMessage(files.slice(i, i + BATCH_SIZE))
    }
    if (pending === 0) {
      settled = true
      resolve(results)
    }
  }).finally(() => Promise.all(pool.map((worker) => worker.terminate())))
}

async function inThisThread(files: string[], options: StoreOptions): Promise<CompileResult[]> {
  const results: CompileResult[] = []
  for (const rel of files) results.push(await storeBody(rel, options, `${process.pid}`))
  return results
}

/** `workers`: how many threads; by default one per core, or none for fewer than a few hundred files. */
export async function compileBodies(
  options: StoreOptions & { files: string[]; workers?: number },
): Promise<CompiledBodies> {
  const { files, workers, ...storeOptions } = options
  fs.mkdirSync(storeOptions.bodiesDir, { recursive: true })
  const workerCount = workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? os.availableParallelism() : 1)
  const results =
    workerCount > 1
      ? await inWorkers(files, storeOptions, Math.min(workerCount, Math.ceil(files.length / BATCH_SIZE)))
      : await inThisThread(files, storeOptions)

  const keys = new Map<string, string>()
  const facts = new Map<string, BodyFacts>()
  const problems: ContentProblem[] = []
  let compiledCount = 0
  for (const result of results) {
    if ('problems' in result) {
      for (const p of result.problems) problems.push({ file: `content/${result.rel}`, ...p })
    } else {
      keys.set(result.rel, result.key)
      facts.set(result.rel, result.facts)
      if (result.compiled) compiledCount++
    }
  }
  return { keys, facts, problems, compiledCount }
}
