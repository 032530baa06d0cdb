import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/listing/ArticleListing'
import { JsonLd } from '@/components/ui/JsonLd'
import { tagTrail } from '@/lib/breadcrumbs'
import { getTag, listTagArticles } from '@/lib/content'
import { PAGE_SIZE, pageLinks, pageOffset, parsePageSegment } from '@/lib/pagination'
import { breadcrumbJsonLd } from '@/lib/seo/jsonld'
import { tagMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string; page?: string }> }

/**
 * The topic segment as lib/content names it: "中国" for /tags/%E4%B8%AD%E5%9B%BD. Next.js 16 hands a page
 * its params percent-encoded (it re-encodes the decoded segment with encodeURIComponent:
 * next/dist/shared/lib/router/utils/get-dynamic-param.js; vercel/next.js#64952: route handlers get them
 * decoded), so /tags/c++ arrives as "c%2B%2B". Decoded once here; a value that is not valid
 * percent-encoding (should a later Next.js pass it decoded) is taken as it is.
 */
function topicSegment(param: string): string {
  try {
    return decodeURIComponent(param)
  } catch {
    return param
  }
}

export const revalidate = 300
// Topics are many: each renders on first request, then is cached.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug: param, page } = await params
  const tag = await getTag(topicSegment(param))
  return tag ? tagMetadata(tag, page) : {}
}

export default async function TagPage({ params }: Props) {
  const { slug: param, page: segment } = await params
  const slug = topicSegment(param)
  const tag = await getTag(slug)
  const page = parsePageSegment(segment)
  if (!page) notFound()
  // Other spellings of a topic's address were redirected to it before routing (proxy.ts).
  if (!tag) notFound()
  const { items, total } = await listTagArticles(slug, { offset: pageOffset(page), limit: PAGE_SIZE })
  if (items.length === 0) notFound()
  const trail = tagTrail(tag)
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <ArticleListing
        trail={trail}
        kicker="Topic"
        title={tag.name}
        intro={tag.description && <p className="mt-2 font-serif text-lg text-ink-muted">{tag.description}</p>}
        articles={items}
        links={pageLinks(tag.url, page, total)}
      />
    </>
  )
}
