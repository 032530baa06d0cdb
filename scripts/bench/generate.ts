// A synthetic newsroom for the bench: N articles shaped like the sample ones (front matter with hero
// image, tags and related links; a ~600-word body with headings, a list and every MDX component),
// reusing the sample's authors, sections and images so the content check passes unchanged.
import fs from 'node:fs'
import path from 'node:path'

export type NewsroomInputs = {
  authors: string[]
  sections: string[]
  heroImages: string[]
  figureImages: string[]
}

export type GeneratedArticle = { slug: string; source: string }

/** Deterministic pseudo-random numbers (mulberry32), so a bench run is repeatable. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return { next, pick, int }
}

type Random = ReturnType<typeof random>

const PLACES = ['Japan', 'China', 'India', 'South Korea', 'Vietnam', 'Indonesia', 'Singapore', 'Taiwan', 'Malaysia',
  'Thailand', 'the Philippines', 'Australia', 'Hong Kong', 'Bangladesh', 'Pakistan', 'Saudi Arabia', 'the United States',
  'Germany', 'Brazil', 'Mexico']
const SUBJECTS = ['chipmakers', 'carmakers', 'steel mills', 'container lines', 'lenders', 'insurers', 'solar manufacturers',
  'battery makers', 'airlines', 'retailers', 'property developers', 'refiners', 'utilities', 'shipbuilders', 'telecom groups',
  'brokerages', 'miners', 'food exporters', 'textile factories', 'data-centre operators']
const VERBS = ['rose', 'fell', 'climbed', 'slipped', 'jumped', 'eased', 'surged', 'dropped', 'steadied', 'rebounded']
const HEADLINE_VERBS = ['rise', 'fall', 'climb', 'slip', 'jump', 'ease', 'surge', 'drop', 'steady', 'rebound']
const MEASURES = ['profits', 'exports', 'orders', 'prices', 'shipments', 'margins', 'output', 'imports', 'sales', 'bond yields',
  'investment', 'inventories', 'wages', 'freight rates', 'share prices']
const REASONS = ['as demand from data centres kept growing', 'after a weaker currency lifted overseas earnings',
  'while buyers waited for clearer guidance from the central bank', 'as tariffs on rival suppliers took effect',
  'because cheaper energy lowered production costs', 'after a slow start to the quarter', 'as new capacity came online',
  'despite a softer outlook from analysts', 'as regional governments pushed infrastructure spending',
  'while shipping delays eased on the main trade lanes']
const SPEAKERS = ['an economist at a Tokyo brokerage', 'a fund manager in Singapore', 'an analyst at a regional bank',
  'a trade official in Jakarta', 'a shipping consultant in Hong Kong', 'an executive at a Seoul supplier',
  'a strategist at a Mumbai asset manager', 'a former central bank adviser']
const OUTLOOKS = ['The outlook for the coming months depends on how quickly factories refill their order books.',
  'Officials said they would publish revised forecasts before the end of the year.',
  'Investors will watch the next set of trade figures for signs that the trend is holding.',
  'Several companies have already raised their spending plans for next year.',
  'Smaller firms, which borrow at higher rates, have been slower to benefit.',
  'The figures are preliminary and may be revised when quarterly accounts are published.',
  'Regulators have signalled that they are watching the market closely.',
  'Rating agencies have so far kept their views unchanged.']
const HEADINGS = ['What changed', 'Why it matters', 'The numbers behind the move', 'Winners and losers', 'What comes next',
  'A regional picture', 'Pressure on costs', 'How markets reacted', 'The policy response', 'Risks ahead']
const TAGS = ['Japan', 'China', 'India', 'Korea', 'Vietnam', 'Indonesia', 'Singapore', 'Taiwan', 'Semiconductors', 'Shipping',
  'Oil', 'LNG', 'Currencies', 'Bonds', 'Stocks', 'Central Banks', 'Inflation', 'Trade', 'Tariffs', 'Electric Vehicles',
  'Solar', 'Steel', 'Property', 'Banks', 'Artificial Intelligence', 'Data Centres', 'Airlines', 'Retail', 'Mining',
  'Rare Earths', 'Nickel', 'Crypto', 'Earnings', 'Mergers', 'Labour', 'Agriculture', 'Climate', 'Space', 'Telecoms', 'Fintech']
const OUTLETS = [
  { outlet: 'CNN', url: 'https://www.cnn.com/business' },
  { outlet: 'TC', url: 'https://techcrunch.com/' },
  { outlet: 'BBC', url: 'https://www.bbc.com/news/business' },
]
const WIRES = ['Reuters', 'AFP', 'Bloomberg']

const capitalize = (text: string) => text[0].toUpperCase() + text.slice(1)

function sentence(r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${capitalize(r.pick(MEASURES))} at ${r.pick(SUBJECTS)} in ${r.pick(PLACES)} ${r.pick(VERBS)} ${r.int(2, 38)}% in the ${r.pick(['first', 'second', 'third', 'fourth'])} quarter, ${r.pick(REASONS)}.`
    case 1:
      return `"${capitalize(r.pick(MEASURES))} ${r.pick(VERBS)} faster than most of us expected," said ${r.pick(SPEAKERS)}, adding that ${r.pick(SUBJECTS)} in ${r.pick(PLACES)} were adjusting their plans.`
    case 2:
      return `${capitalize(r.pick(SUBJECTS))} in ${r.pick(PLACES)} reported ${r.pick(MEASURES)} of $${r.int(1, 90)}.${r.int(0, 9)} billion, compared with $${r.int(1, 90)}.${r.int(0, 9)} billion a year earlier.`
    default:
      return r.pick(OUTLOOKS)
  }
}

const paragraph = (r: Random, sentences: number) => Array.from({ length: sentences }, () => sentence(r)).join(' ')
const listItem = (r: Random) =>
  `${capitalize(r.pick(MEASURES))} at ${r.pick(SUBJECTS)}: ${r.pick(VERBS)} ${r.int(2, 38)}% from a year earlier`

export const generatedSlug = (i: number) => `bench-story-${String(i).padStart(5, '0')}`

/**
 * Article i of n. Article 0 is the newest; each is published `spacingMinutes` before the previous one,
 * ending `now` minus a minute, so none is scheduled for later. AlsoOn and related slugs point at other
 * generated articles.
 */
