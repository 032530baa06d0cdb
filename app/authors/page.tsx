import type { Metadata } from 'next'
import { AuthorIndex } from '@/components/listing/AuthorIndex'
import { listAuthors } from '@/lib/content'

export const revalidate = 300

export const metadata: Metadata = { title: 'Our journalists', description: 'The editors and reporters who write for us.' }

export default function AuthorsPage() {
  return <AuthorIndex authors={listAuthors()} />
}
