import path from 'node:path'

// Where the content build writes and the server reads. Both are under .contentlayer so that one
// folder holds everything generated from content/. Deploys carry what the server reads through
// next.config.js (outputFileTracingIncludes); the turbopackIgnore comments stop Turbopack from tracing
// every file under these folders on its own (20,000 of them at 10,000 articles).
const root = process.cwd()
export const contentDir = path.join(/* turbopackIgnore: true */ root, 'content')
export const publicDir = path.join(/* turbopackIgnore: true */ root, 'public')
export const contentlayerDir = path.join(/* turbopackIgnore: true */ root, '.contentlayer')
export const generatedDir = path.join(/* turbopackIgnore: true */ contentlayerDir, 'generated')
/** Compiled MDX bodies, one JSON file per distinct body, named by bodyKey() (mdx-compile.ts): the build's compile cache. */
export const bodiesDir = path.join(/* turbopackIgnore: true */ contentlayerDir, 'bodies')
/** What the server reads: the content database (database.ts), written by the content build. */
export const contentDatabaseFile = path.join(/* turbopackIgnore: true */ contentlayerDir, 'index', 'content.db')
/**
 * Where the content was published when not to contentDatabaseFile: `{"redis": "<key prefix>"}` when the build
 * wrote it to Redis (CONTENT_REDIS_URL; lib/content-build/publish-redis.ts). Absent otherwise.
 */
export const contentStoreFile = path.join(/* turbopackIgnore: true */ contentlayerDir, 'index', 'content-store.json')
/**
 * Old address → current address (lib/content-build/redirects.ts), read by next.config.js at build, which names
 * the same file by its path in the project.
 */
export const redirectsFile = path.join(/* turbopackIgnore: true */ contentlayerDir, 'index', 'redirects.json')
/** The content problems `npm run dev` found at the last save (a JSON list); absent while there are none. */
export const contentProblemsFile = path.join(/* turbopackIgnore: true */ contentlayerDir, 'index', 'content-problems.json')
/**
 * Where the content build keeps its caches between builds: inside Next's own cache folder, because
 * that is the folder Vercel (and most CI caches) restore before a build.
 */
export const buildCacheDir = path.join(/* turbopackIgnore: true */ root, '.next', 'cache', 'content')
