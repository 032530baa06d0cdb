// Structured data (schema.org, as JSON-LD) for each kind of page. Typed with schema-dts so a
// misspelt property fails the type check.
import type { BreadcrumbList, NewsArticle, Organization, Person, WebSite, WithContext } from 'schema-dts'
import type { Crumb } from '@/lib/breadcrumbs'
import type { Article, AuthorProfile } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'
import { articleImageUrl } from './metadata'

const publisher: Organization = {
  '@type': 'NewsMediaOrganization',
  name: site.name,
  url: absoluteUrl('/'),
  logo: { '@type': 'ImageObject', url: absoluteUrl(site.logo), width: '512', height: '512' },
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(article.url)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    image: [...(article.hero ? [absoluteUrl(article.hero.src)] : []), absoluteUrl(articleImageUrl(article.slug))],
    datePublished: article.published,
    dateModified: article.modified,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(a.url), jobTitle: a.role })),
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: site.language,
    ...(article.source && { sourceOrganization: { '@type': 'Organization', name: article.source } }),
    // https://schema.org/creativeWorkStatus (free text; "Retracted" as newsrooms say it), with the dated note
    // as a https://schema.org/CorrectionComment.
    ...(article.retracted && {
      creativeWorkStatus: 'Retracted',
      correction: { '@type': 'CorrectionComment', text: article.retracted.note, datePublished: article.retracted.date },
    }),
  }
}

/** The trail from the home page to this page; the last crumb is the page itself. */
/** The same trail the page shows (lib/breadcrumbs), from the home page down. */
export function breadcrumbJsonLd(trail: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.url),
    })),
  }
}

export function personJsonLd(author: AuthorProfile): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    jobTitle: author.role,
    url: absoluteUrl(author.url),
    ...(author.avatar && { image: absoluteUrl(author.avatar) }),
    worksFor: publisher,
    sameAs: author.links.map((l) => l.url).filter((url) => /^https?:\/\//.test(url)),
  }
}

export function webSiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: absoluteUrl('/'),
    inLanguage: site.language,
    publisher,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
      // schema-dts has no type for Google's "required name=" form of query-input.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  }
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no value can close the script. */
export const serializeJsonLd = (data: object) =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
