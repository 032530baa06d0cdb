import { siteImage } from '@/lib/seo/og-image'

export const GET = () => siteImage()
