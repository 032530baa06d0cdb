// Generators for the property-based test of the content check (property.test.tsx): one article file of a
// small newsroom, its front matter and body each valid or broken in one of the families editors and issue 12
// produced, written as YAML by the yaml library or by hand (so that broken YAML appears too). Each case
// carries what the check must say about it: nothing (valid), or a problem naming the field each slip is in.
import fc from 'fast-check'
import YAML from 'yaml'
import { TORTURE_NAMES, TORTURE_TEXTS } from '@/tests/support/torture-text'

/** A slip the check must report: a problem of the article naming one of `fields` (root field, e.g. "tags"). */
export type Slip = {
  what: string
  fields: string[]
  /**
   * own: the field's own check, reported unless the front matter as a whole cannot be read;
   * cross: a check across files, also skipped when the field it depends on (`dependsOn`) has a problem;
   * yaml: the front matter cannot be read; compile: the body cannot be compiled;
   * body: a component the cross-file check refuses, skipped when the body does not compile either.
   */
  kind: 'own' | 'cross' | 'yaml' | 'compile' | 'body'
  dependsOn?: string[]
}

/** The fixed part of the newsroom the generated article sits in. */
export const NEWSROOM = {
  author: 'ann-lee',
  otherAuthor: 'bo-chen',
  section: 'markets',
  other: 'other-story',
  otherTag: 'Trade',
  draft: 'draft-story',
  /** An image under public/ (the share image reads it from the repository's public/). */
  image: '/images/articles/asia-bond-issuance-record-year.jpg',
} as const

// ---------------------------------------------------------------------------------------------- text

/** Code points editor text may not contain (lib/content-build/text.ts, XML 1.0 §2.2), written out independently. */
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]/u

const SAMPLES = [
  ...Object.values(TORTURE_TEXTS).filter((t) => t.length < 400),
  ...Object.values(TORTURE_NAMES),
  'La Niña hits rice crops',
  'La Nin\u0303a, written decomposed (NFD)',
  'Ελλάδα: οι τράπεζες',
  'हिन्दी समाचार',
  'שוק ההון בתל אביב',
  'ราคาข้าวไทย',
  '한국 반도체 수출',
  'Cost < 5% & rising > 3% "quoted" \'single\'',
  '&amp; &lt;b&gt; &#169; &nbsp; &bogus;',
  '#1 pick: oil - up',
  '{braces} and [brackets] and <angles>',
  '₹ and ₩ and € and $',
  '👩🏽‍💻🇰🇷🏳️‍🌈 family 👨‍👩‍👧',
  'C:\\path\\to & back\\slash',
  // Starts of values that are YAML syntax when unquoted: an anchor, a tag, an alias, reserved characters.
  '&Co buys a stake',
  '!Breaking: rates rise',
  '*Update* on the talks',
  '@home delivery grows',
  '%5 rise in prices',
  '- a list, or not',
  '? a question',
  'yes',
  'null',
  '2026',
  '.nan',
]

/** One valid line of editor text: non-empty, only characters XML can carry; scripts, markup, entities, NFD. */
export const editorText = (maxLength = 120): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constantFrom(...SAMPLES).map((s) => s.normalize('NFD')) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...SAMPLES), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(' ')) },
    )
    .map((s) => s.slice(0, maxLength))
    .filter((s) => s.trim() !== '' && !FORBIDDEN.test(s) && !/\p{Cs}/u.test(s.slice(-1)))

/** A very long line (headlines of hundreds of characters). */
const longText = fc.constantFrom(...SAMPLES).map((s) => `${s} `.repeat(Math.ceil(300 / s.length)).trim())

const titleText = fc.oneof({ weight: 6, arbitrary: editorText() }, { weight: 1, arbitrary: longText })

