// One compile worker of compile-bodies.ts: answers each batch of MDX files with their store results,
// one batch at a time, in the order they came.
import os from 'node:os'
import { parentPort, threadId, workerData } from 'node:worker_threads'
import { storeBody, type CompileResult, type StoreOptions } from './body-store'

// The content check (on the main thread) and contentlayer2 (a process of its own) run beside the workers,
// each on one thread: on Linux a priority is per thread, so this lets them keep going while the workers
// share what is left.
os.setPriority(10)

const options = workerData as StoreOptions
const writerId = `${process.pid}-${threadId}`

let queue = Promise.resolve()
parentPort!.on('message', (files: string[]) => {
  queue = queue.then(async () => {
    const results: CompileResult[] = []
    for (const rel of files) results.push(await storeBody(rel, options, writerId))
    parentPort!.postMessage(results)
  })
})
