// The site's content types are derived from the content model's fields (lib/content/model.ts); these
// checks run in the type check (`npm run typecheck`, and in `next build`) as well as here.
import { describe, expectTypeOf, it } from 'vitest'
import type { ArticleFields, AuthorFields, SectionFields, TagFields } from '@/lib/content/model'
import type { ArticleSummary, IndexedArticle } from '@/lib/content/types'

describe('types derived from the content model', () => {
  it('give required and defaulted fields always, other fields optionally, dates as strings', () => {
    expectTypeOf<ArticleFields['title']>().toEqualTypeOf<string>()
    expectTypeOf<ArticleFields['published']>().toEqualTypeOf<string>()
    expectTypeOf<ArticleFields>().toHaveProperty('updated').toEqualTypeOf<string | undefined>()
    expectTypeOf<ArticleFields['tags']>().toEqualTypeOf<string[]>()
    expectTypeOf<ArticleFields['featured']>().toEqualTypeOf<boolean>()
    expectTypeOf<SectionFields['order']>().toEqualTypeOf<number>()
    expectTypeOf<TagFields>().toHaveProperty('description').toEqualTypeOf<string | undefined>()
  })

  it('read nested types and lists of them field by field', () => {
    expectTypeOf<NonNullable<ArticleFields['hero']>>().toEqualTypeOf<{ src: string; alt: string } & { caption?: string; credit?: string }>()
    expectTypeOf<ArticleFields['corrections'][number]>().toHaveProperty('date').toEqualTypeOf<string>()
    expectTypeOf<ArticleFields['corrections'][number]>().toHaveProperty('note').toEqualTypeOf<string>()
    expectTypeOf<AuthorFields['links'][number]>().toHaveProperty('url').toEqualTypeOf<string>()
    expectTypeOf<ArticleFields['related'][number]>().toHaveProperty('slug').toEqualTypeOf<string | undefined>()
  })

  it('carry every field of the model into the index and the summaries pages receive', () => {
    expectTypeOf<IndexedArticle>().toMatchTypeOf<Omit<ArticleFields, 'related'>>()
    expectTypeOf<ArticleSummary['source']>().toEqualTypeOf<ArticleFields['source']>()
    expectTypeOf<ArticleSummary['retracted']>().toEqualTypeOf<ArticleFields['retracted']>()
  })
})
