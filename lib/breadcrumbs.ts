// The trail above each page, from the home page down. Rendered by components/layout/Breadcrumbs.
import type { AuthorRef, SectionRef, TagRef } from '@/lib/content'

export type Crumb = { name: string; url: string }

const home: Crumb = { name: 'Home', url: '/' }
const sections: Crumb = { name: 'Sections', url: '/sections' }
const journalists: Crumb = { name: 'Journalists', url: '/authors' }

export const articleTrail = (section: SectionRef): Crumb[] => [home, { name: section.name, url: section.url }]
export const sectionTrail = (section: SectionRef): Crumb[] => [home, sections, { name: section.name, url: section.url }]
export const tagTrail = (tag: TagRef): Crumb[] => [home, { name: tag.name, url: tag.url }]
export const authorTrail = (author: AuthorRef): Crumb[] => [home, journalists, { name: author.name, url: author.url }]
export const archiveTrail = (): Crumb[] => [home, { name: 'All stories', url: '/archive' }]
export const sectionsTrail = (): Crumb[] => [home, sections]
export const journalistsTrail = (): Crumb[] => [home, journalists]
