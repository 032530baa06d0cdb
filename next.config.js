/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Fewer candidate widths keep every <img srcset> short: listing pages repeat it once per card.
  images: {
    deviceSizes: [640, 960, 1280, 1920],
    imageSizes: [160, 320, 480],
  },
  // The server reads the content index and article bodies from disk at request time;
  // make sure deploys (Vercel, standalone) carry those files along with the server code.
  outputFileTracingIncludes: {
    '/**': ['./.contentlayer/index/**', './.contentlayer/generated/Article/*.json'],
    // Social images are drawn on the server from local fonts and the article's hero picture.
    '/og/**': [
      './node_modules/@fontsource/inter/files/inter-latin-*-normal.woff',
      './node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
      './public/images/articles/**',
    ],
  },
  outputFileTracingExcludes: {
    '/**': ['./.contentlayer/generated/**/_index.*', './.contentlayer/.cache/**'],
  },
}

export default nextConfig
