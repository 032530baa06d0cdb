import { describe, expect, it } from 'vitest'
import { fixtureStore, NOW } from '@/tests/fixtures/newsroom'
import { buildSearchIndex, loadSearchEngine, MAX_QUERY_LENGTH, normalizeQuery, snippet, type SearchDocument } from './search'

const slugs = (page: { items: { article: { slug: string } }[] }) => page.items.map((h) => h.article.slug)
const search = (query: string, options = { limit: 10 }) => fixtureStore().search(query, options)

describe('full-text search', () => {
  it('finds a word that appears only in one article body, first', () => {
    expect(slugs(search('marzipan'))[0]).toBe('chip-exports')
  })

  it('ranks a headline match above a mention in the dek', () => {
    expect(slugs(search('yen'))).toEqual(['yen-slides', 'old-rice-story'])
  })

  it('searches author names, section names and tags', () => {
    expect(slugs(search('Bo Chan'))).toEqual(['chip-exports'])
    expect(slugs(search('semiconductors korea'))).toEqual(['chip-exports'])
    expect(slugs(search('trade'))).toContain('old-rice-story')
  })

  it('matches the start of a long word and forgives a typo in one', () => {
    expect(slugs(search('semicon'))).toEqual(['chip-exports'])
    expect(slugs(search('intervantion'))).toEqual(['yen-slides'])
  })

  it('never returns drafts or articles scheduled for later', () => {
    expect(slugs(search('zeppelin'))).toEqual([])
    expect(slugs(search('quokka'))).toEqual([])
    expect(slugs(search('yen'))).not.toContain('secret-draft')
    expect(slugs(search('yen'))).not.toContain('embargoed')
  })

  it('shows drafts in preview and scheduled articles once due, like every other list', () => {
    expect(slugs(fixtureStore({ preview: true }).search('zeppelin', { limit: 10 }))).toEqual(['secret-draft'])
    const later = fixtureStore({ now: new Date(NOW.getTime() + 2 * 86_400_000) })
    expect(slugs(later.search('quokka', { limit: 10 }))).toEqual(['embargoed'])
  })

  it('highlights the matched words in a snippet of the body', () => {
    const [hit] = search('marzipan').items
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['marzipan'])
    expect(hit.snippet.map((p) => p.text).join('')).toContain('A rare word, marzipan, appears only here.')
  })

  it('falls back to the dek for the snippet when the body does not match', () => {
    const hit = search('yen').items.find((h) => h.article.slug === 'old-rice-story')!
    expect(hit.snippet.map((p) => p.text).join('')).toBe('Harvests were poor; the yen is not mentioned in the body.')
    expect(hit.snippet.some((p) => p.hit && p.text === 'yen')).toBe(true)
  })

  it('pages through results and counts them all', () => {
    const first = search('yen', { limit: 1 })
    const second = fixtureStore().search('yen', { offset: 1, limit: 1 })
    expect(first.total).toBe(2)
    expect(slugs(first)).toEqual(['yen-slides'])
    expect(slugs(second)).toEqual(['old-rice-story'])
  })

  it('treats markup in a query as words, and finds nothing for an empty one', () => {
    expect(search('<script>alert(1)</script>').total).toBe(0)
    expect(search('')).toEqual({ items: [], total: 0 })
  })
})

