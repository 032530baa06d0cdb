// `npm start [-- -p PORT -H HOST]`: serve the production build with the standalone server, as deploys do
// (`next start` does not support output: 'standalone'). Defaults: port 3000 on all interfaces.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const server = path.resolve('.next', 'standalone', 'server.js')
if (!fs.existsSync(server)) {
  console.error('No production build found: run "npm run build" first.')
  process.exit(1)
}
process.env.PORT = values.port ?? process.env.PORT ?? '3000'
// server.js reads HOSTNAME, which shells and containers often set to the machine's name.
process.env.HOSTNAME = values.hostname ?? '0.0.0.0'
await import(server)
