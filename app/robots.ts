import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/site'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/search' },
    // The news sitemap is named even while it is empty (no story in the last two days): Google's news sitemap
    // guide says an empty one is expected and harmless, and that the same file is updated as stories appear
    // (see renderNewsSitemap in lib/seo/sitemap.ts).
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
