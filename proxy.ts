import { NextResponse, type NextRequest } from 'next/server'
import { tagSlug, tagUrl } from '@/lib/content/urls'

const TOPIC_PATH = /^\/tags\/([^/]+)(\/.*)?$/

/**
 * Runs before routing, for the addresses in `config.matcher` only.
 * - A path that is not valid percent-encoding (e.g. /articles/%C3%28 or /articles/100%) answers 400: Next.js
 *   answers 500 for it, its parameter decoding throws, but it is the client's mistake.
 * - Another spelling of a topic's address (/tags/China, /tags/Ni%C3%B1o, a decomposed é typed on a Mac)
 *   answers a permanent redirect to the one address (urls.ts: tagSlug, a pure function, so no content is
 *   read here). Done here rather than in the page: a redirect rendered by an ISR page carries its Location
 *   header twice on first render (vercel/next.js#82117), and every made-up spelling would be cached.
 */
export function proxy(request: NextRequest) {
  let path: string
  try {
    path = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid URL encoding.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const topic = TOPIC_PATH.exec(path)
  if (topic) {
    const address = tagSlug(topic[1])
    if (address && address !== topic[1]) {
      const url = request.nextUrl.clone()
      url.pathname = `${tagUrl(address)}${topic[2] ?? ''}`
      return NextResponse.redirect(url, 308)
    }
  }
  return NextResponse.next()
}

export const config = {
  // Only addresses with a percent sign can be badly encoded, and topic addresses may need a redirect.
  // Keeping every other request away from the proxy also keeps its request adapter away from methods
  // it cannot represent (TRACE).
  matcher: ['/(.*%.*)', '/tags/:path*'],
}
