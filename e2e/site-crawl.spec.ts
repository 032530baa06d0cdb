import { expect, test } from '@playwright/test'
import { publishedUrls } from './content'

// Everything a reader can reach from the home page: pages, images, scripts, styles, feeds.
const attribute = (tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]*)"`, 'g')
const decode = (value: string) => value.replace(/&amp;/g, '&')

function linksOf(html: string): string[] {
  const found = [
    ...[...html.matchAll(attribute('a', 'href'))].map((m) => m[1]),
    ...[...html.matchAll(attribute('link', 'href'))].map((m) => m[1]),
    ...[...html.matchAll(attribute('img', 'src'))].map((m) => m[1]),
    ...[...html.matchAll(attribute('script', 'src'))].map((m) => m[1]),
    ...[...html.matchAll(attribute('img', 'srcSet'))].flatMap((m) => m[1].split(',').map((c) => c.trim().split(/\s+/)[0])),
  ]
  return found.map(decode).filter((url) => url.startsWith('/') && !url.startsWith('//'))
}

test('crawl from the home page: every internal link and asset answers 200, every image has alt text, every story is reachable', async ({ request }) => {
  test.setTimeout(180_000)
  const queue = ['/']
  const seen = new Set(queue)
  const broken: string[] = []
  const imagesWithoutAlt: string[] = []
  const pages: string[] = []

  while (queue.length > 0) {
    const url = queue.shift()!
    const response = await request.get(url, { maxRedirects: 0 })
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()}`)
      continue
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue
    pages.push(url.split('#')[0])
    const html = await response.text()
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) if (!/\salt="/.test(img)) imagesWithoutAlt.push(`${url}: ${img.slice(0, 120)}`)
    for (const link of linksOf(html)) {
      const target = link.split('#')[0]
      if (target && !seen.has(target)) {
        seen.add(target)
        queue.push(target)
      }
    }
  }

  expect(broken).toEqual([])
  expect(imagesWithoutAlt).toEqual([])
  const unreachable = publishedUrls().filter((url) => !pages.includes(url))
  expect(unreachable).toEqual([])
  console.log(`crawled ${pages.length} pages and ${seen.size - pages.length} other URLs`)
})
