import { describe, expect, it } from 'vitest'
import { readDeployment } from './deployment'

describe('readDeployment', () => {
  it('treats a Vercel preview deploy as preview, with branch and short commit', () => {
    expect(
      readDeployment({
        VERCEL_ENV: 'preview',
        VERCEL_GIT_COMMIT_REF: 'feature/new-front',
        VERCEL_GIT_COMMIT_SHA: '3f9a2c41d0b7e6f5a4c3b2a1908f7e6d5c4b3a21',
      }),
    ).toEqual({ isPreview: true, branch: 'feature/new-front', commit: '3f9a2c4' })
  })

  it('treats production, development and non-Vercel builds as not preview', () => {
    for (const VERCEL_ENV of ['production', 'development', undefined]) {
      expect(readDeployment({ VERCEL_ENV, VERCEL_GIT_COMMIT_SHA: 'abc' }).isPreview).toBe(false)
    }
  })

  it('leaves branch and commit out when Vercel did not provide them', () => {
    expect(readDeployment({ VERCEL_ENV: 'preview', VERCEL_GIT_COMMIT_REF: '' })).toEqual({ isPreview: true, branch: undefined, commit: undefined })
  })
})