export function generateArticle(
  i: number,
  n: number,
  inputs: NewsroomInputs,
  now: Date,
  spacingMinutes = 180,
): GeneratedArticle {
  const r = random(i * 7919 + 17)
  const slug = generatedSlug(i)
  const other = () => generatedSlug((i + r.int(1, Math.max(1, n - 1))) % n)
  const published = new Date(now.getTime() - 60_000 - i * spacingMinutes * 60_000)
  const place = r.pick(PLACES)
  const subject = r.pick(SUBJECTS)
  const title = `${capitalize(subject)} in ${place} see ${r.pick(MEASURES)} ${r.pick(HEADLINE_VERBS)} as ${r.pick(['demand shifts', 'costs ease', 'rates bite', 'orders return', 'rivals retreat'])}`
  const tags = [...new Set([r.pick(TAGS), r.pick(TAGS), r.pick(TAGS)])]
  const authors = [...new Set([r.pick(inputs.authors), ...(r.next() < 0.15 ? [r.pick(inputs.authors)] : [])])]
  const related: string[] = []
  if (n > 1 && r.next() < 0.6) related.push(`  - slug: ${other()}`)
  if (r.next() < 0.4) {
    const link = r.pick(OUTLETS)
    related.push(`  - url: ${link.url}`, `    title: "${capitalize(r.pick(SUBJECTS))} face a harder year"`, `    outlet: ${link.outlet}`)
  }
  const frontMatter = [
    '---',
    `title: "${title}"`,
    `dek: "${paragraph(r, 1).replace(/"/g, "'")}"`,
    `published: ${published.toISOString().replace(/\.\d{3}Z$/, '+00:00')}`,
    `authors: [${authors.join(', ')}]`,
    `section: ${r.pick(inputs.sections)}`,
    `tags: [${tags.join(', ')}]`,
    ...(r.next() < 0.3 ? [`source: ${r.pick(WIRES)}`] : []),
    'hero:',
    `  src: ${r.pick(inputs.heroImages)}`,
    `  alt: "Photograph illustrating ${subject} in ${place}"`,
    `  caption: "${capitalize(subject)} in ${place}."`,
    '  credit: "Meridian archive"',
    ...(related.length ? ['related:', ...related] : []),
    `featured: ${r.next() < 0.05}`,
    '---',
  ]
  const [h1, h2, h3] = [r.pick(HEADINGS), r.pick(HEADINGS), r.pick(HEADINGS)]
  const body = [
    paragraph(r, 3),
    paragraph(r, 3),
    paragraph(r, 2),
    `## ${h1}`,
    paragraph(r, 3),
    ['- ' + listItem(r), '- ' + listItem(r), '- ' + listItem(r)].join('\n'),
    paragraph(r, 3),
    ...(n > 1 ? [`<AlsoOn slug="${other()}" />`] : []),
    `## ${h2}`,
    paragraph(r, 3),
    `<PullQuote attribution="${capitalize(r.pick(SPEAKERS))}">${r.pick(OUTLOOKS)}</PullQuote>`,
    paragraph(r, 3),
    `<Figure src="${r.pick(inputs.figureImages)}" alt="Chart of ${r.pick(MEASURES)} at ${subject} in ${place}" caption="${capitalize(r.pick(MEASURES))}, year on year" credit="Meridian graphic" />`,
    `## ${h3}`,
    paragraph(r, 3),
    `<FactBox title="Key figures">\n\n${['- ' + listItem(r), '- ' + listItem(r), '- ' + listItem(r)].join('\n')}\n\n</FactBox>`,
    paragraph(r, 3),
    paragraph(r, 2),
  ]
  return { slug, source: `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n` }
}

