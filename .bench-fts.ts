import fs from 'node:fs'
import Database from 'libsql'
import { insertSearchDocuments, SEARCH_SCHEMA, searchDatabase, type SearchDocument } from '@/lib/content/search'

let seed = 42
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const SYL = ['ka', 'to', 'ri', 'men', 'sa', 'lo', 'ver', 'in', 'tra', 'de', 'po', 'nu', 'gar', 'el', 'si', 'ton', 'ba', 'qu', 'ex', 'mi', 'cor', 'an', 'li', 'us']
const vocabSet = new Set<string>()
while (vocabSet.size < 20000) {
  const n = 1 + Math.floor(rand() * 4)
  let w = ''
  for (let i = 0; i < n; i++) w += SYL[Math.floor(rand() * SYL.length)]
  vocabSet.add(w)
}
const vocab = [...vocabSet]
// Zipf weights
const cum: number[] = []
let total = 0
for (let r = 1; r <= vocab.length; r++) cum.push((total += 1 / r))
const zipf = (list: string[], c: number[], t: number) => {
  const x = rand() * t
  let lo = 0, hi = c.length - 1
  while (lo < hi) { const m = (lo + hi) >> 1; if (c[m] < x) lo = m + 1; else hi = m }
  return list[lo]
}
const word = () => (rand() < 0.04 ? String(Math.floor(rand() * 100000)) : zipf(vocab, cum, total))
const words = (n: number) => Array.from({ length: n }, word).join(' ')
const CJK = Array.from({ length: 2500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000)))
const ccum: number[] = []
let ctotal = 0
for (let r = 1; r <= CJK.length; r++) ccum.push((ctotal += 1 / r))
const cjk = (n: number) => Array.from({ length: n }, () => zipf(CJK, ccum, ctotal)).join('')

const N = Number(process.argv[2] ?? 10000)
const file = `/tmp/fts-bench/search-${N}.db`
fs.rmSync(file, { force: true })
const db = new Database(file)
db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF')
db.exec(SEARCH_SCHEMA)
let t = performance.now()
for (let b = 0; b < N; b += 1000) {
  const docs: SearchDocument[] = []
  for (let i = b; i < Math.min(N, b + 1000); i++) {
    docs.push({
      id: `story-${i}`,
      title: words(8),
      dek: words(20),
      body: words(600) + (rand() < 0.1 ? ' ' + cjk(80) + '。' + cjk(40) : ''),
      authors: `${vocab[Math.floor(rand() * 500)]} ${vocab[Math.floor(rand() * 500)]}`,
      section: vocab[Math.floor(rand() * 10)],
      tags: [1, 2, 3].map(() => vocab[Math.floor(rand() * 200)]).join(', '),
    })
  }
  db.transaction(() => insertSearchDocuments(db, docs))()
}
const build = performance.now() - t
const size1 = fs.statSync(file).size
t = performance.now()
db.exec("INSERT INTO search_text (search_text) VALUES ('optimize')")
const optimize = performance.now() - t
db.exec('VACUUM')
const size2 = fs.statSync(file).size
const wordCount = (db.prepare('SELECT count(*) AS n FROM search_word').get() as { n: number }).n
console.log(`N=${N} build ${(build / 1000).toFixed(1)} s, optimize ${(optimize / 1000).toFixed(1)} s, file ${(size1 / 1e6).toFixed(1)} MB before optimize, ${(size2 / 1e6).toFixed(1)} MB after optimize+vacuum, ${wordCount} words`)
db.close()

// Fresh connection, as a server would open the file.
const ro = new Database(file, { readonly: true })
const engine = searchDatabase(ro)
const typo = (w: string) => w.slice(0, 3) + (w[3] === 'x' ? 'y' : 'x') + w.slice(4)
const long = vocab.filter((w) => w.length >= 8)
const queries: [string, string][] = [
  ['common word', vocab[0]],
  ['common word 2', vocab[4]],
  ['mid word', vocab[200]],
  ['rare word', vocab[5000]],
  ['rarest word', vocab[19999]],
  ['number', '4242'],
  ['prefix 4', vocab[300].slice(0, 4)],
  ['prefix 5', long[50].slice(0, 5)],
  ['prefix of rare', long[3000].slice(0, 6)],
  ['typo common', typo(long[2])],
  ['typo mid', typo(long[500])],
  ['typo rare', typo(long[4000])],
  ['nothing', 'zzzzqqqq'],
  ['CJK pair', CJK[0] + CJK[1]],
  ['CJK lone', CJK[3]],
  ['CJK 4', CJK[10] + CJK[11] + CJK[12] + CJK[13]],
  ['two common', `${vocab[1]} ${vocab[2]}`],
  ['common + rare', `${vocab[0]} ${vocab[8000]}`],
  ['two rare (any)', `${vocab[12000]} ${vocab[13000]}`],
  ['three words', `${vocab[30]} ${vocab[400]} ${long[100]}`],
]
const rows: string[] = []
const medians: number[] = []
for (const [name, q] of queries) {
  const times: number[] = []
  let n = 0
  const first = performance.now(); n = engine(q).length; times.push(performance.now() - first)
  for (let i = 0; i < 6; i++) { const s = performance.now(); engine(q); times.push(performance.now() - s) }
  const sorted = [...times.slice(1)].sort((a, b) => a - b)
  const med = sorted[Math.floor(sorted.length / 2)]
  medians.push(med)
  rows.push(`${name.padEnd(16)} ${JSON.stringify(q).padEnd(28)} hits ${String(n).padStart(6)}  first ${times[0].toFixed(1).padStart(7)} ms  median ${med.toFixed(1).padStart(7)} ms  worst ${Math.max(...times).toFixed(1).padStart(7)} ms`)
}
console.log(rows.join('\n'))
const s = [...medians].sort((a, b) => a - b)
console.log(`median of medians ${s[Math.floor(s.length / 2)].toFixed(1)} ms, worst median ${s[s.length - 1].toFixed(1)} ms`)

// fts5vocab range cost against the word table, for the same two-letter range.
ro.close()
const rw = new Database(file)
rw.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, search_text, row)')
for (const range of [['ka', 'kb'], ['in', 'io'], [vocab[0].slice(0, 4), vocab[0].slice(0, 3) + String.fromCharCode(vocab[0].charCodeAt(3) + 1)]]) {
  let s = performance.now()
  const a = rw.prepare('SELECT count(*) AS n FROM temp.v WHERE term >= ? AND term < ?').get(...range) as { n: number }
  const tv = performance.now() - s
  s = performance.now()
  const b = rw.prepare('SELECT count(*) AS n FROM search_word WHERE word >= ? AND word < ?').get(...range) as { n: number }
  const tw = performance.now() - s
  console.log(`range ${range}: fts5vocab ${a.n} terms ${tv.toFixed(1)} ms; search_word ${b.n} words ${tw.toFixed(1)} ms`)
}
