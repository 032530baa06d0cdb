import { siteImage } from '@/lib/seo/og-image'

export const dynamic = 'force-static'
export const GET = () => siteImage()
