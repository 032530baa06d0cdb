// The content build: everything that turns content/ into what the site reads (the content database, or
// Redis), checking every file on the way. The commands in scripts/ and `npm run dev` come in here; the
// site itself never does (it reads through lib/content).
//
// The steps, in the order a build runs them:
//   check-source.ts    each file's fields against the content model (lib/content/model.ts), text.ts rules
//   compile-bodies.ts  every MDX body, in a worker per core (mdx-compile.ts), kept by hash (body-store.ts)
//   build-index.ts     references between files, the light index of stories, topics named (tags.ts)
//   contentlayer-run.ts  contentlayer2's types and its check of the changed files, beside the above
//   write-database.ts  the content database (or publish-redis.ts / write-redis.ts: Redis), redirects.ts
// content-build.ts holds the steps that build, check and dev share; build.ts runs them for `npm run content`.
export { buildContent } from './build'
export { checkAndCompile, printProblems } from './content-build'
export { watchContent } from './dev'
export { withFieldReference } from './field-reference'
export { RenameError, renameArticle } from './rename'
export { createArticle, ScaffoldError } from './scaffold'
