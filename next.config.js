/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The server reads the content index and article bodies from disk at request time;
  // make sure deploys (Vercel, standalone) carry those files along with the server code.
  outputFileTracingIncludes: {
    '/**': ['./.contentlayer/index/**', './.contentlayer/generated/Article/*.json'],
  },
  outputFileTracingExcludes: {
    '/**': ['./.contentlayer/generated/**/_index.*', './.contentlayer/.cache/**'],
  },
}

export default nextConfig
