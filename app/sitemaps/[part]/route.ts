import { notFound } from 'next/navigation'
import { renderUrlset, siteSitemapEntries, sitemapPart, xmlResponse } from '@/lib/seo/sitemap'

// The parts of /sitemap.xml once the site has more than 50,000 URLs: /sitemaps/1.xml, /sitemaps/2.xml, …
export const revalidate = 300
export const generateStaticParams = () => []

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const number = /^([1-9][0-9]{0,4})\.xml$/.exec((await params).part)?.[1]
  const entries = number ? sitemapPart(await siteSitemapEntries(), Number(number)) : undefined
  if (!entries) notFound()
  return xmlResponse(renderUrlset(entries))
}
