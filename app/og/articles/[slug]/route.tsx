import { notFound } from 'next/navigation'
import { getArticle } from '@/lib/content'
import { articleImage } from '@/lib/seo/og-image'

// Drawn on first request and cached like the article page.
export const revalidate = 300
export const generateStaticParams = () => []

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug)
  if (!article) notFound()
  return articleImage(article)
}