/** Characters the check refuses, as listed in issue 12 and their siblings. */
const forbiddenCharacter = fc.constantFrom('\u000B', '\u0000', '\u0001', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\uFDD0', '\uFFFD', '\u{1FFFE}')

/** Valid text with a forbidden character put somewhere in it. */
const textWithForbidden = fc
  .tuple(editorText(), forbiddenCharacter, fc.nat())
  .map(([text, bad, at]) => {
    const chars = [...text]
    const i = at % (chars.length + 1)
    return [...chars.slice(0, i), bad, ...chars.slice(i)].join('')
  })

// ---------------------------------------------------------------------------------------------- dates

const ZONES = ['Z', '+00:00', '+08:00', '+05:30', '+05:45', '-05:00', '-03:30', '+14:00', '-12:00', '+09:00', '-00:00']

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An instant written as an editor writes it: local time in `zone`, seconds and fractions sometimes. */
function writeDate(ms: number, zone: string, { seconds = true, fraction = '' } = {}): string {
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  const d = new Date(ms + offset * 60_000)
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}${fraction}` : ''}`
  return `${date}T${time}${zone}`
}

/** A publication instant between 1995 and 2035, whole seconds. */
const instant = fc.integer({ min: Date.UTC(1995, 0, 1) / 1000, max: Date.UTC(2035, 11, 31) / 1000 }).map((s) => s * 1000)

const writtenDate = (ms: number) =>
  fc
    .record({ zone: fc.constantFrom(...ZONES), seconds: fc.boolean(), fraction: fc.constantFrom('', '', '.5', '.123456') })
    .map(({ zone, seconds, fraction }) =>
      // Without seconds the minute is what counts: keep the instant on a whole minute.
      writeDate(seconds ? ms : ms - (ms % 60_000), zone, { seconds, fraction: seconds ? fraction : '' }),
    )

/** Dates the check must refuse, each naming the field: the +80:00 of issue 12 and its siblings. */
const badDate = fc.constantFrom<unknown>(
  '2026-11-28T08:40:00+80:00',
  '2026-11-28T08:40:00+08:60',
  '2026-11-28T08:40:00+05:17',
  '2026-11-28T08:40:00+0800',
  '2026-11-28T08:40:00+8:00',
  '2026-11-28T08:40:00',
  '2026-13-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2027-02-29T10:00:00Z',
  '2026-11-28T24:00:00Z',
  '2026-11-28T08:60:00Z',
  '2026-11-28T08:40:60Z',
  '0026-11-28T08:40:00Z',
  '2026-11-28 08:40',
  '28/11/2026',
  'yesterday',
  '',
  20261128,
  true,
  ['2026-11-28T08:40:00Z'],
)

// ---------------------------------------------------------------------------------------------- front matter

/** The article's front matter as entries, in the editor's order, and the slips in it. */
export type FrontMatter = { entries: [string, unknown][]; slips: Slip[] }

type FieldArb = fc.Arbitrary<{ entries: [string, unknown][]; slip?: Slip }>

const valid = (name: string, value: fc.Arbitrary<unknown>): FieldArb => value.map((v) => ({ entries: [[name, v]] }))
const absent: FieldArb = fc.constant({ entries: [] })
const slip = (name: string, what: string, value: fc.Arbitrary<unknown>, kind: Slip['kind'] = 'own', fields = [name], dependsOn?: string[]): FieldArb =>
  value.map((v) => ({ entries: v === undefined ? [] : [[name, v]], slip: { what: `${name}: ${what}`, fields, kind, dependsOn } }))

/** Either the valid choice or one of the slips, slips weighted by `brokenWeight` in all. */
function field(validArb: FieldArb, slips: FieldArb[], brokenWeight: number): FieldArb {
  if (brokenWeight === 0 || slips.length === 0) return validArb
  return fc.oneof({ weight: 100 - brokenWeight, arbitrary: validArb }, { weight: brokenWeight, arbitrary: fc.oneof(...slips) })
}

