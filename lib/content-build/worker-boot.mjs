// Starts a worker thread written in TypeScript: Node runs plain JavaScript in workers, so this
// registers tsx (the loader the content scripts already run under) before importing the real entry.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
