import Link from '@/components/ui/Link'
import type { AuthorProfile } from '@/lib/content'
import { Avatar } from '@/components/ui/Avatar'
import { MdxContent } from '@/components/mdx/MdxContent'

/** The author box: at the foot of an article (linking to the author's page) and atop that page. */
export function AuthorBio({ author, linkToProfile = true }: { author: AuthorProfile; linkToProfile?: boolean }) {
  return (
    <aside aria-label={`About ${author.name}`} className="mt-10 flex gap-4 border-y border-rule py-6" data-author-bio>
      <Avatar src={author.avatar} name={author.name} size={72} />
      <div className="min-w-0">
        <p dir="auto" className="font-serif text-xl font-bold">
          {linkToProfile ? (
            <Link href={author.url} className="hover:underline">
              {author.name}
            </Link>
          ) : (
            author.name
          )}
        </p>
        <p dir="auto" className="font-sans text-sm text-ink-muted">{author.role}</p>
        <div dir="auto" className="mt-2 font-serif text-base leading-relaxed [&_p]:mt-2">
          <MdxContent code={author.bioCode} />
        </div>
        {author.links.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-4 font-sans text-sm">
            {author.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} dir="auto" rel="noopener noreferrer me" className="text-accent hover:underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  )
}