const validTag = fc.constantFrom(
  'China', '中国', 'Россия', 'الخليج', 'AI', 'ai', 'ＡＩ', 'C++', 'C#', 'F#', 'Hong Kong', 'La Niña', 'la nin\u0303a', '🚀', 'Ёлка',
  'Straße', 'STRASSE', 'R&D', '日本銀行', 'Ελλάδα', 'हिन्दी', 'e-commerce', '$', '#MeToo', 'trade', 'TRADE', '  Oil  prices ',
)

const text = (name: string, required: boolean, w: number, arb = editorText()): FieldArb =>
  field(required ? valid(name, arb) : fc.oneof(absent, valid(name, arb)), [
    ...(required ? [slip(name, 'missing', fc.constant(undefined)), slip(name, 'null', fc.constant(null)), slip(name, 'empty', fc.constantFrom('', '   '))] : []),
    slip(name, 'wrong type', fc.constantFrom<unknown>(42, -1.5, true, ['a', 'b'], { nested: 'x' })),
    slip(name, 'forbidden character', textWithForbidden),
  ], w)

/**
 * The front matter of one article published at `published` (ms), each field broken with probability about
 * `w` percent. Dates after publication (updated, corrections) are drawn after it.
 */
export function frontMatter(w: number): fc.Arbitrary<FrontMatter & { publishedMs: number }> {
  return instant.chain((publishedMs) => {
    const later = fc.integer({ min: 1, max: 30 * 24 * 60 }).chain((minutes) => writtenDate(publishedMs + minutes * 60_000))
    const earlier = fc.integer({ min: 60, max: 30 * 24 * 60 }).chain((minutes) => writtenDate(publishedMs - minutes * 60_000))
    const fields: FieldArb[] = [
      text('title', true, w, titleText),
      text('dek', true, w),
      field(valid('published', writtenDate(publishedMs)), [slip('published', 'bad date', badDate), slip('published', 'missing', fc.constant(undefined))], w),
      field(fc.oneof(absent, valid('updated', later)), [
        slip('updated', 'bad date', badDate),
        slip('updated', 'earlier than published', earlier, 'cross', ['updated'], ['published']),
      ], w),
      field(valid('authors', fc.constantFrom([NEWSROOM.author], [NEWSROOM.author, NEWSROOM.otherAuthor], [NEWSROOM.otherAuthor])), [
        slip('authors', 'unknown author', fc.constantFrom(['nobody'], [NEWSROOM.author, 'Ann Lee']), 'cross'),
        slip('authors', 'not a list', fc.constant(NEWSROOM.author)),
        slip('authors', 'empty list', fc.constant([]), 'cross'),
        slip('authors', 'wrong item type', fc.constant([7])),
        slip('authors', 'missing', fc.constant(undefined)),
      ], w),
      field(valid('section', fc.constant(NEWSROOM.section)), [
        slip('section', 'unknown section', fc.constantFrom('Markets', 'nowhere', 'markets '), 'cross'),
        slip('section', 'wrong type', fc.constantFrom<unknown>([NEWSROOM.section], 3)),
      ], w),
      field(fc.oneof(absent, valid('tags', fc.array(validTag, { maxLength: 5 }))), [
        slip('tags', 'punctuation only', fc.constantFrom(['!!!'], ['China', '...'], ['—'], ['-']), 'cross'),
        slip('tags', 'two topics, one address', fc.constantFrom(['Hong Kong', 'Hong-Kong'], ['Trade!'], ['C', 'C.'], ['U.S.', 'U S']), 'cross'),
        slip('tags', 'not a list', fc.constant('China, Trade')),
        slip('tags', 'empty item', fc.constantFrom(['China', ''], ['  '])),
        slip('tags', 'wrong item type', fc.constant([2026])),
        slip('tags', 'forbidden character', textWithForbidden.map((t) => [t])),
      ], w),
      text('source', false, w),
      field(
        fc.oneof(
          absent,
          valid('hero', fc.record({ src: fc.constant(NEWSROOM.image), alt: editorText() }, { requiredKeys: ['src', 'alt'] })),
          valid('hero', fc.record({ src: fc.constant(NEWSROOM.image), alt: editorText(), caption: editorText(), credit: editorText() })),
        ),
        [
          slip('hero', 'no such file', fc.record({ src: fc.constantFrom('/images/none.jpg', 'images/x.jpg', '/../secret.jpg'), alt: editorText() }), 'cross'),
          slip('hero', 'no alt', fc.constantFrom<unknown>({ src: NEWSROOM.image }, { src: NEWSROOM.image, alt: '' }, { src: NEWSROOM.image, alt: null })),
          slip('hero', 'not a group', fc.constant(NEWSROOM.image)),
          slip('hero', 'unknown nested field', fc.constant({ src: NEWSROOM.image, alt: 'A port', captoin: 'x' })),
          slip('hero', 'forbidden character', textWithForbidden.map((alt) => ({ src: NEWSROOM.image, alt }))),
        ],
        w,
      ),
      field(
        fc.oneof(
          absent,
          valid('related', fc.constant([{ slug: NEWSROOM.other }])),
          valid('related', fc.record({ url: fc.constantFrom('https://example.com/a?b=1&c=2', 'http://例え.jp/記事', 'https://example.org/<x>'), title: editorText(), outlet: editorText() }).map((r) => [r])),
        ),
        [
          slip('related', 'link to a draft', fc.constant([{ slug: NEWSROOM.draft }]), 'cross'),
          slip('related', 'unknown slug', fc.constant([{ slug: 'no-such-story' }]), 'cross'),
          slip('related', 'not http', fc.constantFrom<unknown>([{ url: 'ftp://x.org/a', title: 'A', outlet: 'B' }], [{ url: 'javascript:alert(1)', title: 'A', outlet: 'B' }], [{ url: 'https://x.org' }]), 'cross'),
          slip('related', 'not a list', fc.constant(NEWSROOM.other)),
          slip('related', 'unknown nested field', fc.constant([{ slugg: NEWSROOM.other }])),
        ],
        w,
      ),
      field(
        fc.oneof(absent, later.chain((date) => valid('corrections', editorText().map((note) => [{ date, note }])))),
        [
          slip('corrections', 'earlier than published', earlier.chain((date) => editorText().map((note) => [{ date, note }])), 'cross', ['corrections'], ['published']),
          slip('corrections', 'no note', later.map((date) => [{ date }])),
          slip('corrections', 'bad date', badDate.map((date) => [{ date, note: 'Fixed' }])),
        ],
        w,
      ),
      field(fc.oneof(absent, valid('featured', fc.boolean())), [slip('featured', 'not a boolean', fc.constantFrom<unknown>('yes', 'true', 1))], w),
      field(fc.oneof({ weight: 9, arbitrary: absent }, { weight: 1, arbitrary: valid('draft', fc.boolean()) }), [slip('draft', 'not a boolean', fc.constantFrom<unknown>('no', 0))], w),
    ]
    const unknownField = fc.constantFrom('titel', 'Title', 'summary', 'tag', 'author', 'publishedAt').chain((name) =>
      slip(name, 'unknown field', editorText()),
    )
    return fc
      .tuple(fc.tuple(...fields), fc.oneof({ weight: 100 - w, arbitrary: fc.constant(undefined) }, { weight: w, arbitrary: unknownField }))
      .chain(([parts, extra]) => {
        const all = extra ? [...parts, extra] : parts
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }).map((ordered) => ({
          entries: ordered.flatMap((p) => p.entries),
          slips: all.flatMap((p) => (p.slip ? [p.slip] : [])),
          publishedMs,
        }))
      })
  })
}

