import Link from '@/components/ui/Link'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { journalistsTrail } from '@/lib/breadcrumbs'
import type { AuthorRef } from '@/lib/content'
import { Avatar } from '@/components/ui/Avatar'

export function AuthorIndex({ authors }: { authors: AuthorRef[] }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <Breadcrumbs trail={journalistsTrail()} />
      <h1 className="mt-4 border-b-4 border-ink pb-4 font-serif text-4xl font-bold tracking-tight">Our journalists</h1>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {authors.map((author) => (
          <li key={author.slug} className="flex items-center gap-4 border-t border-rule pt-4">
            <Avatar src={author.avatar} name={author.name} size={64} />
            <div>
              <Link href={author.url} className="font-serif text-xl font-bold hover:text-accent hover:underline">
                {author.name}
              </Link>
              <p className="font-sans text-sm text-ink-muted">{author.role}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
