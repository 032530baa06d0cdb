// Full-text search over articles, in SQLite FTS5. The content build adds every article's title, dek,
// plain-text body, author names, section name and tags to tables of the content database; the server
// answers each query from the file, so its memory does not grow with the archive. Which hits a reader
// may see is decided by the store (drafts, scheduled articles), not here.
//
// Words are matched by their folded form (lib/text/fold.ts: case, accents, compatibility forms), in
// the index and in queries alike. Chinese, Japanese and Korean are written without spaces between
// words, so runs of those scripts are indexed as overlapping pairs of characters (bigrams, as
// Lucene's CJK analyzer does): any word of two or more characters is found without a dictionary, and
// a longer query must contain all of its pairs. Dictionary word segmentation (Intl.Segmenter) gives a
// smaller index, but misses a word that the dictionary joins to its neighbours (罗斯 in 俄罗斯).
// Thai, Lao, Khmer and Burmese, also written without spaces, are split into words by Intl.Segmenter.
//
// Words are found here, in JavaScript, and stored folded and separated by spaces; SQLite's tokenizer
// splits only at those spaces, so the index holds exactly the words found here, in every script and
// whatever version of Unicode SQLite's own tables know.
import type Database from 'libsql'
import leven from 'leven'
import { fold } from '@/lib/text/fold'
import { graphemes, graphemeStart, cutAtGrapheme } from '@/lib/text/graphemes'

type Db = Database.Database

export type SearchDocument = {
  /** The article's slug. */
  id: string
  title: string
  dek: string
  body: string
  authors: string
  section: string
  tags: string
}

/**
 * One article found: its slug, its relevance (bm25, higher is better; the list puts every match of the
 * words as typed before any match of a prefix or a near spelling, whatever the scores) and the words to
 * mark in its text (snippet), as the index holds them.
 */
export type SearchMatch = { slug: string; score: number; terms: string[] }
/** Matches for a query (normalizeQuery), best first, at most MAX_MATCHES; empty when nothing matches. */
export type SearchEngine = (query: string) => SearchMatch[]

/** Longer queries are cut: they cost more and never help. */
export const MAX_QUERY_LENGTH = 100

// Words are separated by white space, punctuation and control characters.
const SEPARATOR = /[\s\p{Z}\p{P}\p{Cc}]+/u
const CJK = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}'
const CJK_RUN = new RegExp(`[${CJK}]+`, 'gu')
const LONE_CJK = new RegExp(`^[${CJK}]$`, 'u')
const DICTIONARY = '\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}'
const DICTIONARY_SCRIPT = new RegExp(`[${DICTIONARY}]`, 'u')
const NO_SPACES = new RegExp(`[${CJK}${DICTIONARY}]`, 'u')
const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })
const SYMBOL = /\p{S}/u
const SYMBOLS = /\p{S}+/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Each word that has a symbol in it ($2, €100, C++, 🚀fans) followed by its parts without the symbols (2, 100,
 * c, fans): readers search for the number or the word, as a word of the text (Intl.Segmenter) has no symbols.
 * The word itself stays, so that "C++" still finds C++ rather than every C.
 */
function withSymbolParts(tokens: string[]): string[] {
  return tokens.flatMap((token) =>
    SYMBOL.test(token) ? [token, ...token.split(SYMBOLS).filter((part) => part !== token && LETTER_OR_DIGIT.test(part))] : [token],
  )
}

/** Words of `text` (NFKC), each run of CJK characters given to `cjk` as an array of code points. */
function words(text: string, cjk: (run: string[]) => string[]): string[] {
  const normal = text.normalize('NFKC')
  // Most text has no script written without spaces: then a word is what the separator leaves.
  if (!NO_SPACES.test(normal)) return SYMBOL.test(normal) ? withSymbolParts(normal.split(SEPARATOR)) : normal.split(SEPARATOR)
  const tokens: string[] = []
  const other = (part: string) => {
    if (!DICTIONARY_SCRIPT.test(part)) tokens.push(part)
    else for (const s of wordSegmenter.segment(part)) if (s.isWordLike) tokens.push(s.segment)
  }
  for (const word of normal.split(SEPARATOR)) {
    let last = 0
    for (const run of word.matchAll(CJK_RUN)) {
      if (run.index > last) other(word.slice(last, run.index))
      tokens.push(...cjk(Array.from(run[0])))
      last = run.index + run[0].length
    }
    if (last < word.length) other(word.slice(last))
  }
  return withSymbolParts(tokens)
}

