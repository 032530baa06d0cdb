// Social share images (1200×630) drawn with next/og: one per article, one for listing pages.
// Fonts and pictures are read from disk (the font files ship in @fontsource packages), never fetched.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import type { Article } from '@/lib/content'
import { site } from '@/lib/site'
import { OG_IMAGE_SIZE } from './metadata'

const root = process.cwd()

type Font = { name: string; weight: 400 | 700; data: Buffer; style: 'normal' }
let fonts: Promise<Font[]> | undefined

// next/og reads TTF, OTF and WOFF (not WOFF2). Each path is spelt out so the build traces just these files.
const loadFonts = () =>
  (fonts ??= Promise.all([
    readFile(path.join(root, 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')),
    readFile(path.join(root, 'node_modules/@fontsource/inter/files/inter-latin-700-normal.woff')),
    readFile(path.join(root, 'node_modules/@fontsource/inter/files/inter-latin-400-normal.woff')),
  ]).then(([serifBold, sansBold, sans]): Font[] => [
    { name: 'Source Serif', weight: 700, style: 'normal', data: serifBold },
    { name: 'Inter', weight: 700, style: 'normal', data: sansBold },
    { name: 'Inter', weight: 400, style: 'normal', data: sans },
  ]))

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' }

/** A picture under public/ as a data URL; undefined for a type next/og cannot draw. */
async function publicImage(src: string): Promise<string | undefined> {
  const mime = MIME[path.extname(src).toLowerCase()]
  if (!mime || src.includes('..')) return undefined
  const data = await readFile(path.join(root, 'public', src))
  return `data:${mime};base64,${data.toString('base64')}`
}

const colors = { ink: '#14171c', paper: '#ffffff', brand: '#0b2545', accent: '#a3262a', gold: '#c9a227' }

function Wordmark() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', fontFamily: 'Source Serif', fontSize: 44, color: colors.brand }}>
      {site.name}
    </div>
  )
}

/** Headlines shrink as they grow so that the longest still fit in five lines. */
const headlineSize = (title: string, width: 'full' | 'half') => {
  const base = width === 'full' ? 72 : 56
  return title.length > 110 ? base - 18 : title.length > 70 ? base - 10 : base
}

export async function articleImage(article: Article): Promise<ImageResponse> {
  const hero = article.hero && (await publicImage(article.hero.src))
  const width = hero ? 'half' : 'full'
  return new ImageResponse(
    (
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
          <div style={{ display: 'flex', fontFamily: 'Inter', fontWeight: 700, fontSize: 26, letterSpacing: 3, color: colors.accent, textTransform: 'uppercase' }}>
            {article.section.name}
          </div>
          <div
            style={{
              display: 'flex',
              fontFamily: 'Source Serif',
              fontSize: headlineSize(article.title, width),
              lineHeight: 1.12,
              color: colors.ink,
              overflow: 'hidden',
              maxHeight: 400,
            }}
          >
            {article.title}
          </div>
          <Wordmark />
        </div>
        {hero && (
          <img src={hero} alt="" width={560} height={630} style={{ width: 560, height: 630, objectFit: 'cover' }} />
        )}
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: await loadFonts() },
  )
}

/** The image for home, section, topic, author and search pages. */
export async function siteImage(): Promise<ImageResponse> {
  return new ImageResponse(
    (
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
        <div style={{ display: 'flex', fontFamily: 'Source Serif', fontSize: 140, color: colors.paper }}>{site.name}</div>
        <div style={{ display: 'flex', marginTop: 24, fontFamily: 'Inter', fontWeight: 400, fontSize: 38, color: '#d8dee8' }}>
          {site.tagline}
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts: await loadFonts() },
  )
}
