// Where this build is deployed. Vercel sets these variables at build time and at run time; a build
// without them (local, CI, self-hosted) counts as production.

export type Deployment = {
  /** A Vercel preview deploy: kept out of search engines, marked with a banner, drafts shown. */
  isPreview: boolean
  branch?: string
  /** The first seven characters of the commit, as git prints it. */
  commit?: string
}

export function readDeployment(env: Record<string, string | undefined>): Deployment {
  return {
    // Decided by the deploy's environment, never by the host name: custom preview domains count too.
    isPreview: env.VERCEL_ENV === 'preview',
    branch: env.VERCEL_GIT_COMMIT_REF || undefined,
    commit: env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) || undefined,
  }
}

export const deployment = readDeployment(process.env)
