import { makeSource } from 'contentlayer2/source-files'
import { documentTypes, remarkPlugins } from './lib/content/model'

// The content model lives in lib/content/model.ts. With the `fail` flags below a file with a missing,
// mistyped or unknown field stops the build instead of being skipped; `npm run check:content` runs
// first and explains every such problem in editors' words.
export default makeSource({
  contentDirPath: 'content',
  documentTypes,
  mdx: { remarkPlugins },
  // The site reads the generated JSON through lib/content, not the contentlayer/generated import alias.
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
})
