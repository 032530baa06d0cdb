import { listAuthors } from '@/lib/content'
import { authorFeed } from '@/lib/seo/feed-routes'

export const revalidate = 300
export const generateStaticParams = async () => (await listAuthors()).map(({ slug }) => ({ slug }))
export const GET = authorFeed('json')
