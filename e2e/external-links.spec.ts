import { expect, test } from '@playwright/test'

// Every page reachable from the front page: links to other sites must not hand them our window or the
// reader's URL (rel="noopener noreferrer").
test('every external link on the site carries rel="noopener noreferrer"', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const queue = ['/']
  const seen = new Set(queue)
  const unsafe: string[] = []
  let external = 0
  while (queue.length > 0) {
    const url = queue.shift()!
    const response = await request.get(url)
    if (!response.headers()['content-type']?.includes('text/html')) continue
    for (const [tag] of (await response.text()).matchAll(/<a\s[^>]*>/g)) {
      const href = tag.match(/\shref="([^"]*)"/)?.[1]
      if (!href) continue
      const target = new URL(href.replaceAll('&amp;', '&'), origin)
      if (target.origin === origin) {
        const path = target.pathname + target.search
        if (!seen.has(path) && !path.startsWith('/_next/')) seen.add(path), queue.push(path)
      } else if (target.protocol.startsWith('http')) {
        external++
        const rel = tag.match(/\srel="([^"]*)"/)?.[1].split(/\s+/) ?? []
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${url}: ${tag}`)
      }
    }
  }
  expect(seen.size, 'pages crawled').toBeGreaterThan(30)
  expect(external, 'external links found').toBeGreaterThan(0)
  expect(unsafe).toEqual([])
})
