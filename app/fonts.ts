import localFont from 'next/font/local'

// Latin subsets of Source Serif 4 and Inter, weights 400–900, made by scripts/subset-fonts.mjs from the
// @fontsource-variable packages: the build needs no network.
export const serif = localFont({
  src: [
    { path: './fonts/source-serif-4-latin-wght-normal.woff2', style: 'normal' },
    { path: './fonts/source-serif-4-latin-wght-italic.woff2', style: 'italic' },
  ],
  weight: '400 900',
  variable: '--font-source-serif',
  display: 'swap',
})

export const sans = localFont({
  src: './fonts/inter-latin-wght-normal.woff2',
  weight: '400 900',
  variable: '--font-inter',
  display: 'swap',
})
