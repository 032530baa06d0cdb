import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { publishedUrls } from './content'
import { rawRequest, requestText } from './raw-http'

const STORY = '/articles/china-russia-firms-sign-deals-shenyang'
const IMAGE = '/images/articles/china-russia-firms-sign-deals-shenyang.jpg'

// Each entry is one request a hostile or broken client might send. Every one must get a 2xx/3xx/4xx
// answer (a 404 page for unknown paths), never a 5xx or a stack trace, and the server must keep serving.
const get = (path: string, headers: string[] = []) => requestText('GET', path, headers)
const corpus: Record<string, string> = {
  // Path traversal, plain, encoded and double-encoded.
  'traversal': get('/articles/../../etc/passwd'),
  'traversal encoded': get('/articles/..%2f..%2fetc%2fpasswd'),
  'traversal dots encoded': get('/articles/%2e%2e/%2e%2e/etc/passwd'),
  'traversal double-encoded': get('/articles/%252e%252e%252fetc%252fpasswd'),
  'traversal at root': get('/..%2f..%2f..%2fetc%2fpasswd'),
  'traversal backslash': get('/articles/..%5c..%5cetc%5cpasswd'),
  'traversal under _next': get('/_next/static/..%2f..%2f..%2fpackage.json'),
  'traversal into server build': get('/_next/static/chunks/../../server/app/page.js'),
  'traversal from images': get('/images/..%2f..%2fpackage.json'),
  'dotfile .env': get('/.env'),
  'dotfile .git': get('/.git/config'),
  'content database': get('/.contentlayer/index/content.db'),
  'package.json': get('/package.json'),
  'next.config.js': get('/next.config.js'),
  // NUL and control bytes.
  'NUL encoded': get('/articles/abc%00def'),
  'NUL only': get('/articles/%00'),
  'CRLF injection': get('/articles/a%0d%0aSet-Cookie:%20x=1'),
  'escape sequence': get('/articles/%1b%5b31mred'),
  'raw control byte': get('/articles/a\x01b'),
  'raw NUL byte': get('/articles/a\x00b'),
  // Overlong.
  'slug of 10 KB': get(`/articles/${'a'.repeat(10_240)}`),
  'section of 10 KB': get(`/sections/${'x'.repeat(10_000)}`),
  'page number of 300 digits': get(`/archive/page/${'9'.repeat(300)}`),
  'query of 8 KB': get(`/?q=${'a'.repeat(8_000)}`),
  // Unicode, right-to-left and broken encodings.
  'unicode slug': get('/articles/%E4%B8%AD%E6%96%87'),
  'arabic slug': get('/articles/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9'),
  'RTL override': get('/articles/%E2%80%AEtxt.exe'),
  'emoji tag': get('/tags/%F0%9F%92%A5'),
  'invalid UTF-8': get('/articles/%C3%28'),
  'bytes FF FE': get('/articles/%FF%FE'),
  'lone percent': get('/articles/100%'),
  // Case and slashes.
  'upper-case route': get('/Articles/china-russia-firms-sign-deals-shenyang'),
  'upper-case slug': get('/articles/CHINA-RUSSIA-FIRMS-SIGN-DEALS-SHENYANG'),
  'upper-case section': get('/SECTIONS/TRADE'),
  'trailing slash': get(`${STORY}/`),
  'double slashes': get('//articles//china-russia-firms-sign-deals-shenyang'),
  'many slashes': get('/sections/trade////'),
  // Query strings.
  'query flood': get(`/?${Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join('&')}`),
  'repeated parameter': get(`${STORY}?${'a=1&'.repeat(500)}`),
  'page parameter': get('/sections/trade?page=999999999'),
  'rsc query': get('/?_rsc=1'),
  // Framework internals.
  '_next root': get('/_next/'),
  '_next static dir': get('/_next/static/'),
  '_next data': get('/_next/data/unknown/index.json'),
  'missing chunk': get('/_next/static/chunks/does-not-exist.js'),
  'image from another host': get('/_next/image?url=http%3A%2F%2Fevil.example%2Fx.png&w=320&q=75'),
  'image of a system file': get('/_next/image?url=%2Fetc%2Fpasswd&w=320&q=75'),
  'image with a huge width': get(`/_next/image?url=${encodeURIComponent(IMAGE)}&w=99999&q=75`),
  'image with an odd width': get(`/_next/image?url=${encodeURIComponent(IMAGE)}&w=13&q=75`),
  'image without url': get('/_next/image?w=320&q=75'),
  'hot reload endpoint': get('/_next/webpack-hmr'),
  'dev overlay endpoint': get('/__nextjs_original-stack-frame?file=/etc/passwd'),
  // Headers.
  'huge Accept': get('/', [`Accept: ${'text/html,'.repeat(800)}`]),
  'malformed Accept': get('/', ['Accept: text/html;q=abc,,,;;*/*;q=']),
  'foreign Host': requestText('GET', '/', [], 'evil.example'),
  'huge Host': requestText('GET', '/', [], 'h'.repeat(4_000)),
  'Host with credentials': requestText('GET', '/', [], 'localhost@evil.example'),
  'no Host': ['GET / HTTP/1.1', 'Connection: close', '', ''].join('\r\n'),
  'forwarded host': get('/', ['X-Forwarded-Host: evil.example', 'X-Forwarded-Proto: javascript']),
  'bad router state': get('/', ['RSC: 1', 'Next-Router-State-Tree: %7Bnot-json']),
  'prefetch probe': get(STORY, ['RSC: 1', 'Next-Router-Prefetch: 1']),
  // Header-based bypass attempts.
  'middleware subrequest': get('/', ['x-middleware-subrequest: middleware:middleware:middleware:middleware:middleware']),
  'middleware subrequest src': get('/', ['x-middleware-subrequest: src/middleware:src/middleware:src/middleware:src/middleware:src/middleware']),
  'invoke path': get('/', ['x-invoke-path: /etc/passwd', 'x-invoke-query: %7B%7D']),
  'next url': get('/', ['Next-Url: /../../etc/passwd']),
  'nextjs data': get('/', ['x-nextjs-data: 1']),
  // Methods other than GET and HEAD.
  'POST page': requestText('POST', '/', ['Content-Length: 0']),
  'PUT article': requestText('PUT', STORY, ['Content-Length: 0']),
  'DELETE article': requestText('DELETE', STORY),
  'PATCH section': requestText('PATCH', '/sections/trade', ['Content-Length: 0']),
  'OPTIONS page': requestText('OPTIONS', '/'),
  'TRACE page': requestText('TRACE', '/'),
  'unknown method': requestText('BREW', '/'),
  'server action probe': requestText('POST', '/', ['Next-Action: 0123456789abcdef', 'Content-Type: text/plain', 'Content-Length: 2'], 'localhost') + '[]',
}

