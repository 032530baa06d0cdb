import { StaticPage } from '@/components/layout/StaticPage'
import { site } from '@/lib/site'
import { pageMetadata } from '@/lib/seo/metadata'

// Regenerated like every other page, so the shared header and footer stay current.
export const revalidate = 300

export const metadata = pageMetadata({ title: 'Contact', description: `How to reach the ${site.name} newsroom.`, path: '/contact' })

export default function ContactPage() {
  return (
    <StaticPage title="Contact" path="/contact">
      <p>We read everything readers send us. Please choose the address that fits, so your message reaches the right desk.</p>
      <h2>News tips</h2>
      <p>
        Send story ideas and documents to <a href="mailto:tips@meridian.example">tips@meridian.example</a>. Tell us how to
        reach you and whether you want your name kept out of any story.
      </p>
      <h2>Corrections</h2>
      <p>
        If you think a story contains an error, write to <a href="mailto:corrections@meridian.example">corrections@meridian.example</a>{' '}
        with the headline and what you believe is wrong. An editor reviews every request.
      </p>
      <h2>Everything else</h2>
      <p>
        For partnerships, syndication and general questions: <a href="mailto:hello@meridian.example">hello@meridian.example</a>.
      </p>
    </StaticPage>
  )
}
