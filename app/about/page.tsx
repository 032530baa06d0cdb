import Link from '@/components/ui/Link'
import { StaticPage } from '@/components/layout/StaticPage'
import { site } from '@/lib/site'
import { pageMetadata } from '@/lib/seo/metadata'

// Regenerated like every other page, so the shared header and footer stay current.
export const revalidate = 300

export const metadata = pageMetadata({ title: 'About us', description: `What ${site.name} covers and how we work.`, path: '/about' })

export default function AboutPage() {
  return (
    <StaticPage title="About us" path="/about">
      <p>
        {site.name} covers the businesses, markets and policies that move Asia’s economies, and the links between them and
        the rest of the world: trade routes and tariffs, central banks and currencies, factories and chipmakers, energy and
        the climate transition.
      </p>
      <h2>How we work</h2>
      <p>
        Our reporters and editors write original stories and edit agency copy, which is always credited at the foot of
        the article together with the editor who worked on it. When we get something wrong, we correct it and say so on
        the story, with the date of the correction.
      </p>
      <p>
        Stories carry the time they were first published and, when they change in substance, the time of the last update.
        Links under “Read more” point to our own related coverage and to other outlets whose reporting adds to ours.
      </p>
      <h2>Who we are</h2>
      <p>
        Meet the people behind the stories on the <Link href="/authors">journalists</Link> page, or browse{' '}
        <Link href="/archive">every story we have published</Link>.
      </p>
    </StaticPage>
  )
}
