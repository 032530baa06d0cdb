// Everything a share image draws text with: font subsets from @fontsource packages and emoji pictures from
// @twemoji/svg, all read from disk. The renderer is given exactly what the text needs up front and no way
// to load more, so a headline in any script can never make it reach the network.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import bidiFactory from 'bidi-js'

// Read by path: deploys carry exactly the files next.config.js names (outputFileTracingIncludes). The
// turbopackIgnore comments stop Turbopack from tracing every file of these packages on its own (all weights
// and formats of the CJK fonts, into the function that serves the og routes and the feeds; docs/performance.md).
const modules = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules')

/** A font as satori takes it, with the family its subset belongs to. */
type OgFont = { name: string; family: string; weight: 400 | 700; style: 'normal'; data: Buffer }

type Family = {
  name: string
  /** Package directory under node_modules/@fontsource. */
  dir: string
  weight: 400 | 700
  /** Subsets of a fallback family that the brand fonts already draw are skipped. */
  fallback: boolean
}

/**
 * Brand fonts first, then one family per script they lack. Satori draws each character with the first font
 * here that has it, so Chinese comes before Korean (whose font also carries hanja).
 */
const FAMILIES: Family[] = [
  { name: 'Source Serif', dir: 'source-serif-4', weight: 700, fallback: false },
  { name: 'Inter', dir: 'inter', weight: 700, fallback: false },
  { name: 'Inter', dir: 'inter', weight: 400, fallback: false },
  { name: 'Noto Sans Arabic', dir: 'noto-sans-arabic', weight: 700, fallback: true },
  { name: 'Noto Sans Hebrew', dir: 'noto-sans-hebrew', weight: 700, fallback: true },
  { name: 'Noto Sans Devanagari', dir: 'noto-sans-devanagari', weight: 700, fallback: true },
  { name: 'Noto Sans Thai', dir: 'noto-sans-thai', weight: 700, fallback: true },
  { name: 'Noto Serif SC', dir: 'noto-serif-sc', weight: 700, fallback: true },
  { name: 'Noto Serif KR', dir: 'noto-serif-kr', weight: 700, fallback: true },
]

/** Subsets that Source Serif and Inter cover; a fallback family's copy of them would only add weight. */
const BRAND_SUBSETS = new Set(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'])

/** What a character no bundled font draws becomes (drawn by Noto Serif SC). */
export const MISSING_GLYPH = '\u25A1'

type Range = [number, number]
type Subset = { family: Family; name: string; file: string; ranges: Range[] }

/** `U+0400-045F,U+2116` (CSS unicode-range, as in each package's unicode.json) as [first, last] pairs. */
function parseUnicodeRange(value: string): Range[] {
  return value.split(',').map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(first, 16), parseInt(last, 16)]
  })
}

/**
 * Satori keeps one font per name and weight, so each subset gets a name of its own: the family's name for
 * its Latin subset, with the subset's name after it for the others.
 */
const fontName = (family: string, subset: string) => (subset === 'latin' ? family : `${family} ${subset.replace(/[[\]]/g, '')}`)

/**
 * A CSS font-family list that names every subset of a family (see fontName), so that text set in it takes
 * its accented, Cyrillic and Greek letters from the same family before any fallback.
 */
export function fontFamily(family: 'Source Serif' | 'Inter'): string {
  return ['latin', ...BRAND_SUBSETS].filter((s, i, all) => all.indexOf(s) === i).map((s) => `'${fontName(family, s)}'`).join(', ')
}

let subsets: Promise<Subset[]> | undefined
const loadSubsets = () =>
  (subsets ??= Promise.all(
    FAMILIES.map(async (family) => {
      const dir = path.join(/* turbopackIgnore: true */ modules, '@fontsource', family.dir)
      const ranges: Record<string, string> = JSON.parse(await readFile(path.join(/* turbopackIgnore: true */ dir, 'unicode.json'), 'utf8'))
      return Object.entries(ranges)
        .filter(([name]) => !(family.fallback && BRAND_SUBSETS.has(name)))
        .map(([name, range]): Subset => ({
          family,
          name,
          // Numbered CJK slices are keyed "[119]" and named "…-119-700-normal". Satori reads WOFF2.
          file: path.join(/* turbopackIgnore: true */ dir, 'files', `${family.dir}-${name.replace(/[[\]]/g, '')}-${family.weight}-normal.woff2`),
          ranges: parseUnicodeRange(range),
        }))
    }),
  ).then((lists) => lists.flat()))

const fontFiles = new Map<string, Promise<Buffer>>()
const readFont = (file: string) => {
  let data = fontFiles.get(file)
  if (!data) fontFiles.set(file, (data = readFile(file)))
  return data
}

let emojiNames: Promise<Set<string>> | undefined
const twemojiDir = path.join(/* turbopackIgnore: true */ modules, '@twemoji', 'svg')
const loadEmojiNames = () => (emojiNames ??= readdir(twemojiDir).then((names) => new Set(names)))

