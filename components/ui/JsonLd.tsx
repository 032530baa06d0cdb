import type { Thing, WithContext } from 'schema-dts'
import { serializeJsonLd } from '@/lib/seo/jsonld'

/** Structured data for search engines; escaped so that no text in it can end the script early. */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