const bigrams = (chars: string[]) => chars.slice(1).map((c, i) => chars[i] + c)

/**
 * Indexed: every pair, and the last character alone, so that a one-character query (searched as a
 * prefix) finds every place its character occurs.
 */
const tokenizeText = (text: string) => words(text, (chars) => [...bigrams(chars), chars[chars.length - 1]])
/** Searched: the pairs of the query, or its one character. */
const tokenizeQuery = (query: string) => words(query, (chars) => (chars.length === 1 ? chars : bigrams(chars)))
const isLoneCjk = (term: string) => LONE_CJK.test(term)

// SQLite's ascii tokenizer with every printable ASCII character made a token character: only white
// space and control characters separate words, and every other character belongs to one.
const TOKEN_CHARACTERS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
const TOKENIZER = `ascii tokenchars '${TOKEN_CHARACTERS.replaceAll("'", "''")}'`
const TOKEN_SEPARATOR = /[\x00-\x20\x7f]+/

/** The words of `tokens` as the index stores them: folded, and split where SQLite's tokenizer would split them. */
const indexWords = (tokens: string[]) => tokens.flatMap((token) => fold(token).split(TOKEN_SEPARATOR)).filter(Boolean)

/** The fields searched, in the order of the table's columns, and the weight of a match in each (bm25). */
const COLUMNS = ['title', 'dek', 'tags', 'authors', 'section', 'body'] as const satisfies (keyof SearchDocument)[]
export const WEIGHTS = [4, 2, 2, 2, 1.5, 1]

/** The words indexed for `document`, one array per field of COLUMNS, in the order of the text (repeats kept). */
export const documentWords = (document: SearchDocument): string[][] =>
  COLUMNS.map((column) => indexWords(tokenizeText(document[column])))

/**
 * The search tables, created once on a new database:
 * - search_article: the slug of each document (id = the rowid of its text);
 * - search_text: the FTS5 index of the words of each field, contentless (the words are not stored
 *   twice; the site reads text from the content, not from here), ranked by bm25 with WEIGHTS;
 * - search_word: every word indexed, with the number of documents it was added with, so that a prefix
 *   or a near spelling is looked up in a range of one B-tree. FTS5's own vocabulary table (fts5vocab)
 *   counts a word's documents by reading all of them, so a range of it costs as much as the
 *   documents it covers. Words of a deleted document stay and keep their count (only the dev server
 *   deletes): a word that no document holds any more matches nothing.
 */
export const SEARCH_SCHEMA = `
CREATE TABLE search_article (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE search_text USING fts5(
  ${COLUMNS.join(', ')}, content = '', contentless_delete = 1, tokenize = "${TOKENIZER.replaceAll('"', '""')}"
);
INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(${WEIGHTS.join(', ')})');
CREATE TABLE search_word (word TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
`

/**
 * Adds `documents` to the search tables of `db` (SEARCH_SCHEMA), oldest story first (RANKED_WINDOW takes
 * the highest ids for the newest). Run it in a transaction (one per batch: it writes a row per document
 * and per distinct word). Throws (SQLITE_CONSTRAINT) when a slug is
 * already indexed: delete it first (deleteSearchDocuments).
 */
