import { FrontPage } from '@/components/listing/FrontPage'
import { JsonLd } from '@/components/ui/JsonLd'
import { getFrontPage } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/seo/jsonld'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

export const revalidate = 300
export const metadata = pageMetadata({ description: site.description, path: '/' })

export default async function HomePage() {
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <FrontPage front={await getFrontPage({ secondary: 3, latest: 8, perSection: 5 })} />
    </>
  )
}
