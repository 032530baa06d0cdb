import { listSections } from '@/lib/content'
import { sectionFeed } from '@/lib/seo/feed-routes'

export const revalidate = 300
export const generateStaticParams = async () => (await listSections()).map(({ slug }) => ({ slug }))
export const GET = sectionFeed('rss')
