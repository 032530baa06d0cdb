import { describe, expect, it } from 'vitest'
import { decodeSegment } from './route-params'

describe('decodeSegment', () => {
  it.each([
    ['%E4%B8%AD%E5%9B%BD', '中国'],
    ['c%2B%2B', 'c++'],
    ['%D8%A7%D9%84%D9%86%D9%81%D8%B7', 'النفط'],
    ['oil', 'oil'],
  ])('decodes %j as %j', (param, name) => {
    expect(decodeSegment(param)).toBe(name)
  })
  it.each(['100%', '%E4%B8', '中国'])('takes %j, not valid percent-encoding, as it is', (param) => {
    expect(decodeSegment(param)).toBe(param)
  })
})