// ---------------------------------------------------------------------------------------------- YAML

/** How the front matter is written: by the yaml library, by hand with every text quoted, or by hand as editors do. */
export type YamlStyle = 'library' | 'quoted' | 'plain'

const quoted = (value: string) => JSON.stringify(value) // JSON strings are YAML double-quoted scalars

function handValue(value: unknown, style: YamlStyle, indent: string): string {
  if (typeof value === 'string') return style === 'plain' ? value : quoted(value)
  if (value === null) return 'null'
  if (typeof value !== 'object') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((v) => typeof v !== 'object' || v === null) && style === 'quoted')
      return `[${value.map((v) => handValue(v, style, indent)).join(', ')}]`
    return value
      .map((v) => {
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
          const [first, ...rest] = Object.entries(v)
          if (!first) return `\n${indent}- {}`
          return `\n${indent}- ${first[0]}: ${handValue(first[1], style, `${indent}    `)}${rest.map(([k, x]) => `\n${indent}  ${k}: ${handValue(x, style, `${indent}    `)}`).join('')}`
        }
        return `\n${indent}- ${handValue(v, style, `${indent}  `)}`
      })
      .join('')
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return entries.map(([k, v]) => `\n${indent}${k}: ${handValue(v, style, `${indent}  `)}`).join('')
}