describe('queries', () => {
  it('are trimmed, single-valued and length-limited', () => {
    expect(normalizeQuery('  yen   slides ')).toBe('yen slides')
    expect(normalizeQuery(['first', 'second'])).toBe('first')
    expect(normalizeQuery(undefined)).toBe('')
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('are cut between graphemes, never inside an emoji, a flag or an accented letter', () => {
    const brokenOrUnpaired = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u200D$/
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}' // 11 code units, one grapheme
    for (const [long, kept] of [
      ['a'.repeat(99) + '\u{1F44D}', 'a'.repeat(99)],
      ['a'.repeat(95) + family, 'a'.repeat(95)],
      ['a'.repeat(98) + '\u{1F1EF}\u{1F1F5}', 'a'.repeat(98)],
      ['a'.repeat(99) + 'n\u0303', 'a'.repeat(99) + 'ñ'],
      ['a'.repeat(99) + 'n\u0303\u0301', 'a'.repeat(99)],
      ['\u{20000}'.repeat(60), '\u{20000}'.repeat(50)],
    ]) {
      const query = normalizeQuery(long)
      expect(query).toBe(kept)
      expect(query).not.toMatch(brokenOrUnpaired)
      expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    }
  })

  it('are NFC, with control characters made spaces', () => {
    expect(normalizeQuery('Nin\u0303a')).toBe('Niña')
    expect(normalizeQuery('yen\u0000slides\u000b\u0085now')).toBe('yen slides now')
  })
})

describe('search in every script', () => {
  const doc = (id: string, title: string, body = ''): SearchDocument =>
    ({ id, title, dek: '', body, authors: '', section: '', tags: '' })
  const docs = [
    doc('la-nina', 'La Niña brings rain to Peru'),
    doc('nfd', 'Pen\u0303a Nieto visits Se\u0301vres'),
    doc('greek', 'Ο ΝΌΜΟΣ της Ελλάδας ψηφίστηκε'),
    doc('russian', 'Ёлки подорожали в Москве'),
    doc('vietnamese', 'Việt Nam xuất khẩu gạo tăng mạnh, đồng tăng giá'),
    doc('turkish', 'İstanbul borsası ve Iğdır'),
    doc('german', 'Die Straße nach Łódź'),
    doc('fullwidth', 'ＡＩ startups raise funds'),
    doc('arabic', 'مُحَمَّد يزور القاهرة'),
    doc('chinese', '中国与俄罗斯企业签署多项协议', '在沈阳举行的会议上，双方同意扩大合作。'),
    doc('chinese-other', '俄国历史', '罗马帝国的故事。'),
    doc('japanese', '東京都で新しい法律が成立した', 'ソフトバンクが新ファンドを発表。'),
    doc('korean', '서울에서 반도체 수출 급증'),
    doc('mixed', 'iPhone发布会在上海举行'),
    doc('thai', 'กรุงเทพมหานครเป็นเมืองหลวง'),
  ]
  const engine = loadSearchEngine(buildSearchIndex(docs))
  const find = (query: string) => engine(normalizeQuery(query)).map((m) => m.slug)

  it('folds accents and case, whatever the normalisation form of the text or the query', () => {
    for (const query of ['nina', 'NINA', 'Niña', 'Nin\u0303a', 'ＮＩＮＡ', 'ｎｉñａ']) expect(find(query), query).toEqual(['la-nina'])
    for (const query of ['peña', 'pena', 'PEÑA', 'sèvres', 'sevres']) expect(find(query), query).toEqual(['nfd'])
  })

  it('folds Greek accents and final sigma, Cyrillic ё, Vietnamese tones and letters, Arabic vowel signs', () => {
    for (const query of ['ελλαδας', 'ΕΛΛΆΔΑΣ', 'Ελλάδας', 'νομος', 'νόμος', 'ΝΟΜΟΣ', 'ψηφιστηκε']) expect(find(query), query).toEqual(['greek'])
    for (const query of ['елки', 'ёлки', 'ЁЛКИ', 'москве']) expect(find(query), query).toEqual(['russian'])
    for (const query of ['viet nam', 'xuat khau', 'Việt', 'dong', 'Đồng', 'gao']) expect(find(query), query).toEqual(['vietnamese'])
    for (const query of ['محمد', 'مُحَمَّد', 'القاهرة']) expect(find(query), query).toEqual(['arabic'])
  })

  it('treats Turkish dotted and dotless i as one letter, and folds ß, Ł and full-width letters', () => {
    for (const query of ['istanbul', 'ISTANBUL', 'İSTANBUL', 'ıstanbul', 'igdir', 'IĞDIR', 'borsasi']) expect(find(query), query).toEqual(['turkish'])
    for (const query of ['strasse', 'STRASSE', 'straße', 'lodz']) expect(find(query), query).toEqual(['german'])
    expect(find('ai startups')).toEqual(['fullwidth'])
  })

  it('finds Chinese, Japanese and Korean words written without spaces, of any length', () => {
    for (const query of ['中国', '俄罗斯', '罗斯', '企业', '签署多项协议', '中国与俄罗斯企业签署多项协议', '沈阳', '合作'])
      expect(find(query), query).toEqual(['chinese'])
    for (const query of ['法律', '東京', '新しい', 'ソフトバンク', 'ｿﾌﾄﾊﾞﾝｸ', 'ファンド']) expect(find(query), query).toEqual(['japanese'])
    for (const query of ['서울', '반도체', '수출']) expect(find(query), query).toEqual(['korean'])
    expect(find('iphone')).toEqual(['mixed'])
    expect(find('发布会 上海')).toEqual(['mixed'])
    expect(find('เมือง')).toEqual(['thai'])
  })

  it('finds a single CJK character wherever it occurs, the end of a run included', () => {
    expect(find('俄').sort()).toEqual(['chinese', 'chinese-other'])
    expect(find('议')).toEqual(['chinese'])
    expect(find('罗').sort()).toEqual(['chinese', 'chinese-other'])
    expect(find('罗斯')).toEqual(['chinese'])
  })

  it('finds a number or word written against a symbol ($2, €100, ₹300, C++, 🚀fans) by itself, and the whole too', () => {
    const engine = loadSearchEngine(
      buildSearchIndex([doc('dollar', 'Oil at $2 a litre'), doc('euro', 'Wages of €100 and ₹300 a day'), doc('cpp', 'C++ and 🚀fans'), doc('c', 'The C language')]),
    )
    const found = (query: string) => engine(normalizeQuery(query)).map((m) => m.slug).sort()
    expect(found('2')).toEqual(['dollar'])
    expect(found('$2')).toEqual(['dollar'])
    expect(found('100')).toEqual(['euro'])
    expect(found('300')).toEqual(['euro'])
    expect(found('fans')).toEqual(['cpp'])
    expect(found('C++')).toEqual(['cpp'])
    expect(found('c')).toEqual(['c', 'cpp'])
  })

  it('ranks a CJK headline above a mention in the body', () => {
    const engine = loadSearchEngine(buildSearchIndex([doc('body', '会议', '市场报道：股票上涨。'), doc('title', '股票上涨', '会议。')]))
    expect(engine('股票').map((m) => m.slug)).toEqual(['title', 'body'])
  })

  it('marks the matched words in the original text of a snippet', () => {
    const marked = (query: string, text: string) => {
      const [match] = engine(normalizeQuery(query))
      return snippet(text, match.terms)?.filter((p) => p.hit).map((p) => p.text)
    }
    expect(marked('nina', 'La Niña brings rain to Peru')).toEqual(['Niña'])
    expect(marked('pena', 'Pen\u0303a Nieto visits Se\u0301vres')).toEqual(['Pen\u0303a'])
    expect(marked('ISTANBUL', 'İstanbul borsası ve Iğdır')).toEqual(['İstanbul'])
    expect(marked('俄罗斯', '中国与俄罗斯企业签署多项协议')).toEqual(['俄罗斯'])
    expect(marked('签署多项协议', '中国与俄罗斯企业签署多项协议')).toEqual(['签署多项协议'])
    expect(marked('议', '中国与俄罗斯企业签署多项协议')).toEqual(['议'])
    expect(marked('ｿﾌﾄﾊﾞﾝｸ', 'ソフトバンクが新ファンドを発表。')).toEqual(['ソフトバンク'])
  })
})

describe('snippets', () => {
  const text = `${'Filler words here. '.repeat(20)}The central bank raised rates. ${'More filler after. '.repeat(20)}`

  it('are a window around the first match, cut at word boundaries and marked as cut', () => {
    const parts = snippet(text, ['rates'])!
    const joined = parts.map((p) => p.text).join('')
    expect(joined.startsWith('…')).toBe(true)
    expect(joined.endsWith('…')).toBe(true)
    expect(joined.length).toBeLessThan(240)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['rates'])
  })

  it('match whole words only, in any case, and treat terms as text, not patterns', () => {
    expect(snippet('Ratesetters and RATES', ['rates'])!.filter((p) => p.hit).map((p) => p.text)).toEqual(['RATES'])
    expect(snippet('up 5x5 then 5.5 more', ['5.5'])!.filter((p) => p.hit).map((p) => p.text)).toEqual(['5.5'])
    expect(snippet('no match here', ['yen'])).toBeUndefined()
  })

  it('keep the match in the window, and cut whole graphemes, in text without spaces', () => {
    const cjk = `${'经济增长'.repeat(40)}中国与俄罗斯${'市场前景'.repeat(40)} 结束`
    const parts = snippet(cjk, ['俄罗', '罗斯'])!
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['俄罗斯'])
    const emoji = `${'\u{1F600}'.repeat(60)}中国${'\u{1F1EF}\u{1F1F5}'.repeat(80)}`
    const joined = snippet(emoji, ['中国'])!.map((p) => p.text).join('')
    expect(joined).toMatch(/^…(\u{1F600})+中国(\u{1F1EF}\u{1F1F5})+…$/u)
  })
})
