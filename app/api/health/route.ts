import { newestArticleSlugs } from '@/lib/content'

// For load balancers and uptime checks: answered fresh on every request, never cached.
export const dynamic = 'force-dynamic'

export async function GET() {
  const headers = { 'Cache-Control': 'no-store' }
  const buildId = process.env.MERIDIAN_BUILD_ID
  try {
    // Healthy means the server can read the content it renders pages from (a query, not a cached value).
    await newestArticleSlugs(1)
    return Response.json({ status: 'ok', buildId }, { headers })
  } catch (error) {
    return Response.json({ status: 'error', buildId, error: (error as Error).message }, { status: 503, headers })
  }
}