/** The YAML of the front matter. `plain` writes text unquoted, as editors do: the value read may differ. */
export function writeYaml(entries: [string, unknown][], style: YamlStyle): string {
  if (style === 'library') return entries.length === 0 ? '' : YAML.stringify(Object.fromEntries(entries))
  return entries.map(([k, v]) => `${k}: ${handValue(v, style, '  ')}\n`).join('')
}

/** Slips of YAML syntax, applied to hand-written front matter: each makes it unreadable. */
export const yamlSlip: fc.Arbitrary<{ what: string; apply: (yaml: string) => string }> = fc.constantFrom(
  { what: 'unclosed double quote', apply: (y: string) => `${y}source: "Reuters\n` },
  { what: 'unclosed flow list', apply: (y: string) => `${y}tags: [China, Trade\n` },
  { what: 'colon and space in plain text', apply: (y: string) => `${y}source: Oil: up 5%\n` },
  { what: 'duplicate key', apply: (y: string) => `${y}featured: true\nfeatured: false\n` },
  { what: 'list item badly indented', apply: (y: string) => `${y}corrections:\n  - date: 2026-01-01T00:00:00Z\n   note: x\n` },
  { what: 'tab indentation', apply: (y: string) => `${y}hero:\n\tsrc: /x.jpg\n` },
  { what: 'unclosed single quote', apply: (y: string) => `${y}source: 'Reuters\n` },
)

// ---------------------------------------------------------------------------------------------- body

/** A body block: its MDX, the slip in it if any, and for a paragraph the text readers see. */
export type Block = { mdx: string; slip?: Slip; shown?: string; footnote?: string }

/** Backslash before every ASCII punctuation character: CommonMark (and MDX) then read each literally. */
const escapeMarkdown = (s: string) => s.replace(/[!-/:-@[-`{-~]/g, '\\$&')
/** Text fit for one line of a paragraph: no line breaks, no tab runs (a line of 4 spaces is code). */
const oneLine = (s: string) => s.replace(/\s+/gu, ' ').trim()

type Inline = { mdx: string; shown: string; footnote?: string }
const word = editorText(60).map(oneLine).filter((s) => s !== '')
const plainWord = fc.constantFrom('bold', 'Niña', '中国', 'рубль', 'النفط', 'yen', '2026')
const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: word.map((w) => ({ mdx: escapeMarkdown(w), shown: w })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { mdx: '&amp;', shown: '&' },
      { mdx: 'AT&amp;T', shown: 'AT&T' },
      { mdx: '5&nbsp;000', shown: '5\u00a0000' },
      { mdx: '&#169;', shown: '©' },
      { mdx: '&lt;b&gt;', shown: '<b>' },
      { mdx: '&quot;', shown: '"' },
      { mdx: '&#x1F600;', shown: '😀' },
      { mdx: '\\<5%', shown: '<5%' },
      { mdx: '\\{a\\}', shown: '{a}' },
      { mdx: 'R\\&D', shown: 'R&D' },
      { mdx: '&unknown;', shown: '&unknown;' },
    ),
  },
  { weight: 1, arbitrary: plainWord.map((w) => ({ mdx: `**${w}**`, shown: w })) },
  { weight: 1, arbitrary: plainWord.map((w) => ({ mdx: `_${w}_`, shown: w })) },
  { weight: 1, arbitrary: fc.constantFrom('a{b}<c>', 'x & y', 'let n = 1').map((c) => ({ mdx: `\`${c}\``, shown: c })) },
  { weight: 1, arbitrary: fc.tuple(word, fc.constantFrom('https://example.com/a?b=1&c=2', 'https://例え.jp/記事', '/articles/other-story')).map(([w, url]) => ({ mdx: `[${escapeMarkdown(w)}](${url})`, shown: w })) },
  { weight: 1, arbitrary: fc.constantFrom('https://example.org/path?q=1', 'https://www.example.com/x').map((url) => ({ mdx: url, shown: url })) },
  { weight: 1, arbitrary: word.map((note) => ({ mdx: '[^n]', shown: '', footnote: `[^n]: ${escapeMarkdown(note)}` })) },
)

