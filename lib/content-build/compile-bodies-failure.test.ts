// A compile worker that dies must stop the build with the step and the reason, not leave it waiting for
// batches that never come. Worker threads are replaced here by stand-ins that die on their first batch.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const death = vi.hoisted(() => ({ how: 'exit' as 'exit' | 'oom' | 'throw' }))

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>()
  const { EventEmitter } = await import('node:events')
  class DyingWorker extends EventEmitter {
    postMessage() {
      setImmediate(() => {
        if (death.how === 'oom')
          this.emit('error', Object.assign(new Error('Worker terminated due to reaching memory limit'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }))
        else if (death.how === 'throw') this.emit('error', new Error('boom'))
        this.emit('exit', 1)
      })
    }
    terminate() {
      return Promise.resolve(1)
    }
  }
  return { ...actual, Worker: DyingWorker }
})

const { compileBodies, workerFailureMessage } = await import('./compile-bodies')

describe('a compile worker that dies', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-failure-'))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
  const files = Array.from({ length: 250 }, (_, i) => `articles/story-${i}.mdx`)

  it.each([
    ['exit', 'MDX compile of 250 bodies in worker threads: a worker thread exited with code 1 before it had compiled its files'],
    ['oom', 'MDX compile of 250 bodies in worker threads: a worker thread ran out of memory'],
    ['throw', 'MDX compile of 250 bodies in worker threads: a worker thread threw Error: boom'],
  ] as const)('stops the compile and names the step and the reason (%s)', async (how, message) => {
    death.how = how
    const compiling = compileBodies({ contentDir: root, bodiesDir: path.join(root, 'bodies'), cacheDirs: [], files, workers: 2 })
    await expect(compiling).rejects.toThrow(message)
  })
})

describe('workerFailureMessage', () => {
  it('prefers what the worker reported over its exit code', () => {
    const oom = Object.assign(new Error('memory limit'), { code: 'ERR_WORKER_OUT_OF_MEMORY' })
    expect(workerFailureMessage({ error: oom, exitCode: 1 }, 100_000)).toBe(
      'MDX compile of 100,000 bodies in worker threads: a worker thread ran out of memory',
    )
    expect(workerFailureMessage({ exitCode: 7 }, 3)).toBe(
      'MDX compile of 3 bodies in worker threads: a worker thread exited with code 7 before it had compiled its files',
    )
  })
})
