import Database from 'libsql'
import { describe, expect, it } from 'vitest'
import { fixtureStore, NOW } from '@/tests/fixtures/newsroom'
import {
  deleteSearchDocuments,
  insertSearchDocuments,
  MAX_MATCHES,
  RANKED_WINDOW,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  SEARCH_SCHEMA,
  searchDatabase,
  snippet,
  type SearchDocument,
} from './search'

/** A new in-memory database with `documents` indexed, and the search engine over it. */
function searchOver(documents: SearchDocument[]) {
  const db = new Database(':memory:')
  db.exec(SEARCH_SCHEMA)
  db.transaction(() => insertSearchDocuments(db, documents))()
  const engine = searchDatabase(db)
  return { db, engine, find: (query: string) => engine(normalizeQuery(query)).map((m) => m.slug) }
}

const doc = (id: string, fields: Partial<Omit<SearchDocument, 'id'>>): SearchDocument =>
  ({ id, title: '', dek: '', body: '', authors: '', section: '', tags: '', ...fields })

// The published articles of tests/fixtures/newsroom.ts, as the content build gives them to search.
const newsroom = [
  doc('yen-slides', {
    title: 'Yen slides as traders watch for intervention',
    dek: 'The currency fell past 160 per dollar.',
    body: 'The yen weakened on Friday. Officials in Tokyo said they were watching the market with urgency. Nobody wants to be caught short.',
    section: 'Markets',
    tags: 'Japan, Currencies',
  }),
  doc('chip-exports', {
    title: 'Korean chip exports surge',
    dek: 'Memory demand from data centres lifted shipments.',
    body: 'Exports of semiconductors rose 30 percent. A rare word, marzipan, appears only here.',
    authors: 'Bo Chan',
    section: 'Trade',
    tags: 'Korea, Semiconductors',
  }),
  doc('old-rice-story', {
    title: 'Rice prices climb in Asia & beyond',
    dek: 'Harvests were poor; the yen is not mentioned in the body.',
    body: 'Farmers in Thailand and Vietnam reported weak harvests after floods.',
    section: 'Trade',
    tags: 'Rice',
  }),
]

