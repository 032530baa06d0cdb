// One compile worker of compile-bodies.ts: answers each batch of MDX files with their store results,
// one batch at a time, in the order they came.
import os from 'node:os'
import { parentPort, threadId, workerData } from 'node:worker_threads'
import { storeBody, type CompileResult, type StoreOptions } from './body-store'

// contentlayer2 runs beside the workers on one thread and is the longest step of a cold build: on Linux a
// priority is per thread, so this lets it keep a core to itself while the workers share what is left.
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