const paragraph: fc.Arbitrary<Block> = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => ({
  mdx: parts.map((p) => p.mdx).join(' '),
  shown: parts.map((p) => p.shown).join(' '),
  footnote: parts.find((p) => p.footnote)?.footnote,
}))

const attr = editorText(40).map((s) => oneLine(s).replace(/"/g, '&quot;').replace(/[{}<>]/g, '')).filter((s) => s.trim() !== '')

const validBlock: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((items) => ({ mdx: items.map((i) => `- ${escapeMarkdown(i)}`).join('\n') })) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((items) => ({ mdx: items.map((i, n) => `${n + 1}. ${escapeMarkdown(i)}`).join('\n') })) },
  { weight: 1, arbitrary: word.map((w) => ({ mdx: `## ${escapeMarkdown(w)}` })) },
  { weight: 1, arbitrary: word.map((w) => ({ mdx: `> ${escapeMarkdown(w)}` })) },
  {
    weight: 1,
    arbitrary: fc.tuple(word, word).map(([a, b]) => ({
      mdx: `| ${escapeMarkdown(a)} | Value |\n| --- | ---: |\n| ${escapeMarkdown(b)} | 42.5 |`,
    })),
  },
  { weight: 1, arbitrary: fc.constantFrom('const a = {b: 1} < 2 && "x"', '<Callout>{not code}</Callout>', '中国 & ]]> \\{').map((code) => ({ mdx: `\`\`\`tsx showLineNumbers\n${code}\n\`\`\`` })) },
  { weight: 1, arbitrary: fc.constant({ mdx: `<AlsoOn slug="${NEWSROOM.other}" />` }) },
  { weight: 1, arbitrary: fc.tuple(attr, attr).map(([alt, caption]) => ({ mdx: `<Figure src="${NEWSROOM.image}" alt="${alt}" caption="${caption}" />` })) },
  { weight: 1, arbitrary: fc.tuple(attr, word, fc.constantFrom('note', 'warning')).map(([title, w, tone]) => ({ mdx: `<Callout title="${title}" tone="${tone}">\n\n${escapeMarkdown(w)}\n\n</Callout>` })) },
  { weight: 1, arbitrary: fc.tuple(attr, attr).map(([caption, cell]) => ({ mdx: `<DataTable caption="${caption}" columns={["Place", "Value"]} rows={[[${JSON.stringify(cell)}, 2], ["Tokyo", -1.5]]} />` })) },
  { weight: 1, arbitrary: fc.tuple(attr, word).map(([caption, w]) => ({ mdx: `<DataTable caption="${caption}">\n\n| A | B |\n| --- | --- |\n| ${escapeMarkdown(w)} | 1 |\n\n</DataTable>` })) },
  { weight: 1, arbitrary: fc.tuple(attr, word).map(([who, w]) => ({ mdx: `<PullQuote attribution="${who}">${escapeMarkdown(w)}</PullQuote>` })) },
  { weight: 1, arbitrary: attr.map((title) => ({ mdx: `<Embed url="https://www.youtube.com/watch?v=aBc123" title="${title}" />` })) },
  { weight: 1, arbitrary: fc.constant({ mdx: '{/* a note for other editors */}' }) },
  { weight: 1, arbitrary: attr.map((alt) => ({ mdx: `![${alt.replace(/[[\]]/g, '')}](${NEWSROOM.image})` })) },
)

