import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** Seconds a page or feed is fresh: the same number as `revalidate` in the routes. */
const REVALIDATE_SECONDS = 300

/** Where the `Embed` component's players live; their frames load only after the reader clicks. */
const EMBED_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

const isPreview = process.env.VERCEL_ENV === 'preview'

// One id per build, shared by every process of that build (Next loads this file in several workers, which
// inherit the environment): it names the build in /api/health and keeps builds apart in a shared Redis cache.
process.env.MERIDIAN_BUILD_ID ||= `${commitSha().slice(0, 7)}-${Date.now().toString(36)}`

function commitSha() {
  if (process.env.VERCEL_GIT_COMMIT_SHA) return process.env.VERCEL_GIT_COMMIT_SHA
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'nogit00'
  }
}

/**
 * The App Router streams its page data in inline <script> tags whose content differs per page and per
 * regeneration. A nonce would make every page dynamic (no static HTML, no ISR, no CDN caching), and hashes
 * cannot be known in advance for pages regenerated at run time, so inline scripts are allowed with
 * 'unsafe-inline' while everything else stays strict: scripts only from this origin, no eval, nothing
 * connecting, framing or submitting anywhere else. README "Security headers" explains the trade-off.
 * In development React needs eval and the error overlay injects <style> elements.
 */
function contentSecurityPolicy({ dev }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    // Stylesheets only from this origin; style attributes (next/image sets a few) cannot run code.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    `frame-src ${EMBED_FRAME_ORIGINS.join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

function securityHeaders({ dev }) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(isPreview ? [{ key: 'X-Robots-Tag', value: 'noindex' }] : []),
  ]
}

/** Whether the content build published the content to Redis (lib/content/paths.ts: contentStoreFile). */
const PUBLISHED_TO_REDIS = fs.existsSync(fileURLToPath(new URL('./.contentlayer/index/content-store.json', import.meta.url)))

/** The redirect table the content build writes (lib/content/paths.ts: redirectsFile). */
const REDIRECTS_FILE = fileURLToPath(new URL('./.contentlayer/index/redirects.json', import.meta.url))

/**
 * A renamed story's earlier addresses (page and share image) as permanent redirects (308, query string kept),
 * from the table the content build wrote (lib/content-build/redirects.ts, which says why its keys can be used as
 * `source` patterns as they are). Next's router answers them before routing, so article requests run no proxy.
 * The build needs the table (`npm run build` writes it first); other phases go without one when it is missing,
 * e.g. `next dev` started before its first content build. `next dev` reads it only when it starts.
 */
function contentRedirects(phase) {
  let text
  try {
    text = fs.readFileSync(REDIRECTS_FILE, 'utf8')
  } catch (error) {
    if (phase === PHASE_PRODUCTION_BUILD)
      throw new Error(`No redirect table at ${REDIRECTS_FILE}: run "npm run content" (part of "npm run build") first.`, { cause: error })
    return []
  }
  return Object.entries(JSON.parse(text)).map(([source, destination]) => ({ source, destination, permanent: true }))
}

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  return {
    poweredByHeader: false,
    // `node .next/standalone/server.js` runs the site without node_modules (npm start does this).
    output: 'standalone',
    generateBuildId: () => process.env.MERIDIAN_BUILD_ID,
    env: {
      MERIDIAN_BUILD_ID: process.env.MERIDIAN_BUILD_ID,
      // Fixed at build, like the pages prerendered with it: a server run with another value would render
      // page 2 of a list with another page size than page 1 and skip or repeat stories.
      LISTING_PAGE_SIZE: process.env.LISTING_PAGE_SIZE ?? '',
    },
    // ISR pages and feeds send `s-maxage=300, stale-while-revalidate=300`: a CDN may serve a page for five
    // minutes and a stale copy for five more while it fetches a fresh one (Next's default is a year).
    expireTime: 2 * REVALIDATE_SECONDS,
    // Optimized images get Next's own locked-down policy; keep them unframeable like everything else.
    images: {
      contentSecurityPolicy: "script-src 'none'; frame-src 'none'; sandbox; frame-ancestors 'none'",
      // Fewer candidate widths keep every <img srcset> short: listing pages repeat it once per card.
      deviceSizes: [640, 960, 1280, 1920],
      imageSizes: [160, 320, 480],
    },
    // Self-hosted: shares regenerated pages between instances through Redis when REDIS_URL is set at run
    // time. Vercel keeps its own shared cache, which a custom handler would replace.
    cacheHandler: process.env.VERCEL ? undefined : fileURLToPath(new URL('./lib/cache/cache-handler.mjs', import.meta.url)),
    async redirects() {
      return contentRedirects(phase)
    },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders({ dev }) },
        // Files in public/ keep their names when replaced, so they are cached for a day, not forever
        // (hashed build assets under /_next/static are immutable; Next sets that itself).
        {
          source: '/images/:path*',
          headers: [{ key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400' }],
        },
      ]
    },
    // The server reads the content database (lib/content/database.ts) at request time; deploys (Vercel,
    // standalone) carry it along with the server code. Content published to Redis (CONTENT_REDIS_URL) is
    // not carried: only the small file naming where it is.
    outputFileTracingIncludes: {
      '/**': [PUBLISHED_TO_REDIS ? './.contentlayer/index/content-store.json' : './.contentlayer/index/content.db'],
      // Social images are drawn on the server from local fonts, emoji pictures and the article's hero picture,
      // read by path (lib/seo/og-glyphs.ts chooses font subsets by each package's unicode.json).
      '/og/**': [
        './node_modules/@fontsource/{source-serif-4,inter,noto-sans-arabic,noto-sans-hebrew,noto-sans-devanagari,noto-sans-thai,noto-serif-sc,noto-serif-kr}/unicode.json',
        './node_modules/@fontsource/{source-serif-4,inter,noto-sans-arabic,noto-sans-hebrew,noto-sans-devanagari,noto-sans-thai,noto-serif-sc,noto-serif-kr}/files/*-700-normal.woff2',
        './node_modules/@fontsource/inter/files/inter-*-400-normal.woff2',
        './node_modules/@twemoji/svg/*.svg',
        './node_modules/@resvg/resvg-wasm/index_bg.wasm',
        './public/images/articles/**',
      ],
    },
    outputFileTracingExcludes: {
      '/**': ['./.contentlayer/generated/**', './.contentlayer/.cache/**'],
    },
  }
}
