import { revalidatePath } from 'next/cache'
import { checkRevalidateRequest } from '@/lib/revalidate-request'

// POST /api/revalidate?path=/ with `Authorization: Bearer $REVALIDATE_SECRET`: the page is regenerated on its
// next request (on every instance when they share the Redis cache) instead of within five minutes.
export const dynamic = 'force-dynamic'

export function POST(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  const checked = checkRevalidateRequest(process.env.REVALIDATE_SECRET, request.headers.get('authorization'), path)
  const headers = { 'Cache-Control': 'no-store' }
  if (!checked.ok) return Response.json({ error: checked.error }, { status: checked.status, headers })
  revalidatePath(checked.path)
  return Response.json({ revalidated: checked.path }, { headers })
}
