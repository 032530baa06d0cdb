// GET handlers for the feed routes, so that each route file is one line per format.
import { notFound } from 'next/navigation'
import { getAuthor, getSection, listArticles, listAuthorArticles, listSectionArticles } from '@/lib/content'
import { FEED_SIZE, feedResponse, renderFeed, type FeedFormat } from './feeds'

type SlugContext = { params: Promise<{ slug: string }> }

export const siteFeed = (format: FeedFormat) => async () =>
  feedResponse(renderFeed({ kind: 'site' }, (await listArticles({ limit: FEED_SIZE })).items, format), format)

export const sectionFeed = (format: FeedFormat) => async (_request: Request, { params }: SlugContext) => {
  const section = await getSection((await params).slug)
  if (!section) notFound()
  const { items } = await listSectionArticles(section.slug, { limit: FEED_SIZE })
  return feedResponse(renderFeed({ kind: 'section', slug: section.slug, name: section.name }, items, format), format)
}

export const authorFeed = (format: FeedFormat) => async (_request: Request, { params }: SlugContext) => {
  const author = await getAuthor((await params).slug)
  if (!author) notFound()
  const { items } = await listAuthorArticles(author.slug, { limit: FEED_SIZE })
  return feedResponse(renderFeed({ kind: 'author', slug: author.slug, name: author.name }, items, format), format)
}