const STACK_TRACE = /\bat [\w$.<>]+ \(?[^)\s]+:\d+:\d+\)?|node_modules\/|webpack-internal:|\/work\//

test(`a corpus of ${Object.keys(corpus).length} hostile requests gets 4xx or redirects, never a 5xx or a stack trace`, async ({ baseURL }) => {
  expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(60)
  const failures: string[] = []
  for (const [name, request] of Object.entries(corpus)) {
    const { status, head, body } = await rawRequest(baseURL!, request)
    if (status < 200 || status >= 500) failures.push(`${name}: status ${status}`)
    if (STACK_TRACE.test(body) || STACK_TRACE.test(head)) failures.push(`${name}: the answer shows a stack trace or server path`)
  }
  expect(failures).toEqual([])

  // Still serving.
  const after = await rawRequest(baseURL!, get('/'))
  expect(after.status).toBe(200)
})

test('HEAD works on pages', async ({ baseURL }) => {
  const { status, body } = await rawRequest(baseURL!, requestText('HEAD', STORY))
  expect(status).toBe(200)
  expect(body).toBe('')
})

test('made-up addresses leave nothing behind in the page cache; real pages rendered on demand do', async ({ request }) => {
  const cacheDir = path.join(process.cwd(), '.next', 'standalone', '.next')
  const stored = () => listFiles(cacheDir).map((file) => path.relative(cacheDir, file))
  const token = `nosuch${Date.now().toString(36)}`
  const pageNumber = `9${Date.now()}`
  const madeUp = [
    `/articles/${token}`,
    `/tags/${token}`,
    `/authors/${token}`,
    `/sections/${token}`,
    `/archive/page/${pageNumber}`,
    `/archive/page/${'9'.repeat(300)}`, // longer than a file name may be
  ]
  for (const url of madeUp) expect((await request.get(url)).status(), url).toBe(404)

  // The oldest story is not prerendered (PRERENDER_ARTICLES in npm test): its first request renders and stores it.
  const oldest = publishedUrls().at(-1)!
  expect((await request.get(oldest)).status()).toBe(200)
  await expect.poll(() => stored().some((file) => file.includes(path.basename(oldest)))).toBe(true)

  expect(stored().filter((file) => file.includes(token) || file.includes(pageNumber))).toEqual([])
})

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}
