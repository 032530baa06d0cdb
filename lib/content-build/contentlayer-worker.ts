// The thread contentlayer-run.ts starts: runs contentlayer2 on the files changed since the last good
// build (runContentlayer) and answers with what it did; a 'stop' message ends it early.
import { parentPort } from 'node:worker_threads'
import { runContentlayer } from './contentlayer-run'

const stop = new AbortController()
parentPort!.on('message', (message) => {
  if (message === 'stop') stop.abort()
})
parentPort!.postMessage(await runContentlayer(stop.signal))
