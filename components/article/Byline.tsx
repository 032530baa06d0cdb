import Link from '@/components/ui/Link'
import { NameList } from '@/components/ui/NameList'
import type { AuthorRef } from '@/lib/content'

/** "By Mei Lin Tan, Markets Editor and Hannah Cho, Economics Correspondent" with links to each author. */
export function Byline({ authors }: { authors: AuthorRef[] }) {
  return (
    <p className="font-sans text-sm text-ink-muted">
      By{' '}
      <NameList people={authors}>
        {(author) => (
          <span>
            <Link href={author.url} rel="author" dir="auto" className="font-semibold text-ink hover:underline">
              {author.name}
            </Link>
            <span>, <bdi>{author.role}</bdi></span>
          </span>
        )}
      </NameList>
    </p>
  )
}
