import { describe, expect, it } from 'vitest'
import { checkRevalidateRequest } from './revalidate-request'

describe('checkRevalidateRequest', () => {
  it('does not exist without a configured secret', () => {
    expect(checkRevalidateRequest(undefined, 'Bearer x', '/')).toMatchObject({ ok: false, status: 404 })
    expect(checkRevalidateRequest('', 'Bearer ', '/')).toMatchObject({ ok: false, status: 404 })
  })

  it('refuses a missing or wrong token', () => {
    expect(checkRevalidateRequest('s3cret', null, '/')).toMatchObject({ ok: false, status: 401 })
    expect(checkRevalidateRequest('s3cret', 'Bearer s3crex', '/')).toMatchObject({ ok: false, status: 401 })
    expect(checkRevalidateRequest('s3cret', 'Bearer s3cret-and-more', '/')).toMatchObject({ ok: false, status: 401 })
  })

  it('accepts the right token with a path on this site', () => {
    expect(checkRevalidateRequest('s3cret', 'Bearer s3cret', '/articles/x')).toEqual({ ok: true, path: '/articles/x' })
  })

  it('refuses a missing, relative, protocol-relative or oversized path', () => {
    for (const path of [null, '', 'articles/x', '//evil.example/x', `/${'a'.repeat(1100)}`]) {
      expect(checkRevalidateRequest('s3cret', 'Bearer s3cret', path)).toMatchObject({ ok: false, status: 400 })
    }
  })
})
