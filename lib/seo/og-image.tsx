// Social share images (1200×630): one per article, one for listing pages. Drawn with satori (layout and text
// shaping to SVG) and resvg (SVG to PNG) called directly rather than through next/og, whose renderer fetches
// fonts and emoji from the network for any character its fonts lack. Here every glyph comes from disk
// (./og-glyphs) and the renderer is given no way to load anything else.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ReactNode } from 'react'
import satori from 'satori'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import type { Article } from '@/lib/content'
import { site } from '@/lib/site'
import { OG_IMAGE_SIZE } from './metadata'
import { fontFamily, prepareText, textDirection, type PreparedText } from './og-glyphs'

const root = process.cwd()

let resvgReady: Promise<void> | undefined
const initResvg = () =>
  (resvgReady ??= readFile(path.join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm')).then((wasm) => initWasm(wasm)))

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' }

/** A picture under public/ as a data URL; undefined for a type the renderer cannot draw. */
async function publicImage(src: string): Promise<string | undefined> {
  const mime = MIME[path.extname(src).toLowerCase()]
  if (!mime || src.includes('..')) return undefined
  const data = await readFile(path.join(root, 'public', src))
  return `data:${mime};base64,${data.toString('base64')}`
}

/**
 * Satori's HarfBuzz glyph placement draws vertical mark offsets upside down, which scatters the dots and
 * hamzas of Arabic letters; without GPOS mark positioning the fonts' own default mark placement is used.
 */
const FONT_FEATURES = '"mark" 0, "mkmk" 0'

/** Renders an element to a PNG response with the fonts and emoji pictures `text` found for it. */
async function png(element: ReactNode, text: PreparedText): Promise<Response> {
  const [svg] = await Promise.all([
    satori(element, { ...OG_IMAGE_SIZE, fonts: text.fonts, graphemeImages: text.graphemeImages }),
    initResvg(),
  ])
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } }).render()
  const body = rendered.asPng()
  rendered.free()
  // The headers next/og's ImageResponse sent, so caching stays as it was.
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'image/png',
      'cache-control': process.env.NODE_ENV === 'development' ? 'no-cache, no-store' : 'public, max-age=0, must-revalidate',
    },
  })
}

const colors = { ink: '#14171c', paper: '#ffffff', brand: '#0b2545', accent: '#a3262a', gold: '#c9a227' }

function Wordmark() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', fontFamily: fontFamily('Source Serif'), fontSize: 44, color: colors.brand }}>
      {site.name}
    </div>
  )
}

/** Room for the headline between the section label and the wordmark, in px. */
const HEADLINE_BOX = 400
const LINE_HEIGHT = 1.12

/** Ideographs, kana, hangul and emoji take about two Latin letters' width. */
const WIDE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{Extended_Pictographic}]/u
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const visualLength = (text: string) => Array.from(segmenter.segment(text), ({ segment }) => (WIDE.test(segment) ? 2 : 1)).reduce((a, b) => a + b, 0)

/**
 * Headlines shrink as they grow; past what the box holds at the smallest size they are clamped to whole lines
 * ending in an ellipsis (satori cuts at a grapheme, so never through a letter or an emoji).
 */
export function headlineLayout(title: string, width: 'full' | 'half') {
  const base = width === 'full' ? 72 : 56
  const length = visualLength(title)
  const fontSize = length > 110 ? base - 18 : length > 70 ? base - 10 : base
  return { fontSize, lines: Math.floor(HEADLINE_BOX / (fontSize * LINE_HEIGHT)) }
}

/**
 * The share image of one article: section label, headline, wordmark, and the hero picture on the right when
 * the article has a JPEG or PNG one. Text in any script is drawn from bundled fonts, right-to-left headlines
 * from the right; see ./og-glyphs for what cannot be drawn.
 */
export async function articleImage(article: Article): Promise<Response> {
  const hero = article.hero && (await publicImage(article.hero.src))
  const text = await prepareText([article.section.name, article.title])
  const [section, title] = text.texts
  const { fontSize, lines } = headlineLayout(title, hero ? 'half' : 'full')
  return png(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: colors.paper }}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: hero ? 640 : 1200,
          padding: '56px 56px 48px',
          borderTop: `14px solid ${colors.brand}`,
        }}
      >
        <div
          dir={textDirection(section)}
          style={{ display: 'flex', fontFamily: fontFamily('Inter'), fontWeight: 700, fontSize: 26, letterSpacing: 3, color: colors.accent, textTransform: 'uppercase', fontFeatureSettings: FONT_FEATURES }}
        >
          {section}
        </div>
        <div
          dir={textDirection(title)}
          style={{
            display: 'block',
            fontFamily: fontFamily('Source Serif'),
            fontWeight: 700,
            fontSize,
            lineHeight: LINE_HEIGHT,
            color: colors.ink,
            overflow: 'hidden',
            maxHeight: HEADLINE_BOX,
            lineClamp: lines,
            textOverflow: 'ellipsis',
            fontFeatureSettings: FONT_FEATURES,
          }}
        >
          {title}
        </div>
        <Wordmark />
      </div>
      {hero && <img src={hero} alt="" width={560} height={630} style={{ width: 560, height: 630, objectFit: 'cover' }} />}
    </div>,
    text,
  )
}

/** The image for home, section, topic, author and search pages. */
export async function siteImage(): Promise<Response> {
  const text = await prepareText([site.name, site.tagline])
  return png(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        width: '100%',
        height: '100%',
        padding: 80,
        background: colors.brand,
        borderBottom: `18px solid ${colors.gold}`,
      }}
    >
      <div style={{ display: 'flex', fontFamily: fontFamily('Source Serif'), fontSize: 140, color: colors.paper }}>{text.texts[0]}</div>
      <div style={{ display: 'flex', marginTop: 24, fontFamily: fontFamily('Inter'), fontWeight: 400, fontSize: 38, color: '#d8dee8' }}>
        {text.texts[1]}
      </div>
    </div>,
    text,
  )
}