/** What the generator reuses from a project checkout: author and section slugs, hero and figure images. */
export function readNewsroomInputs(projectDir: string): NewsroomInputs {
  const names = (dir: string, ext: RegExp) =>
    fs.readdirSync(path.join(projectDir, dir)).filter((f) => ext.test(f)).sort()
  return {
    authors: names('content/authors', /\.mdx$/).map((f) => f.replace(/\.mdx$/, '')),
    sections: names('content/sections', /\.yaml$/).map((f) => f.replace(/\.yaml$/, '')),
    heroImages: names('public/images/articles', /\.(jpe?g|png|webp)$/).map((f) => `/images/articles/${f}`),
    figureImages: names('public/images/figures', /\.(jpe?g|png|webp)$/).map((f) => `/images/figures/${f}`),
  }
}

/**
 * Searches a reader of the generated newsroom would type, from the generator's own words: a place, a
 * subject, two words, the start of a word (matched as a prefix) and a misspelt word (matched as a near
 * spelling). lib/content/search.ts says when a word is read as a prefix or a near spelling.
 */
export const READER_QUERIES = {
  place: 'Singapore',
  subject: 'shipbuilders',
  'two words': 'Vietnam exports',
  prefix: 'semicond',
  typo: 'chipmakrs',
}

/** The generator's vocabulary, for tests of READER_QUERIES. */
export const VOCABULARY = { PLACES, SUBJECTS, MEASURES, TAGS } as const

/** What the warm build's edit adds to the title and puts before the first sentence of the body. */
export const EDIT = { titleSuffix: ', updated', sentence: 'This story was updated with revised figures.' }

/**
 * An editor's change to an article written by generateArticle: its title gets EDIT.titleSuffix and its
 * body starts with EDIT.sentence. Throws when `source` is not shaped as generateArticle writes it.
 */
export function editArticle(source: string): string {
  const title = /^title: ".*"$/m
  const bodyStart = /\n---\n\n/
  if (!title.test(source) || !bodyStart.test(source)) throw new Error('not a generated article: no title line or no body after the front matter')
  return source.replace(title, (line) => `${line.slice(0, -1)}${EDIT.titleSuffix}"`).replace(bodyStart, (end) => `${end}${EDIT.sentence} `)
}

/** Applies editArticle to the generated article `slug` in `projectDir/content/articles`. */
export function editGeneratedArticle(projectDir: string, slug: string): void {
  const file = path.join(projectDir, 'content', 'articles', `${slug}.mdx`)
  fs.writeFileSync(file, editArticle(fs.readFileSync(file, 'utf8')))
}

/**
 * Replaces the articles of `projectDir/content/articles` with `n` generated ones, one file at a time: the
 * generator holds one article in memory whatever `n` is.
 */
export function writeNewsroom(projectDir: string, n: number, now = new Date()): void {
  const inputs = readNewsroomInputs(projectDir)
  const dir = path.join(projectDir, 'content', 'articles')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (let i = 0; i < n; i++) {
    const { slug, source } = generateArticle(i, n, inputs, now)
    fs.writeFileSync(path.join(dir, `${slug}.mdx`), source)
  }
}