describe('the search index', () => {
  const { find, engine } = searchOver(newsroom)

  it('finds a word that appears only in one article body, first', async () => {
    expect(find('marzipan')[0]).toBe('chip-exports')
  })

  it('ranks a headline match above a mention in the dek', async () => {
    expect(find('yen')).toEqual(['yen-slides', 'old-rice-story'])
  })

  it('searches author names, section names and tags', async () => {
    expect(find('Bo Chan')).toEqual(['chip-exports'])
    expect(find('semiconductors korea')).toEqual(['chip-exports'])
    expect(find('trade')).toContain('old-rice-story')
  })

  it('matches the start of a long word and forgives a typo in one, and marks the words matched', async () => {
    expect(find('semicon')).toEqual(['chip-exports'])
    expect(find('intervantion')).toEqual(['yen-slides'])
    const marked = (query: string, text: string) => snippet(text, engine(query)[0].terms)?.filter((p) => p.hit).map((p) => p.text)
    expect(marked('semicon', newsroom[1].body)).toEqual(['semiconductors'])
    expect(marked('intervantion', newsroom[0].title)).toEqual(['intervention'])
  })

  it('matches short words only as typed, and a typo only within a fifth of the word', async () => {
    expect(find('yens')).toEqual([])
    expect(find('rece')).toEqual([])
    expect(find('intervantiom')).toEqual(['yen-slides']) // two edits in twelve letters
    expect(find('intarvantiom')).toEqual([]) // three
  })

  it('lists the articles with the words as typed before those matching a prefix or a near spelling', async () => {
    const { find } = searchOver([
      doc('prefix', { title: 'Marzipans of Lübeck', tags: 'Marzipans' }),
      doc('typo', { title: 'Marzipen in the headline', tags: 'Marzipen' }),
      doc('exact', { body: `${'Filler. '.repeat(50)}One marzipan.` }),
    ])
    expect(find('marzipan')).toEqual(['exact', 'prefix', 'typo'])
  })

  it('finds articles with any of the words when none has them all', async () => {
    expect(find('marzipan zeppelin')).toEqual(['chip-exports'])
    expect(find('yen zeppelin')).toEqual(['yen-slides', 'old-rice-story'])
  })

  it('treats query syntax as words: quotes, operators, stars, carets, column names, brackets', async () => {
    // Read as FTS5 syntax, these would exclude, filter by column, or fail.
    expect(find('yen NOT mentioned')).toEqual(['old-rice-story'])
    expect(find('title:marzipan')).toEqual(['chip-exports'])
    expect(find('{title dek}: marzipan')).toEqual(['chip-exports'])
    expect(find('yen -slides')).toEqual(['yen-slides'])
    expect(find('yen*')).toEqual(['yen-slides', 'old-rice-story'])
    expect(find('"yen')).toEqual(['yen-slides', 'old-rice-story'])
    expect(find('^yen')).toEqual(['yen-slides', 'old-rice-story'])
    for (const query of ['"', '""', "'", '*', '^', '-', '+', '(', ')', '()', ':', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(yen slides, 2)',
      'yen AND', 'OR yen', '(yen OR', 'yen" OR "slides', 'rowid:1', 'search_text:yen', 'yen + slides', 'c++ "x"*', '\u{1F680}*', '*\u{1F680}'])
      expect(() => find(query), query).not.toThrow()
    expect(find('NEAR(yen slides, 2)')[0]).toBe('yen-slides')
  })

  it('replaces and deletes articles', async () => {
    const { db, find } = searchOver(newsroom)
    db.transaction(() => {
      deleteSearchDocuments(db, ['chip-exports', 'no-such-slug'])
      insertSearchDocuments(db, [doc('chip-exports', { title: 'Korean chip exports surge', body: 'Now about nougat.' })])
    })()
    expect(find('marzipan')).toEqual([])
    expect(find('nougat')).toEqual(['chip-exports'])
    expect(find('chip')).toEqual(['chip-exports'])
    deleteSearchDocuments(db, ['chip-exports', 'yen-slides'])
    expect(find('chip')).toEqual([])
    expect(find('yen')).toEqual(['old-rice-story'])
    expect(find('semicon')).toEqual([]) // a word of a deleted article matches nothing
    expect(() => insertSearchDocuments(db, [doc('old-rice-story', { title: 'Twice' })])).toThrow()
  })

  it('separates words at tabs, line breaks and other control characters', () => {
    const { find } = searchOver([doc('code', { body: 'rates\tcopper\u0085nickel\u000bzinc\r\ntin' })])
    for (const query of ['rates', 'copper', 'nickel', 'zinc', 'tin']) expect(find(query), query).toEqual(['code'])
  })

  it('returns the best MAX_MATCHES matches of a word in more articles', () => {
    const { engine } = searchOver([
      ...Array.from({ length: MAX_MATCHES + 5 }, (_, i) => doc(`story-${i}`, { body: 'Markets moved on the news.' })),
      doc('headline', { title: 'Markets' }),
    ])
    const matches = engine('markets')
    expect(matches).toHaveLength(MAX_MATCHES)
    expect(matches[0].slug).toBe('headline')
  })

  it('ranks a word in very many articles among its newest RANKED_WINDOW matches, and a rarer one everywhere', () => {
    const { engine } = searchOver([
      doc('old-headline', { title: 'Markets and marzipan' }),
      ...Array.from({ length: RANKED_WINDOW }, (_, i) => doc(`story-${i}`, { body: 'Markets moved on the news.' })),
      doc('new-headline', { title: 'Markets' }),
    ])
    const matches = engine('markets').map((m) => m.slug)
    expect(matches[0]).toBe('new-headline')
    expect(matches).not.toContain('old-headline')
    expect(engine('marzipan markets').map((m) => m.slug)).toEqual(['old-headline'])
  })

  it('finds nothing in an empty index, whatever the query', () => {
    const { find } = searchOver([])
    for (const query of ['yen', 'semicon', 'intervantion', '中', '中国', 'yen zeppelin', '', '"']) expect(find(query), query).toEqual([])
  })
})


const slugs = (page: { items: { article: { slug: string } }[] }) => page.items.map((h) => h.article.slug)
const search = (query: string, options = { limit: 10 }) => fixtureStore().search(query, options)

