// `npm run content`, the first step of `npm run build`: checks, compiles and publishes the content
// (lib/content-build/build.ts).
import { buildContent } from '../lib/content-build'

process.exit(await buildContent())
