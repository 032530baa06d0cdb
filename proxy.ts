import { NextResponse, type NextRequest } from 'next/server'

// Next.js answers 500 when a dynamic segment is not valid percent-encoding (e.g. /articles/%C3%28
// or /articles/100%): its parameter decoding throws. Such a URL is the client's mistake, so answer 400.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid URL encoding.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return NextResponse.next()
}

export const config = {
  // Only addresses with a percent sign can be badly encoded. Keeping every other request away from
  // the proxy also keeps its request adapter away from methods it cannot represent (TRACE).
  matcher: '/(.*%.*)',
}