describe('full-text search', () => {
  it('never returns drafts or articles scheduled for later', async () => {
    expect(slugs(await search('zeppelin'))).toEqual([])
    expect(slugs(await search('quokka'))).toEqual([])
    expect(slugs(await search('yen'))).not.toContain('secret-draft')
    expect(slugs(await search('yen'))).not.toContain('embargoed')
  })

  it('shows drafts in preview and scheduled articles once due, like every other list', async () => {
    expect(slugs(await fixtureStore({ preview: true }).search('zeppelin', { limit: 10 }))).toEqual(['secret-draft'])
    const later = fixtureStore({ now: new Date(NOW.getTime() + 2 * 86_400_000) })
    expect(slugs(await later.search('quokka', { limit: 10 }))).toEqual(['embargoed'])
  })

  it('highlights the matched words in a snippet of the body', async () => {
    const [hit] = (await search('marzipan')).items
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['marzipan'])
    expect(hit.snippet.map((p) => p.text).join('')).toContain('A rare word, marzipan, appears only here.')
  })

  it('falls back to the dek for the snippet when the body does not match', async () => {
    const hit = (await search('yen')).items.find((h) => h.article.slug === 'old-rice-story')!
    expect(hit.snippet.map((p) => p.text).join('')).toBe('Harvests were poor; the yen is not mentioned in the body.')
    expect(hit.snippet.some((p) => p.hit && p.text === 'yen')).toBe(true)
  })

  it('pages through results and counts them all', async () => {
    const first = await search('yen', { limit: 1 })
    const second = await fixtureStore().search('yen', { offset: 1, limit: 1 })
    expect(first.total).toBe(2)
    expect(slugs(first)).toEqual(['yen-slides'])
    expect(slugs(second)).toEqual(['old-rice-story'])
  })

  it('treats markup in a query as words, and finds nothing for an empty one', async () => {
    expect((await search('<script>alert(1)</script>')).total).toBe(0)
    expect(await search('')).toEqual({ items: [], total: 0 })
  })
})