const compileSlip = (what: string, mdx: string): Block => ({ mdx, slip: { what: `body: ${what}`, fields: ['body'], kind: 'compile' } })
const bodySlip = (what: string, mdx: string): Block => ({ mdx, slip: { what: `body: ${what}`, fields: ['body', 'body AlsoOn'], kind: 'body' } })

const brokenBlock: fc.Arbitrary<Block> = fc.oneof(
  fc.constantFrom('{sharply}', '{1+1}', '{a.b()}', '{`x`}').map((e) => compileSlip('expression in text', `Prices rose ${e} today.`)),
  fc.constant(compileSlip('unclosed component', '<Callout>\n\nNever closed.')),
  // Not </Callout> or </div>: with the unclosed ones above in one body, they would make a valid pair.
  fc.constant(compileSlip('stray closing tag', 'Text.\n\n</FactBox>')),
  fc.constant(compileSlip('unclosed html', '<div>\n\nopen')),
  fc.constant(compileSlip('unescaped angle bracket', 'Inflation is <5% now.')),
  fc.constant(compileSlip('unescaped brace', 'A set {of braces.')),
  fc.constantFrom('slug={x}', 'slug={"a" + "b"}', '{...props}').map((a) => compileSlip('attribute that is code', `<AlsoOn ${a} />`)),
  fc.constant(compileSlip('raw link', '<a href="https://example.com">a link</a>')),
  fc.constant(compileSlip('import line', 'import X from "y"\n\nText.')),
  fc.tuple(word, forbiddenCharacter.filter((c) => !/[\uD800-\uDFFF]/.test(c))).map(([w, c]) => compileSlip('forbidden character', `${escapeMarkdown(w)} ${c} end`)),
  fc.constantFrom('&#11;', '&#0;', '&#xD800;', '&#xFFFE;', '&#127;').map((ref) => compileSlip('forbidden character reference', `Text ${ref} here.`)),
  fc.constantFrom('<Unknown />', '<Chart data="x" />', '<callout.Title />').map((c) => bodySlip('unknown component', c)),
  fc.constantFrom(`<AlsoOn slug={"${NEWSROOM.draft}"} />`, `<AlsoOn slug="${NEWSROOM.draft}" />`, '<AlsoOn slug="no-such-story" />', '<AlsoOn />').map((c) => bodySlip('AlsoOn to nothing readers can see', c)),
  fc.constantFrom('<Embed url="https://example.com/v" title="x" />', '<Embed url="https://www.youtube.com/watch?v=aBc123" />').map((c) => bodySlip('bad Embed', c)),
)

/** A body of a few blocks, about `w` percent of them broken; footnote definitions go at the end. */
export const body = (w: number): fc.Arbitrary<{ mdx: string; blocks: Block[]; slips: Slip[] }> =>
  fc
    .array(w === 0 ? validBlock : fc.oneof({ weight: 100 - w, arbitrary: validBlock }, { weight: w, arbitrary: brokenBlock }), { minLength: 1, maxLength: 6 })
    .map((blocks) => {
      const footnotes = [...new Set(blocks.flatMap((b) => (b.footnote ? [b.footnote] : [])))]
      // One definition per label: every reference in this body is [^n].
      const mdx = [...blocks.map((b) => b.mdx), ...footnotes.slice(0, 1)].join('\n\n')
      return { mdx: `\n${mdx}\n`, blocks, slips: blocks.flatMap((b) => (b.slip ? [b.slip] : [])) }
    })
