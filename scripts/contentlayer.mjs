// contentlayer2's generate step for `npm run content` (lib/content-build/contentlayer-run.ts starts it): writes
// the types of the content model to .contentlayer/generated and checks the files of the folder named by
// CONTENTLAYER_CONTENT_DIR (contentlayer.config.ts), which that module fills with the files to check.
// It runs as the contentlayer2 CLI's `build` does, minus two things:
// - the CLI switches on its effect library's execution tracing, which records a trace for every step of
//   every document and cost most of the time of a build;
// - its document cache is not read or written: it keeps every document of the last run in one JSON file,
//   keyed by modification time, and the files given here are the ones that changed, so it never hits.
// Errors are reported as the CLI reports them.
import * as core from '@contentlayer2/core'
import { pipe, T } from '@contentlayer2/utils/effect'

const run = core.runMain({ tracingServiceName: 'contentlayer2', verbose: process.env.CL_DEBUG !== undefined })

const withoutDocumentCache = (config) => ({
  ...config,
  source: { ...config.source, fetchData: (args) => config.source.fetchData({ ...args, skipCachePersistence: true }) },
})

await pipe(
  core.getConfig({}),
  T.map(withoutDocumentCache),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
  run,
)
