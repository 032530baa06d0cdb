// "Never a stack trace from the check" (issue 12): for any article an editor may write, valid or broken in the
// ways editors break them (property-arbitraries.ts), the content check either passes, and then everything that
// shows the story works (the article page and cards render, feeds and sitemaps parse strictly, JSON-LD parses,
// search finds it, the share image draws), or it fails naming the file and field of each slip, in words, never
// with a stack trace. Runs PROPERTY_RUNS cases (a bounded number by default; set it higher for a soak run).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleHeader } from '@/components/article/ArticleHeader'
import { AuthorBio } from '@/components/article/AuthorBio'
import { Corrections } from '@/components/article/Corrections'
import { HeroFigure } from '@/components/article/HeroFigure'
import { ReadMore } from '@/components/article/ReadMore'
import { RecentPosts } from '@/components/article/RecentPosts'
import { SourceCredit } from '@/components/article/SourceCredit'
import { ArticleCard } from '@/components/listing/ArticleCard'
import { articleMdxComponents } from '@/components/mdx/components'
import { MdxContent } from '@/components/mdx/MdxContent'
import { SearchResults } from '@/components/search/SearchResults'
import { TagList } from '@/components/ui/TagList'
import { articleTrail } from '@/lib/breadcrumbs'
import Database from 'libsql'
import type { ContentProblem } from '@/lib/content-build/build-index'
import { contentBuilder, databaseInput, type CheckedContent } from '@/lib/content-build/content-build'
import { CONTENT_SCHEMA, sqliteSource } from '@/lib/content/database'
import { publicDir } from '@/lib/content/paths'
import { normalizeQuery } from '@/lib/content/search'
import { createContentStore, type ArticlePage } from '@/lib/content/store'
import { syncContentDatabase } from '@/lib/content-build/write-database'
import { renderFeed, type FeedFormat, type FeedScope } from '@/lib/seo/feeds'
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/jsonld'
import { articleImage } from '@/lib/seo/og-image'
import { buildSitemapEntries, NEWS_WINDOW_MS, renderNewsSitemap, renderUrlset } from '@/lib/seo/sitemap'
import { absoluteUrl } from '@/lib/site'
import { checkAtom, checkJsonFeed11, checkJsonLd, checkRss, checkSitemap, childOf, childrenOf, NS, type XmlElement } from '@/tests/support/strict-output'
import { body, editorText, frontMatter, NEWSROOM, writeYaml, yamlSlip, type Block, type Slip, type YamlStyle } from './property-arbitraries'

/** Cases per run: bounded for `npm test`; PROPERTY_RUNS=2000 for a soak run. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 50)
/** Every how many valid cases the share image is drawn too (it is the slowest output). */
const IMAGE_EVERY = Number(process.env.PROPERTY_IMAGE_EVERY ?? 5)

// ---------------------------------------------------------------------------------------------- cases

type Case = {
  fileName: string
  fileSlip?: Slip
  entries: [string, unknown][]
  publishedMs: number
  style: YamlStyle
  yamlSlip?: { what: string; apply: (yaml: string) => string }
  body: { mdx: string; blocks: Block[] }
  slips: Slip[]
  sectionName: string
  authorName: string
}

const fileName: fc.Arbitrary<{ name: string; slip?: Slip }> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/).filter((s) => s !== NEWSROOM.other && s !== NEWSROOM.draft).map((s) => ({ name: `articles/${s}.mdx` })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('articles/Bad_Name.mdx', 'articles/ünïcode.mdx', 'articles/two--hyphens.mdx', `articles/2026/${NEWSROOM.other}.mdx`).map((name) => ({
      name,
      slip: { what: `file name ${name}`, fields: ['file name'], kind: 'cross' as const },
    })),
  },
)

