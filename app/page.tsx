import { FrontPage } from '@/components/listing/FrontPage'
import { getFrontPage } from '@/lib/content'

export const revalidate = 300

export default function HomePage() {
  return <FrontPage front={getFrontPage({ secondary: 3, latest: 8, perSection: 3 })} />
}