describe('queries', () => {
  it('are trimmed, single-valued and length-limited', async () => {
    expect(normalizeQuery('  yen   slides ')).toBe('yen slides')
    expect(normalizeQuery(['first', 'second'])).toBe('first')
    expect(normalizeQuery(undefined)).toBe('')
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('are cut between graphemes, never inside an emoji, a flag or an accented letter', async () => {
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

  it('are NFC, with control characters made spaces', async () => {
    expect(normalizeQuery('Nin\u0303a')).toBe('Niña')
    expect(normalizeQuery('yen\u0000slides\u000b\u0085now')).toBe('yen slides now')
  })
})

describe('search in every script', () => {
  const titled = (id: string, title: string, body = '') => doc(id, { title, body })
  const docs = [
    titled('la-nina', 'La Niña brings rain to Peru'),
    titled('nfd', 'Pen\u0303a Nieto visits Se\u0301vres'),
    titled('greek', 'Ο ΝΌΜΟΣ της Ελλάδας ψηφίστηκε'),
    titled('russian', 'Ёлки подорожали в Москве'),
    titled('vietnamese', 'Việt Nam xuất khẩu gạo tăng mạnh, đồng tăng giá'),
    titled('turkish', 'İstanbul borsası ve Iğdır'),
    titled('german', 'Die Straße nach Łódź'),
    titled('fullwidth', 'ＡＩ startups raise funds'),
    titled('arabic', 'مُحَمَّد يزور القاهرة'),
    titled('chinese', '中国与俄罗斯企业签署多项协议', '在沈阳举行的会议上，双方同意扩大合作。'),
    titled('chinese-other', '俄国历史', '罗马帝国的故事。'),
    titled('japanese', '東京都で新しい法律が成立した', 'ソフトバンクが新ファンドを発表。'),
    titled('korean', '서울에서 반도체 수출 급증'),
    titled('mixed', 'iPhone发布会在上海举行'),
    titled('thai', 'กรุงเทพมหานครเป็นเมืองหลวง'),
  ]
  const { engine, find } = searchOver(docs)

  it('folds accents and case, whatever the normalisation form of the text or the query', async () => {
    for (const query of ['nina', 'NINA', 'Niña', 'Nin\u0303a', 'ＮＩＮＡ', 'ｎｉñａ']) expect(find(query), query).toEqual(['la-nina'])
    for (const query of ['peña', 'pena', 'PEÑA', 'sèvres', 'sevres']) expect(find(query), query).toEqual(['nfd'])
  })

  it('folds Greek accents and final sigma, Cyrillic ё, Vietnamese tones and letters, Arabic vowel signs', async () => {
    for (const query of ['ελλαδας', 'ΕΛΛΆΔΑΣ', 'Ελλάδας', 'νομος', 'νόμος', 'ΝΟΜΟΣ', 'ψηφιστηκε']) expect(find(query), query).toEqual(['greek'])
    for (const query of ['елки', 'ёлки', 'ЁЛКИ', 'москве']) expect(find(query), query).toEqual(['russian'])
    for (const query of ['viet nam', 'xuat khau', 'Việt', 'dong', 'Đồng', 'gao']) expect(find(query), query).toEqual(['vietnamese'])
    for (const query of ['محمد', 'مُحَمَّد', 'القاهرة']) expect(find(query), query).toEqual(['arabic'])
  })

  it('treats Turkish dotted and dotless i as one letter, and folds ß, Ł and full-width letters', async () => {
    for (const query of ['istanbul', 'ISTANBUL', 'İSTANBUL', 'ıstanbul', 'igdir', 'IĞDIR', 'borsasi']) expect(find(query), query).toEqual(['turkish'])
    for (const query of ['strasse', 'STRASSE', 'straße', 'lodz']) expect(find(query), query).toEqual(['german'])
    expect(find('ai startups')).toEqual(['fullwidth'])
  })

  it('finds Chinese, Japanese and Korean words written without spaces, of any length', async () => {
    for (const query of ['中国', '俄罗斯', '罗斯', '企业', '签署多项协议', '中国与俄罗斯企业签署多项协议', '沈阳', '合作'])
      expect(find(query), query).toEqual(['chinese'])
    for (const query of ['法律', '東京', '新しい', 'ソフトバンク', 'ｿﾌﾄﾊﾞﾝｸ', 'ファンド']) expect(find(query), query).toEqual(['japanese'])
    for (const query of ['서울', '반도체', '수출']) expect(find(query), query).toEqual(['korean'])
    expect(find('iphone')).toEqual(['mixed'])
    expect(find('发布会 上海')).toEqual(['mixed'])
    expect(find('เมือง')).toEqual(['thai'])
  })

  it('finds a single CJK character wherever it occurs, the end of a run included', async () => {
    expect(find('俄').sort()).toEqual(['chinese', 'chinese-other'])
    expect(find('议')).toEqual(['chinese'])
    expect(find('罗').sort()).toEqual(['chinese', 'chinese-other'])
    expect(find('罗斯')).toEqual(['chinese'])
  })

  it('finds a number or word written against a symbol ($2, €100, ₹300, C++, 🚀fans) by itself, and the whole too', async () => {
    const { find } = searchOver([
      titled('dollar', 'Oil at $2 a litre'),
      titled('euro', 'Wages of €100 and ₹300 a day'),
      titled('cpp', 'C++ and 🚀fans'),
      titled('c', 'The C language'),
      titled('emoji', '\u{1F923} and \u{1F469}\u200D\u{1F469}\u200D\u{1F467} as they were typed'),
    ])
    const found = (query: string) => find(query).sort()
    expect(found('2')).toEqual(['dollar'])
    expect(found('$2')).toEqual(['dollar'])
    expect(found('100')).toEqual(['euro'])
    expect(found('300')).toEqual(['euro'])
    expect(found('fans')).toEqual(['cpp'])
    expect(found('C++')).toEqual(['cpp'])
    expect(found('c')).toEqual(['c', 'cpp'])
    expect(found('\u{1F680}fans')).toEqual(['cpp'])
    expect(found('\u{1F923}')).toEqual(['emoji'])
    expect(found('\u{1F469}\u200D\u{1F469}\u200D\u{1F467}')).toEqual(['emoji'])
  })

  it('ranks a CJK headline above a mention in the body', async () => {
    const { find } = searchOver([titled('body', '会议', '市场报道：股票上涨。'), titled('title', '股票上涨', '会议。')])
    expect(find('股票')).toEqual(['title', 'body'])
  })

  it('marks the matched words in the original text of a snippet', async () => {
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

  it('are a window around the first match, cut at word boundaries and marked as cut', async () => {
    const parts = snippet(text, ['rates'])!
    const joined = parts.map((p) => p.text).join('')
    expect(joined.startsWith('…')).toBe(true)
    expect(joined.endsWith('…')).toBe(true)
    expect(joined.length).toBeLessThan(240)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['rates'])
  })

  it('match whole words only, in any case, and treat terms as text, not patterns', async () => {
    expect(snippet('Ratesetters and RATES', ['rates'])!.filter((p) => p.hit).map((p) => p.text)).toEqual(['RATES'])
    expect(snippet('up 5x5 then 5.5 more', ['5.5'])!.filter((p) => p.hit).map((p) => p.text)).toEqual(['5.5'])
    expect(snippet('no match here', ['yen'])).toBeUndefined()
  })

  it('keep the match in the window, and cut whole graphemes, in text without spaces', async () => {
    const cjk = `${'经济增长'.repeat(40)}中国与俄罗斯${'市场前景'.repeat(40)} 结束`
    const parts = snippet(cjk, ['俄罗', '罗斯'])!
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['俄罗斯'])
    const emoji = `${'\u{1F600}'.repeat(60)}中国${'\u{1F1EF}\u{1F1F5}'.repeat(80)}`
    const joined = snippet(emoji, ['中国'])!.map((p) => p.text).join('')
    expect(joined).toMatch(/^…(\u{1F600})+中国(\u{1F1EF}\u{1F1F5})+…$/u)
  })
})
