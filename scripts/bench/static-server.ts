// The comparison server for throughput: plain node:http answering each path with bytes saved from
// the Next.js server in the same run, so the ratio shows what the framework costs per request.
// Usage: static-server.ts <port> <dir with pages.json>
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const [port, dir] = process.argv.slice(2)
const pages: Record<string, string> = JSON.parse(fs.readFileSync(path.join(dir, 'pages.json'), 'utf8'))
const bodies = new Map(Object.entries(pages).map(([urlPath, file]) => [urlPath, fs.readFileSync(path.join(dir, file))]))

http
  .createServer((request, response) => {
    const body = bodies.get(request.url ?? '')
    if (!body) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static server on ${port}`))
