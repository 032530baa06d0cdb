import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import { writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fixtureStore } from '@/tests/fixtures/newsroom'
import { articleImage, headlineLayout, siteImage } from './og-image'
import { MISSING_GLYPH, prepareText, textDirection } from './og-glyphs'

const base = (await fixtureStore().getArticle('yen-slides'))!
const HERO = { ...base.hero!, src: '/images/articles/asia-lng-prices-winter-demand.jpg' }
const LONG = `${'Central banks from Frankfurt to Tokyo weigh the cost of waiting as inflation cools unevenly '.repeat(3)}`.slice(0, 240)

const headlines: [name: string, title: string][] = [
  ['chinese', '中国与俄罗斯企业在沈阳签署能源与贸易协议，人民币结算比例创新高'],
  ['japanese', '日銀、追加利上げを見送り　円相場は一時１６０円台に'],
  ['korean', '한국은행, 기준금리 동결… 원화 약세에 ₩1,400 돌파'],
  ['arabic', 'البنك المركزي يرفع الفائدة 0.5% مع تباطؤ التضخم في 2026'],
  ['hebrew', 'הבנק המרכזי מעלה את הריבית ב-0.5% בפעם השלישית'],
  ['russian', 'Центробанк сохранил ключевую ставку на уровне 16%'],
  ['greek', 'Η Ελλάδα επιστρέφει στις αγορές με δεκαετές ομόλογο'],
  ['hindi-thai', 'भारत का GDP ₹300 लाख करोड़ के पार; ไทยส่งออกเพิ่มขึ้น'],
  ['emoji', 'Markets rally 🚀📈 as 👩🏽‍💻 coders strike; 🏳️‍🌈 parade; flags 🇯🇵🇰🇷 #️⃣'],
  ['currency', 'Rupee ₹ and won ₩ slide against the dollar $ and euro €'],
  ['unknown', 'A private-use \uE000 glyph, Linear B 𐀀 and a newer emoji 🫩 in one headline'],
  ['long', LONG],
  ['overlong', `${LONG} ${LONG}`],
  ['overlong-chinese', '全球央行在通胀降温之际权衡等待的代价，'.repeat(8)],
]

const attempts: string[] = []

// The renderer must never reach the network: any attempt fails the test (and is refused).
beforeAll(() => {
  const refuse = (what: string) => () => {
    attempts.push(what)
    throw new Error(`network access attempted: ${what}`)
  }
  vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'))
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net connect'))
  vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect'))
  vi.spyOn(tls, 'connect').mockImplementation(refuse('tls.connect'))
  for (const [name, mod] of [['http', http], ['https', https]] as const) {
    vi.spyOn(mod, 'request').mockImplementation(refuse(`${name}.request`))
    vi.spyOn(mod, 'get').mockImplementation(refuse(`${name}.get`))
  }
})
afterAll(() => vi.restoreAllMocks())

/** Width and height from a PNG's signature and IHDR chunk; fails on anything else. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

describe('share images', () => {
  for (const [name, title] of headlines) {
    for (const hero of [undefined, HERO]) {
      it(`draws a ${name} headline ${hero ? 'beside a hero picture' : 'full width'} as a 1200×630 PNG, offline`, async () => {
        const response = await articleImage({ ...base, title, hero })
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe('image/png')
        const png = Buffer.from(await response.arrayBuffer())
        expect(pngSize(png)).toEqual([1200, 630])
        if (process.env.OG_PNG_DIR) await writeFile(`${process.env.OG_PNG_DIR}/og-${name}${hero ? '-hero' : ''}.png`, png)
        expect(attempts).toEqual([])
      }, 20_000)
    }
  }

  it('draws the listing image', async () => {
    expect(pngSize(Buffer.from(await (await siteImage()).arrayBuffer()))).toEqual([1200, 630])
    expect(attempts).toEqual([])
  })
})

describe('glyphs for share images', () => {
  const fontsFor = async (text: string) => new Set((await prepareText([text])).fonts.map((f) => f.family))

  it('loads the font of each script a headline uses, and only brand fonts for Latin', async () => {
    expect(await fontsFor('Plain English headline')).toEqual(new Set(['Source Serif', 'Inter']))
    expect(await fontsFor('中国 日本語のかな')).toContain('Noto Serif SC')
    expect(await fontsFor('한국은행')).toContain('Noto Serif KR')
    expect(await fontsFor('البنك المركزي')).toContain('Noto Sans Arabic')
    expect(await fontsFor('הבנק המרכזי')).toContain('Noto Sans Hebrew')
    expect(await fontsFor('भारत')).toContain('Noto Sans Devanagari')
    expect(await fontsFor('ไทย')).toContain('Noto Sans Thai')
  })

  it('loads only the unicode-range subsets a text needs', async () => {
    const { fonts } = await prepareText(['中国'])
    expect(fonts.filter((f) => f.family === 'Noto Serif SC').length).toBeLessThanOrEqual(2)
  })

  it('draws emoji, ZWJ sequences, flags and keycaps as pictures from disk', async () => {
    const emoji = ['🚀', '👩🏽‍💻', '🏳️‍🌈', '🇯🇵', '#️⃣', '❤️']
    const { graphemeImages, texts } = await prepareText([emoji.join(' ')])
    expect(Object.keys(graphemeImages).sort()).toEqual([...emoji].sort())
    for (const url of Object.values(graphemeImages)) expect(url).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(texts[0]).not.toContain(MISSING_GLYPH)
  })

  it('keeps text symbols as text and replaces what no bundled font draws', async () => {
    const { texts, graphemeImages } = await prepareText(['© 2026 ₹ ₩ € a\uE000b 𐀀 🫩'])
    expect(graphemeImages).toEqual({})
    expect(texts[0]).toBe(`© 2026 ₹ ₩ € a${MISSING_GLYPH}b ${MISSING_GLYPH} ${MISSING_GLYPH}`)
  })

  it('sets right-to-left direction by the first strong character', async () => {
    expect(textDirection('البنك المركزي')).toBe('rtl')
    expect(textDirection('2026: הבנק')).toBe('rtl')
    expect(textDirection('Apple في السعودية')).toBe('ltr')
    expect(textDirection('中国')).toBe('ltr')
  })

  it('shrinks long headlines and clamps them to the lines the box holds', async () => {
    expect(headlineLayout('Short', 'full')).toEqual({ fontSize: 72, lines: 4 })
    expect(headlineLayout(LONG, 'full')).toEqual({ fontSize: 54, lines: 6 })
    // Wide scripts count double: 60 ideographs take the room of 120 Latin letters.
    expect(headlineLayout('中'.repeat(60), 'half').fontSize).toBe(38)
  })
})