/** A case broken about `w` percent of the time per field and body block (0: valid throughout). */
const caseOf = (w: number): fc.Arbitrary<Case> =>
  fc
    .record({
      file: w === 0 ? fileName.filter((f) => !f.slip) : fileName,
      front: frontMatter(w),
      style: fc.constantFrom<YamlStyle>('library', 'library', 'quoted', ...(w === 0 ? [] : (['plain'] as const))),
      yaml: w === 0 ? fc.constant(undefined) : fc.option(yamlSlip, { freq: 8 }),
      // Body slips are drawn more often: each block is one of many shapes, each slip one of many families.
      body: body(Math.min(2 * w, 100)),
      sectionName: editorText(60),
      authorName: editorText(60),
    })
    .map(({ file, front, style, yaml, body: b, sectionName, authorName }) => ({
      fileName: file.name,
      entries: front.entries,
      publishedMs: front.publishedMs,
      // A slip of YAML syntax is written by hand.
      style: yaml && style === 'library' ? 'quoted' : style,
      yamlSlip: yaml ?? undefined,
      body: b,
      slips: [
        ...front.slips,
        ...b.slips,
        ...(file.slip ? [file.slip] : []),
        ...(yaml ? [{ what: `front matter: ${yaml.what}`, fields: ['front matter'], kind: 'yaml' as const }] : []),
      ],
      sectionName,
      authorName,
    }))

const anyCase = fc.oneof(caseOf(0), caseOf(15))

// ---------------------------------------------------------------------------------------------- newsroom

const yamlText = (value: string) => JSON.stringify(value)

function writeNewsroom(dir: string, c: Case): string {
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  write(`authors/${NEWSROOM.author}.mdx`, `---\nname: ${yamlText(c.authorName)}\nrole: Senior Editor\n---\n\nCovers markets in [Asia](https://example.com/asia).\n`)
  write(`authors/${NEWSROOM.otherAuthor}.mdx`, `---\nname: ${yamlText('山田 太郎 😀')}\nrole: "Reporter & editor"\n---\n\nNo avatar.\n`)
  write(`sections/${NEWSROOM.section}.yaml`, `name: ${yamlText(c.sectionName)}\ndescription: Prices, rates & trade\norder: 1\n`)
  write(
    `articles/${NEWSROOM.other}.mdx`,
    `---\ntitle: Another story\ndek: Its dek.\npublished: 1990-01-01T00:00:00Z\nauthors: [${NEWSROOM.author}]\nsection: ${NEWSROOM.section}\ntags: [${NEWSROOM.otherTag}]\n---\n\nThe other story.\n`,
  )
  write(
    `articles/${NEWSROOM.draft}.mdx`,
    `---\ntitle: A draft\ndek: Not yet.\npublished: 1991-01-01T00:00:00Z\nauthors: [${NEWSROOM.author}]\nsection: ${NEWSROOM.section}\ndraft: true\n---\n\nDraft.\n`,
  )
  let yaml = writeYaml(c.entries, c.style)
  if (c.yamlSlip) yaml = c.yamlSlip.apply(yaml)
  write(c.fileName, `---\n${yaml}---\n${c.body.mdx}`)
  return `content/${c.fileName}`
}

// ---------------------------------------------------------------------------------------------- the check's answer

