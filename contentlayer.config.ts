import { makeSource } from 'contentlayer2/source-files'
import { documentTypes } from './lib/content/model'

// The content model lives in lib/content/model.ts, written with contentlayer2's schema API; the site's types
// are derived from the same declarations there, so the type check follows the model. In `npm run content`
// contentlayer2 writes the types to .contentlayer/generated and checks, against the same model, the files
// changed since the last good build (lib/content-build/contentlayer-run.ts chooses them, at most a fixed number,
// and the content check, `npm run check:content`, checks every file and explains every problem in editors'
// words). With the `fail` flags below a file with a missing, mistyped or unknown field stops the build
// instead of being skipped.
//
// contentlayer2 checks and types the front matter and keeps each body's text (`body.raw`); it does not
// compile the bodies. Its MDX path bundles every document with esbuild, one at a time, from scratch on
// every cold build; lib/content-build/compile-bodies.ts compiles them instead, in a worker per core, and keeps
// each result under a hash of its text. So article and author files are declared as Markdown here, and
// the Markdown step below leaves the body as it is.
export default makeSource({
  // `npm run content` points it at a folder of links to the files it checks (lib/content-build/contentlayer-run.ts).
  contentDirPath: process.env.CONTENTLAYER_CONTENT_DIR ?? 'content',
  documentTypes,
  markdown: (processor) => {
    processor.use(function keepBodyAsWritten() {
      Object.assign(this, { parser: () => ({ type: 'root', children: [] }), compiler: () => '' })
    })
  },
  // The site reads the content database the build writes (lib/content), not the generated documents, so it
  // has no use for the contentlayer/generated import alias.
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
})
