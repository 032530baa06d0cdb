// `node scripts/subset-fonts.mjs`: writes the web fonts of app/fonts/ from the variable fonts of the
// @fontsource-variable packages, smaller for the first view of a phone on a slow network:
// - the weight axis cut to 400–900 (the site sets nothing lighter than regular text);
// - the glyphs of fontsource's "latin" subset (its unicode-range, read from the package's CSS), as before;
// - the OpenType features the browser applies by default (kerning, ligatures, marks…), plus tabular
//   figures for the numbers of tables (`tabular-nums`); alternates no style asks for (small capitals,
//   old-style figures, stylistic sets) are dropped with their glyphs.
// Needs fontTools (Debian: `apt-get install fonttools python3-brotli`). Run it again after updating a
// font package, and commit the files: the build reads them as they are.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const FONTS = [
  { pkg: 'source-serif-4', file: 'source-serif-4-latin-wght-normal', css: 'wght.css' },
  { pkg: 'source-serif-4', file: 'source-serif-4-latin-wght-italic', css: 'wght-italic.css' },
  { pkg: 'inter', file: 'inter-latin-wght-normal', css: 'wght.css' },
]
const WEIGHTS = '400:900'

/** The unicode-range of the @font-face that fontsource labels with `file` in its CSS. */
function unicodeRange(css, file) {
  const block = css.split(`/* ${file} */`)[1]
  const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1]
  if (!range) throw new Error(`no unicode-range for ${file}`)
  return range.replace(/\s+/g, '')
}

const out = path.resolve('app/fonts')
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'fonts-'))
fs.mkdirSync(out, { recursive: true })
try {
  for (const { pkg, file, css } of FONTS) {
    const dir = path.resolve('node_modules/@fontsource-variable', pkg)
    const instanced = path.join(temp, `${file}.ttf`)
    execFileSync('fonttools', ['varLib.instancer', '-q', path.join(dir, 'files', `${file}.woff2`), `wght=${WEIGHTS}`, '-o', instanced])
    const target = path.join(out, `${file}.woff2`)
    execFileSync('pyftsubset', [
      instanced,
      `--unicodes=${unicodeRange(fs.readFileSync(path.join(dir, css), 'utf8'), file)}`,
      '--layout-features+=tnum',
      '--flavor=woff2',
      `--output-file=${target}`,
    ])
    console.log(`${path.relative(process.cwd(), target)}: ${fs.statSync(path.join(dir, 'files', `${file}.woff2`)).size} → ${fs.statSync(target).size} bytes`)
  }
} finally {
  fs.rmSync(temp, { recursive: true, force: true })
}
