// A bare HTTP/1.1 client: sends the request bytes exactly as written (no URL normalisation, no
// header validation), which is what a hostile client does.
import net from 'node:net'

export type RawResponse = { status: number; head: string; body: string }

export function rawRequest(baseURL: string, request: string, timeoutMs = 15_000): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const chunks: Buffer[] = []
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    // write, not end: a server may drop a connection whose client half-closes before the answer.
    socket.on('connect', () => socket.write(request))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const split = text.indexOf('\r\n\r\n')
      const head = split === -1 ? text : text.slice(0, split)
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)
      resolve({ status, head, body: split === -1 ? '' : text.slice(split + 4) })
    })
  })
}

/** A GET (or other method) with the given path and extra header lines, as raw bytes. */
export function requestText(method: string, path: string, headers: string[] = [], host = 'localhost'): string {
  return [`${method} ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: close', ...headers, '', ''].join('\r\n')
}
