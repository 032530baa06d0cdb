// A throwaway redis-server for the bench's `vercel build` with the content in Redis (CONTENT_REDIS_URL),
// as e2e/support/servers.ts starts one for the tests: Debian's redis-server, loopback, nothing on disk.
import net from 'node:net'
import { createClient } from 'redis'
import { parseRedisInfo } from './parse'
import { startServer, stopServer } from './process'

const REDIS_INSTALL = 'apt-get install -y redis-server'

/** A loopback port nothing listens on now, chosen by the system. */
async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Runs one command on the Redis at `url` and returns its reply; throws when Redis cannot be reached. */
async function command<T>(url: string, args: string[]): Promise<T> {
  const client = createClient({ url, socket: { reconnectStrategy: false } })
  client.on('error', () => {}) // the command below fails with the reason
  await client.connect()
  try {
    return await client.sendCommand<T>(args)
  } finally {
    await client.close()
  }
}

/**
 * Starts redis-server on a free loopback port, without persistence (no RDB snapshots, no append-only file),
 * in its own process group (stopServer stops it). Resolves when it answers PING, with its URL; throws with
 * its output when it does not within 10 s, or how to install it when it is missing.
 */
export async function startRedis() {
  const port = await freePort()
  const server = startServer('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {})
  const failed = new Promise<never>((_, reject) =>
    server.once('error', (error) => reject(new Error(`redis-server could not start (${error.message}): ${REDIS_INSTALL}`))),
  )
  const url = `redis://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    const pong = await Promise.race([command<string>(url, ['PING']).catch(() => undefined), failed])
    if (pong === 'PONG') return { server, url }
    if (server.exitCode !== null || Date.now() > deadline) {
      await stopServer(server)
      throw new Error(`redis-server on port ${port} did not answer PING:\n${server.log().slice(-2000)}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Memory the Redis at `url` uses for its data (INFO memory: used_memory), in bytes. */
export async function redisUsedMemory(url: string): Promise<number> {
  const fields = parseRedisInfo(await command<string>(url, ['INFO', 'memory']))
  const used = Number(fields.used_memory)
  if (!Number.isFinite(used)) throw new Error('INFO memory has no used_memory')
  return used
}
