import { timingSafeEqual } from 'node:crypto'

export type RevalidateRequest = { ok: true; path: string } | { ok: false; status: 400 | 401 | 404; error: string }

/**
 * Checks a request to regenerate a page now instead of within the revalidation interval.
 * The secret comes from REVALIDATE_SECRET; without it the endpoint does not exist.
 */
export function checkRevalidateRequest(secret: string | undefined, authorization: string | null, path: string | null): RevalidateRequest {
  if (!secret) return { ok: false, status: 404, error: 'Not found' }
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '')
  const expected = Buffer.from(secret)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 401, error: 'Missing or wrong bearer token' }
  }
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.length > 1024) {
    return { ok: false, status: 400, error: 'Give the page as ?path=/articles/<slug> (a path on this site)' }
  }
  return { ok: true, path }
}
