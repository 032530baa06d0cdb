import { newsSitemapArticles, renderNewsSitemap, xmlResponse } from '@/lib/seo/sitemap'

export const revalidate = 300
export const GET = async () => xmlResponse(renderNewsSitemap(await newsSitemapArticles()))