/**
 * Every file under node_modules that share images may read, relative to the working directory: each font
 * family's unicode.json and subset files, and every Twemoji picture. A deploy must carry all of them (they
 * are read by path, so next.config.js names them in outputFileTracingIncludes); e2e/vercel-build.spec.ts
 * checks that Vercel's function for the og routes does.
 */
export async function glyphFiles(): Promise<string[]> {
  const [all, names] = await Promise.all([loadSubsets(), loadEmojiNames()])
  const unicodeTables = new Set(all.map((s) => path.join(/* turbopackIgnore: true */ modules, '@fontsource', s.family.dir, 'unicode.json')))
  const pictures = [...names].filter((name) => name.endsWith('.svg')).map((name) => path.join(/* turbopackIgnore: true */ twemojiDir, name))
  return [...unicodeTables, ...all.map((s) => s.file), ...pictures].map((file) => path.relative(process.cwd(), file))
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * A grapheme drawn as a colour picture: one with emoji presentation, an emoji variation selector, a keycap,
 * a flag (regional indicators or tag sequence), a skin tone, a ZWJ sequence, or any pictograph outside the
 * BMP (which covers emoji newer than this runtime's Unicode data). Text-style symbols such as © or ☺
 * without U+FE0F stay text.
 */
const EMOJI = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]|\p{Extended_Pictographic}\u200D|(?![\0-\uFFFF])\p{Extended_Pictographic}/u

/** Code points that draw nothing themselves (joiners, selectors, marks of direction) need no font. */
const INVISIBLE = /[\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u

const hex = (grapheme: string) => [...grapheme].map((c) => c.codePointAt(0)!.toString(16))

/** The @twemoji/svg file for a grapheme: its code points, then without U+FE0F, then its first alone. */
function twemojiFile(grapheme: string, names: Set<string>): string | undefined {
  const codes = hex(grapheme)
  const candidates = [codes.join('-'), codes.filter((c) => c !== 'fe0f').join('-'), codes[0]]
  return candidates.map((c) => `${c}.svg`).find((name) => names.has(name))
}

export type PreparedText = {
  /** The texts given, each grapheme no font or picture draws replaced by MISSING_GLYPH. */
  texts: string[]
  /** The font subsets the texts need, brand fonts' Latin always included. */
  fonts: OgFont[]
  /** Emoji graphemes → SVG data URLs, for satori's `graphemeImages`. */
  graphemeImages: Record<string, string>
}

/**
 * Finds, for the texts of one image, every font subset (by the packages' unicode-range metadata) and emoji
 * picture they need, and replaces what nothing bundled can draw (private-use characters, scripts with no font
 * here, emoji newer than the Twemoji release) with MISSING_GLYPH. Reads only files under node_modules.
 */
export async function prepareText(texts: string[]): Promise<PreparedText> {
  const [all, names] = await Promise.all([loadSubsets(), loadEmojiNames()])
  const needed = new Set<Subset>(all.filter((s) => !s.family.fallback && s.name === 'latin'))
  const pictures = new Map<string, string>()
  const inRanges = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b)
  const covers = (cp: number) => {
    // CJK slices also carry some Latin; what the brand fonts' Latin subsets draw needs no fallback subset.
    const brand = all.filter((s) => !s.family.fallback && inRanges(s, cp))
    const latin = brand.some((s) => s.name === 'latin')
    const hits = latin ? brand : all.filter((s) => inRanges(s, cp))
    for (const hit of hits) needed.add(hit)
    return hits.length > 0
  }

  const prepared = texts.map((text) =>
    Array.from(graphemes.segment(text), ({ segment }) => {
      if (EMOJI.test(segment)) {
        // No emoji font is bundled: a grapheme Twemoji has no picture for gets the fallback.
        const file = twemojiFile(segment, names)
        if (!file) return MISSING_GLYPH
        pictures.set(segment, file)
        return segment
      }
      const drawable = [...segment].every((c) => INVISIBLE.test(c) || covers(c.codePointAt(0)!))
      return drawable ? segment : MISSING_GLYPH
    }).join(''),
  )
  if (prepared.some((t) => t.includes(MISSING_GLYPH))) covers(MISSING_GLYPH.codePointAt(0)!)

  const ordered = all.filter((s) => needed.has(s))
  const [fonts, images] = await Promise.all([
    Promise.all(
      ordered.map(async (s): Promise<OgFont> => ({ name: fontName(s.family.name, s.name), family: s.family.name, weight: s.family.weight, style: 'normal', data: await readFont(s.file) })),
    ),
    Promise.all(
      [...pictures].map(async ([grapheme, file]) => {
        const svg = await readFile(path.join(/* turbopackIgnore: true */ twemojiDir, file))
        return [grapheme, `data:image/svg+xml;base64,${svg.toString('base64')}`] as const
      }),
    ),
  ])
  return { texts: prepared, fonts, graphemeImages: Object.fromEntries(images) }
}

const bidi = bidiFactory()

/**
 * The direction of a paragraph by its first strong character (Unicode Bidirectional Algorithm, UAX #9
 * rules P2–P3): 'rtl' for a headline that starts in Arabic or Hebrew, even after digits or Latin punctuation.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  return bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1 ? 'rtl' : 'ltr'
}
