import { renderSitemap, siteSitemapEntries, xmlResponse } from '@/lib/seo/sitemap'

export const revalidate = 300
export const GET = async () => xmlResponse(renderSitemap(await siteSitemapEntries()))
