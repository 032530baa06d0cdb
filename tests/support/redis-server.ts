// A real redis-server for unit tests, on a free loopback port, with nothing saved to disk (Debian: apt-get
// install -y redis-server). e2e/support/servers.ts starts one the same way for the browser tests.
import { spawn } from 'node:child_process'
import net from 'node:net'
import { createClient } from 'redis'

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Starts redis-server and connects a client to it; `stop` closes both. */
export async function startTestRedis() {
  const port = await freePort()
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  const url = `redis://127.0.0.1:${port}`
  const client = createClient({ url })
  client.on('error', () => {})
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect()
      break
    } catch (error) {
      if (attempt > 100) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url,
    client,
    async stop() {
      await client.close()
      server.kill()
    },
  }
}