export function insertSearchDocuments(db: Db, documents: SearchDocument[]): void {
  const article = db.prepare('INSERT INTO search_article (slug) VALUES (?)')
  const text = db.prepare(`INSERT INTO search_text (rowid, ${COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(COLUMNS.length)})`)
  const counts = new Map<string, number>()
  for (const document of documents) {
    const fields = documentWords(document)
    const { lastInsertRowid } = article.run(document.id)
    text.run(lastInsertRowid, ...fields.map((words) => words.join(' ')))
    for (const word of new Set(fields.flat())) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const word = db.prepare(
    'INSERT INTO search_word (word, documents) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET documents = documents + excluded.documents',
  )
  for (const [w, count] of counts) word.run(w, count)
}

/** Removes the documents with these slugs from the search tables of `db`; unknown slugs are ignored. */
export function deleteSearchDocuments(db: Db, slugs: string[]): void {
  const text = db.prepare('DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_article WHERE slug = ?)')
  const article = db.prepare('DELETE FROM search_article WHERE slug = ?')
  for (const slug of slugs) {
    text.run(slug)
    article.run(slug)
  }
}

/**
 * At most this many matches are returned, the best: a reader pages through a few of them, and a word in
 * most articles would otherwise hand the whole archive to the caller.
 */
export const MAX_MATCHES = 1000
/**
 * A query matching more documents than this is ranked among its newest this-many matches (documents are
 * added oldest first, so the newest have the highest ids): ranking reads every candidate, and a word in
 * most of a large archive would otherwise cost time in proportion to the archive. For a news site the
 * newest matches are also the likelier answers.
 */
export const RANKED_WINDOW = 5000
/** Below this many exact hits, a query is run again with prefixes and typos allowed. */
const ENOUGH_EXACT_HITS = 20
/**
 * A word of a query read as a prefix or with a typo stands for at most this many words of the index, those
 * in most documents: the size of the query an index runs is bounded whatever the archive's vocabulary.
 */
const MAX_EXPANSIONS = 20
/**
 * A near spelling starts with the same this-many characters as the word typed, as in most search
 * engines: the words compared are one range of the vocabulary (those with that start and a length
 * within the distance), not the whole vocabulary.
 */
export const TYPO_SAME_START = 2
/** The highest code point: a word starting with `p` sorts between p and p + LAST. */
export const LAST = '\u{10FFFF}'

/** One document found and its bm25 relevance (higher is better). */
export type Hit = { slug: string; score: number }
/** A word of the index and the number of documents it was indexed with (deleted ones included). */
export type VocabularyWord = { word: string; documents: number }

/**
 * What the query rules (searchPlan) ask of an index, all words of a query at once so that an index over
 * the network answers in one round trip:
 * - `hits`: the documents with a word of every group (AND) or of any group (OR), scored by bm25 as FTS5
 *   does (a word listed in two groups counts twice), best first, ties by slug; at most MAX_MATCHES, ranked
 *   among the newest RANKED_WINDOW documents that match (the highest ids: documents are indexed oldest first);
 * - `vocabulary`: for each of `starts`, the words of the index that start with it (or only the MAX_EXPANSIONS
 *   in most documents, ties in byte order: the rules keep no others); for each of
 *   `spellings`, the words that start with its first TYPO_SAME_START characters and whose length is within
 *   its typo distance (typoDistance): the candidates, which the rules narrow (mostFrequent, nearSpellings).
 */
export type SearchQuestion =
  | { ask: 'hits'; groups: string[][]; operator: 'AND' | 'OR' }
  | { ask: 'vocabulary'; starts: string[]; spellings: string[] }
export type VocabularyAnswer = { starts: VocabularyWord[][]; spellings: VocabularyWord[][] }

/** How many edits a near spelling of `word` may be away: a fifth of its length, rounded. */
export const typoDistance = (word: string) => Math.round(0.2 * [...word].length)

/** UTF-8 byte order, the order of SQLite's keys and of Redis's sorted sets (JavaScript's `<` differs past U+FFFF). */
export const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))

/** Best first: higher score, then slug in byte order. */
export const bestFirst = (a: Hit, b: Hit) => b.score - a.score || byteOrder(a.slug, b.slug)

/** The MAX_EXPANSIONS words in most documents (ties in byte order). */
const mostFrequent = (words: VocabularyWord[]) =>
  [...words]
    .sort((a, b) => b.documents - a.documents || byteOrder(a.word, b.word))
    .slice(0, MAX_EXPANSIONS)
    .map((row) => row.word)

/** The candidates within `word`'s typo distance, those in most documents first. */
const nearSpellings = (word: string, candidates: VocabularyWord[]) => {
  const distance = typoDistance(word)
  return mostFrequent(candidates.filter((row) => leven(word, row.word, { maxDistance: distance + 1 }) <= distance))
}

const unique = (words: string[]) => [...new Set(words)]

function* ask<T>(question: SearchQuestion): Generator<SearchQuestion, T, unknown> {
  return (yield question) as T
}

/**
 * The query rules, the same over every index: a generator that yields the questions it needs answered
 * (SearchQuestion; send back the answer) and returns the matches. The words of a query (tokenized and
 * folded as the index is) must all occur, in any field. Exact words first: cheap even for common words in
 * a large archive. When that finds fewer than ENOUGH_EXACT_HITS, the query runs again with words of 4+
 * characters also matching as prefixes ("semicon" finds "semiconductor") and words of 6+ characters also
 * matching words at most typoDistance edits away ("goverment" finds "government"), each standing for at
 * most MAX_EXPANSIONS words of the index; its new hits follow the exact ones. When no document has every
 * word, documents with any word are returned. A lone CJK character always matches as a prefix (the pairs
 * that start with it).
 */
