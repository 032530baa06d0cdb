// Every page URL the content links to is made here.

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const articleUrl = (slug: string) => `/articles/${slug}`
export const authorUrl = (slug: string) => `/authors/${slug}`
export const sectionUrl = (slug: string) => `/sections/${slug}`
export const tagUrl = (slug: string) => `/tags/${slug}`
