import Link from '@/components/ui/Link'
import { brand } from '@/lib/brand'

/** The site's name and tagline at the top of every page, linking to the front page (.logo in app/globals.css). */
export function SiteLogo() {
  return (
    <Link href="/" className="logo">
      <b>{brand.name}</b>
      <span>{brand.tagline}</span>
    </Link>
  )
}