export function* searchPlan(query: string): Generator<SearchQuestion, SearchMatch[], unknown> {
  const words = unique(indexWords(tokenizeQuery(query)))
  if (words.length === 0) return []
  const loneCjk = words.filter(isLoneCjk)
  const cjkStarts = loneCjk.length === 0 ? [] : (yield* ask<VocabularyAnswer>({ ask: 'vocabulary', starts: loneCjk, spellings: [] })).starts
  const exact = words.map((word) => (isLoneCjk(word) ? unique([word, ...mostFrequent(cjkStarts[loneCjk.indexOf(word)])]) : [word]))
  // A lone CJK character marks itself wherever it occurs; other words mark the words they matched.
  const marked = (groups: string[][]) => unique(groups.flatMap((group, i) => (isLoneCjk(words[i]) ? [words[i]] : group)))
  const matches = (hits: Hit[], terms: string[]) => hits.map((hit) => ({ ...hit, terms }))

  const exactHits = yield* ask<Hit[]>({ ask: 'hits', groups: exact, operator: 'AND' })
  if (exactHits.length >= ENOUGH_EXACT_HITS) return matches(exactHits, marked(exact))
  const starts = words.filter((word) => [...word].length >= 4)
  const spellings = words.filter((word) => [...word].length >= 6)
  const vocabulary =
    starts.length === 0 ? { starts: [], spellings: [] } : yield* ask<VocabularyAnswer>({ ask: 'vocabulary', starts, spellings })
  const loose = words.map((word, i) => {
    const s = starts.indexOf(word)
    if (s < 0) return exact[i]
    const t = spellings.indexOf(word)
    return unique([word, ...mostFrequent(vocabulary.starts[s]), ...(t < 0 ? [] : nearSpellings(word, vocabulary.spellings[t]))])
  })
  const found = new Set(exactHits.map((hit) => hit.slug))
  const hits = [...exactHits, ...(yield* ask<Hit[]>({ ask: 'hits', groups: loose, operator: 'AND' })).filter((hit) => !found.has(hit.slug))].slice(
    0,
    MAX_MATCHES,
  )
  return matches(hits.length > 0 ? hits : yield* ask<Hit[]>({ ask: 'hits', groups: loose, operator: 'OR' }), marked(loose))
}

/** FTS5 query syntax for "any of `words`", each quoted, so no query text is read as an operator. */
const anyOf = (words: string[]) => {
  const quoted = words.map((word) => `"${word.replaceAll('"', '""')}"`)
  return quoted.length === 1 ? quoted[0] : `(${quoted.join(' OR ')})`
}

/** Full-text search (searchPlan) over the search tables of `db` (insertSearchDocuments). */
export function searchDatabase(db: Db): SearchEngine {
  // FTS5 walks a match newest first without ranking it, and ranks only the ids it is given a range of.
  const windowStart = db.prepare('SELECT rowid AS id FROM search_text WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
  const find = db.prepare(
    'SELECT search_article.slug AS slug, search_text.rank AS rank FROM search_text ' +
      'JOIN search_article ON search_article.id = search_text.rowid WHERE search_text MATCH ? AND search_text.rowid >= ? ' +
      `ORDER BY search_text.rank, search_article.slug LIMIT ${MAX_MATCHES}`,
  )
  // Only the words the rules keep (mostFrequent) leave SQLite.
  const startingWith = db.prepare(
    `SELECT word, documents FROM search_word WHERE word >= ? AND word < ? ORDER BY documents DESC, word LIMIT ${MAX_EXPANSIONS}`,
  )
  const sameStart = db.prepare('SELECT word, documents FROM search_word WHERE word >= ? AND word < ? AND length(word) BETWEEN ? AND ?')

  const answer = (question: SearchQuestion): Hit[] | VocabularyAnswer => {
    if (question.ask === 'hits') {
      const match = question.groups.map(anyOf).join(` ${question.operator} `)
      const from = (windowStart.get(match, RANKED_WINDOW - 1) as { id: number } | undefined)?.id ?? 0
      return (find.all(match, from) as { slug: string; rank: number }[]).map((row) => ({ slug: row.slug, score: -row.rank }))
    }
    return {
      starts: question.starts.map((word) => startingWith.all(word, word + LAST) as VocabularyWord[]),
      spellings: question.spellings.map((word) => {
        const length = [...word].length
        const distance = typoDistance(word)
        const start = [...word].slice(0, TYPO_SAME_START).join('')
        return sameStart.all(start, start + LAST, length - distance, length + distance) as VocabularyWord[]
      }),
    }
  }
  return (query) => {
    const plan = searchPlan(query)
    let step = plan.next()
    while (!step.done) step = plan.next(answer(step.value))
    return step.value
  }
}

/**
 * The query as typed, made safe to search and show: one value, NFC, control characters and runs of
 * white space made one space, trimmed, and cut to at most MAX_QUERY_LENGTH UTF-16 code units at a
 * grapheme boundary (an emoji or accented letter is kept whole or left out, never split).
 */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  const clean = (value ?? '').normalize('NFC').replace(/[\s\p{Cc}]+/gu, ' ').trim()
  return cutAtGrapheme(clean, MAX_QUERY_LENGTH).trim()
}