const rootField = (field: string) => field.split(/[.[]| \(/)[0]

/** Every problem names a file of the newsroom and a field, in words an editor can act on. */
function expectWellFormedProblems(problems: ContentProblem[], contentDir: string) {
  for (const p of problems) {
    const shown = JSON.stringify(p)
    expect(p.file, shown).toMatch(/^content\/.+\.(mdx|yaml)$/)
    expect(fs.existsSync(path.join(contentDir, p.file.slice('content/'.length))), shown).toBe(true)
    expect(typeof p.field === 'string' && p.field.trim() !== '' && p.field === p.field.trim(), shown).toBe(true)
    expect(typeof p.message === 'string' && p.message.trim().length > 5, shown).toBe(true)
    // An error nobody foresaw, turned into a problem by the check's safety net, is a bug all the same.
    for (const bad of ['    at ', 'undefined', '[object Object]', 'NaN', 'could not be read:', 'could not be compiled:', 'Error:'])
      expect(p.message.includes(bad), `message contains "${bad}": ${shown}`).toBe(false)
  }
}

/** Each slip is reported on the article, naming its field, unless an earlier slip hides it (see Slip). */
function expectSlipsReported(c: Case, result: CheckedContent, file: string) {
  const mine = result.problems.filter((p) => p.file === file)
  const roots = new Set(mine.map((p) => rootField(p.field)))
  const unreadable = roots.has('front matter') || roots.has('file')
  const bodyCompiled = !result.bodies.problems.some((p) => p.file === file)
  for (const s of c.slips) {
    // Written unquoted, a slip in a value may be read as a valid value of another type ("true" as true).
    if (c.style === 'plain' && (s.kind === 'own' || s.kind === 'cross') && !s.fields.includes('file name')) continue
    const due =
      s.kind === 'yaml' || s.kind === 'compile'
        ? true
        : s.kind === 'own'
          ? !unreadable
          : s.kind === 'cross'
            ? !unreadable && !(s.dependsOn ?? []).some((d) => roots.has(d))
            : !unreadable && bodyCompiled
    if (due) expect(s.fields.some((f) => roots.has(f)), `${s.what}: expected a problem naming ${s.fields.join(' or ')}; got ${JSON.stringify(mine, null, 1)}`).toBe(true)
  }
  // Written by the yaml library or with every text quoted, a case without slips is valid.
  if (c.slips.length === 0 && c.style !== 'plain') expect(result.problems, 'a valid article was refused').toEqual([])
}

// ---------------------------------------------------------------------------------------------- what readers get

const REPLACEMENT = '\uFFFD'
const nfc = (s: string) => s.normalize('NFC')

const textOf = (parent: XmlElement, name: string, uri?: string) => childOf(parent, name, uri).text


/**
 * The word of `title` search must find it by: its longest run of letters (with their marks) and digits
 * between spaces, punctuation and symbols, in the compatibility form search folds text to (NFKC: ㍱ is
 * hPa, ² is 2, and they join the letters next to them).
 */
function searchWord(title: string): string | undefined {
  const words = title
    .normalize('NFKC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => /^[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*$/u.test(w))
  return words.sort((a, b) => b.length - a.length)[0]
}

let imagesDrawn = 0
let validCases = 0

async function expectEverythingWorks(c: Case, result: CheckedContent, bodiesDir: string) {
  const slug = path.posix.basename(c.fileName, '.mdx')
  const index = result.index!
  const documents = result.documents!
  const indexed = index.articles.find((a) => a.slug === slug)!
  expect(indexed, 'the article is in the index').toBeDefined()
  const now = new Date(c.publishedMs + 3600_000)
  const db = new Database(':memory:')
  db.exec(CONTENT_SCHEMA)
  syncContentDatabase(db, databaseInput({ documents, index, bodies: result.bodies }, bodiesDir))
  const store = createContentStore(sqliteSource(db), { preview: false, clock: () => now })
  const exact = c.style !== 'plain'
  const typed = Object.fromEntries(c.entries) as Record<string, unknown>
  if (exact) {
    expect(indexed.title).toBe(nfc(typed.title as string))
    expect(indexed.dek).toBe(nfc(typed.dek as string))
  }

  // The body's plain text (excerpts, search snippets) is what readers see: escapes and entities decoded,
  // no footnote markers, table rules or code-fence info.
  const facts = result.bodies.facts.get(c.fileName)!
  expect(facts.text).not.toContain('[^n]')
  expect(facts.text).not.toContain('showLineNumbers')
  expect(facts.text).not.toContain('| --- |')
  const [first] = c.body.blocks
  if (first.shown !== undefined && c.body.blocks.filter((b) => b.shown !== undefined).length === c.body.blocks.length) {
    // A body of paragraphs only: its text is theirs, in order.
    const shown = nfc(c.body.blocks.map((b) => b.shown).join(' ')).replace(/[ \t\n\r\f\v]+/g, ' ').trim()
    expect(facts.text).toBe(shown)
  }
  if (first.shown !== undefined && first.shown.trim() !== '') {
    const lead = nfc(first.shown).replace(/[ \t\n\r\f\v]+/g, ' ').trim()
    expect(lead.startsWith(indexed.excerpt.replace(/…$/, '')), `excerpt ${JSON.stringify(indexed.excerpt)} of ${JSON.stringify(lead)}`).toBe(true)
  }

  if (indexed.draft) {
    expect(await store.getArticle(slug)).toBeUndefined()
    expect(renderFeed({ kind: 'site' }, (await store.listArticles({ limit: 50 })).items, 'rss')).not.toContain(`/articles/${slug}<`)
    return
  }
  validCases++
  const article = (await store.getArticle(slug))!
  expect(article, 'a published article is shown').toBeDefined()
  const url = absoluteUrl(article.url)

  // The article page's parts, rendered as the page renders them.
  const authors = await Promise.all(article.authors.map(async (a) => (await store.getAuthor(a.slug))!))
  const html = renderToString(
    <>
      <ArticleHeader article={article} />
      {article.hero && <HeroFigure image={article.hero} />}
      <MdxContent code={article.code} components={articleMdxComponents(article.mentions)} />
      {article.source && <SourceCredit source={article.source} editors={article.authors} />}
      <Corrections corrections={article.corrections} />
      <TagList tags={article.tags} />
      <ReadMore links={await store.getReadMore(slug)} />
      {authors.map((author) => (
        <AuthorBio key={author.slug} author={author} />
      ))}
      <RecentPosts articles={await store.getRecentArticles({ limit: 6, exclude: slug })} />
    </>,
  )
  expect(html).not.toContain(REPLACEMENT)
  const jsonLd = serializeJsonLd([newsArticleJsonLd(article), breadcrumbJsonLd([...articleTrail(article.section), { name: article.title, url: article.url }])])
  expect(jsonLd).not.toMatch(/<|\u2028|\u2029/)
  const [news] = checkJsonLd(jsonLd, 'article JSON-LD')
  expect(news.headline).toBe(article.title)
  expect(news.description).toBe(article.dek)

  // Every listing that shows the story: home, archive, its section, its authors, its topics, search.
  const listed = (items: { slug: string }[]) => items.some((a) => a.slug === slug)
  const front = await store.getFrontPage({ secondary: 4, latest: 10, perSection: 4 })
  expect([front.lead, ...front.secondary, ...front.latest].some((a) => a?.slug === slug)).toBe(true)
  expect(listed((await store.listArticles({ limit: 10 })).items)).toBe(true)
  expect(await store.getSection(article.section.slug)).toBeDefined()
  expect(listed((await store.listSectionArticles(article.section.slug, { limit: 10 })).items)).toBe(true)
  for (const author of article.authors) {
    expect(await store.getAuthor(author.slug)).toBeDefined()
    expect(listed((await store.listAuthorArticles(author.slug, { limit: 10 })).items)).toBe(true)
  }
  for (const tag of article.tags) {
    expect(tag.url).toBe(`/tags/${encodeURIComponent(tag.slug)}`)
    expect(decodeURIComponent(new URL(absoluteUrl(tag.url)).pathname)).toBe(`/tags/${tag.slug}`)
    expect(await store.getTag(tag.slug), `topic page of ${tag.slug}`).toBeDefined()
    expect(listed((await store.listTagArticles(tag.slug, { limit: 10 })).items)).toBe(true)
  }
  const word = searchWord(article.title)
  if (word) {
    const hits = await store.search(normalizeQuery(word), { limit: 10 })
    expect(listed(hits.items.map((h) => h.article)), `search for ${JSON.stringify(word)} finds ${JSON.stringify(article.title)}`).toBe(true)
    const results = renderToString(<SearchResults hits={hits.items} links={{ page: 1, pageCount: 1 }} />)
    expect(results).not.toContain(REPLACEMENT)
  }
  for (const variant of ['lead', 'standard', 'compact', 'text', 'headline'] as const)
    expect(renderToString(<ArticleCard article={article} variant={variant} />)).not.toContain(REPLACEMENT)

  // Feeds of the site, the section and each author, in every format, strict.
  const scopes: [FeedScope, { slug: string }[]][] = [
    [{ kind: 'site' }, (await store.listArticles({ limit: 50 })).items],
    [{ kind: 'section', slug: article.section.slug, name: article.section.name }, (await store.listSectionArticles(article.section.slug, { limit: 50 })).items],
    ...(await Promise.all(
      article.authors.map(async (a): Promise<[FeedScope, { slug: string }[]]> => [{ kind: 'author', slug: a.slug, name: a.name }, (await store.listAuthorArticles(a.slug, { limit: 50 })).items]),
    )),
  ]
  for (const [scope, items] of scopes) {
    const summaries = items as Parameters<typeof renderFeed>[1]
    for (const format of ['rss', 'atom', 'json'] as FeedFormat[]) {
      const feed = renderFeed(scope, summaries, format)
      const label = `${scope.kind} ${format}`
      expect(feed, label).not.toContain(REPLACEMENT)
      if (format === 'rss') {
        const item = childrenOf(checkRss(feed, label), 'item').find((i) => textOf(i, 'link') === url)!
        expect(textOf(item, 'title')).toBe(article.title)
      } else if (format === 'atom') {
        const feedElement = checkAtom(feed, label)
        expect(textOf(feedElement, 'title')).toBe(scope.kind === 'site' ? textOf(feedElement, 'title') : `${scope.name} | Meridian`)
        const entry = childrenOf(feedElement, 'entry').find((e) => textOf(e, 'id') === url)!
        expect(textOf(entry, 'title')).toBe(article.title)
        expect(textOf(entry, 'summary')).toBe(article.dek)
        expect(childOf(entry, 'category').attributes.label).toBe(article.section.name)
      } else {
        const json = checkJsonFeed11(feed, label) as { items: { id: string; title: string }[] }
        expect(json.items.find((i) => i.id === url)?.title).toBe(article.title)
      }
    }
  }

  // The sitemap and the news sitemap.
  const published = (await store.listArticles({ limit: 50 })).items
  const newest = async (ref: { url: string }, page: Promise<ArticlePage>) => ({ url: ref.url, latest: (await page).items[0] })
  const sections = await Promise.all((await store.listSections()).map((s) => newest(s, store.listSectionArticles(s.slug, { limit: 1 }))))
  const authorsLatest = await Promise.all((await store.listAuthors()).map((a) => newest(a, store.listAuthorArticles(a.slug, { limit: 1 }))))
  const sitemap = checkSitemap(
    renderUrlset(
      buildSitemapEntries({
        articles: published,
        sections,
        authors: authorsLatest,
        tags: await store.listTags(),
      }),
    ),
  )
  const locs = childrenOf(sitemap, 'url').map((u) => textOf(u, 'loc'))
  expect(locs).toContain(url)
  for (const tag of article.tags) expect(locs).toContain(new URL(absoluteUrl(tag.url)).href)
  const newsXml = renderNewsSitemap(await store.listPublishedSince(new Date(now.getTime() - NEWS_WINDOW_MS)))
  expect(newsXml).not.toContain(REPLACEMENT)
  const newsUrl = childrenOf(checkSitemap(newsXml, 'news sitemap', { news: true }), 'url').find((u) => textOf(u, 'loc') === url)!
  expect(textOf(childOf(newsUrl, 'news', NS.news), 'title', NS.news)).toBe(article.title)

  // The share image, every IMAGE_EVERY valid cases.
  if (validCases % IMAGE_EVERY === 1 || IMAGE_EVERY === 1) {
    const image = await articleImage(article)
    expect(image.status).toBe(200)
    expect(Buffer.from(await image.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG')
    imagesDrawn++
  }
}

// ---------------------------------------------------------------------------------------------- the property

describe('the content check, on generated articles (fast-check)', () => {
  let root: string
  let bodiesDir: string
  const stats = { cases: 0, passed: 0, refused: 0 }
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-property-'))
    // Shared by every case: the newsroom's fixed files compile once.
    bodiesDir = path.join(root, 'bodies')
  })
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  it(`passes and publishes, or names file and field (${RUNS} cases)`, { timeout: 300_000 }, async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(anyCase, async (c) => {
        const contentDir = path.join(root, `case-${n++}`, 'content')
        try {
          const file = writeNewsroom(contentDir, c)
          const result = await contentBuilder({ contentDir, publicDir, bodiesDir, cacheDirs: [] })()
          expectWellFormedProblems(result.problems, contentDir)
          expectSlipsReported(c, result, file)
          stats.cases++
          if (result.problems.length > 0) stats.refused++
          else {
            stats.passed++
            await expectEverythingWorks(c, result, bodiesDir)
          }
        } finally {
          fs.rmSync(path.dirname(contentDir), { recursive: true, force: true })
        }
      }),
      { numRuns: RUNS },
    )
    console.info(`content property: ${stats.cases} cases, ${stats.passed} passed the check, ${stats.refused} refused; ${imagesDrawn} share images drawn`)
    // Both halves of the property were exercised.
    expect(stats.passed).toBeGreaterThan(0)
    expect(stats.refused).toBeGreaterThan(0)
  })
})
