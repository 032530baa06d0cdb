import { siteFeed } from '@/lib/seo/feed-routes'

export const revalidate = 300
export const GET = siteFeed('rss')
