import { AuthorIndex } from '@/components/listing/AuthorIndex'
import { listAuthors } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

export const revalidate = 300

export const metadata = pageMetadata({ title: 'Our journalists', description: 'The editors and reporters who write for us.', path: '/authors' })

export default async function AuthorsPage() {
  return <AuthorIndex authors={await listAuthors()} />
}