export type SnippetPart = { text: string; hit: boolean }

const SNIPPET_LENGTH = 220
const LEAD_IN = 70

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// A letter or digit of a script that separates words with spaces: a matched word must not continue
// into one. CJK and the dictionary scripts have no such boundary.
const SPACED_WORD = `[[\\p{L}\\p{N}\\p{M}]--[${CJK}${DICTIONARY}]]`
const startsSpaced = new RegExp(`^${SPACED_WORD}`, 'v')
const endsSpaced = new RegExp(`${SPACED_WORD}$`, 'v')

/**
 * Where the folded `terms` occur in `text`, as [start, end) offsets into `text`, in order and merged
 * when they touch or overlap. Text is folded grapheme by grapheme so that each match maps back to
 * the original characters (a match on "nina" marks "Niña"; overlapping CJK pairs mark one run).
 */
function findTerms(text: string, terms: string[]): [number, number][] {
  const keys = [...new Set(terms.map(fold).filter(Boolean))].sort((a, b) => b.length - a.length)
  if (keys.length === 0) return []
  let folded = ''
  const from: number[] = [] // for each code unit of `folded`: the original grapheme's start and end
  const to: number[] = []
  for (const { segment, index } of graphemes(text)) {
    const key = fold(segment)
    folded += key
    for (let i = 0; i < key.length; i++) from.push(index), to.push(index + segment.length)
  }
  const alternatives = keys.map((key) =>
    (startsSpaced.test(key) ? `(?<!${SPACED_WORD})` : '') + escapeRegExp(key) + (endsSpaced.test(key) ? `(?!${SPACED_WORD})` : ''),
  )
  // A lookahead matches at every position, so overlapping occurrences are all found.
  const pattern = new RegExp(`(?=(${alternatives.join('|')}))`, 'gv')
  const ranges: [number, number][] = []
  for (const match of folded.matchAll(pattern)) {
    const start = from[match.index]
    const end = to[match.index + match[1].length - 1]
    const previous = ranges[ranges.length - 1]
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end)
    else ranges.push([start, end])
  }
  return ranges
}

/**
 * A window of `text` around the first of `terms` (folded search terms), split into plain and matched
 * parts so that the page can mark the matches without ever treating the text as HTML. Matches are
 * whole words in spaced scripts, any run in CJK. The window is cut at spaces where it can be, else
 * between graphemes. Undefined when no term occurs.
 */
export function snippet(text: string, terms: string[], length = SNIPPET_LENGTH): SnippetPart[] | undefined {
  const ranges = findTerms(text, terms)
  if (ranges.length === 0) return undefined
  const [firstStart] = ranges[0]

  let start = Math.max(0, firstStart - LEAD_IN)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < firstStart ? space + 1 : graphemeStart(text, start)
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > firstStart ? space : graphemeStart(text, end)
  }

  const parts: SnippetPart[] = []
  const plain = (from: number, until: number) => {
    if (until > from) parts.push({ text: text.slice(from, until), hit: false })
  }
  if (start > 0) parts.push({ text: '…', hit: false })
  let last = start
  for (const [from, until] of ranges) {
    if (from >= end) break
    if (until <= start) continue
    plain(last, Math.max(from, start))
    parts.push({ text: text.slice(Math.max(from, start), Math.min(until, end)), hit: true })
    last = Math.min(until, end)
  }
  plain(last, end)
  if (end < text.length) parts.push({ text: '…', hit: false })
  return parts
}
