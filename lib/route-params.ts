/**
 * A dynamic route segment as lib/content names it: "中国" for /tags/%E4%B8%AD%E5%9B%BD. Next.js 16 hands a
 * page its params percent-encoded (it re-encodes the decoded segment with encodeURIComponent:
 * next/dist/shared/lib/router/utils/get-dynamic-param.js; vercel/next.js#64952: route handlers get them
 * decoded), so /tags/c++ arrives as "c%2B%2B". Decoded once here; a value that is not valid
 * percent-encoding (should a later Next.js pass it decoded) is taken as it is.
 */
export function decodeSegment(param: string): string {
  try {
    return decodeURIComponent(param)
  } catch {
    return param
  }
}
