import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { childOf, parseXmlStrict } from '@/tests/support/strict-output'
import { renderXml, xmlChars } from './xml'

// Any string at all: every code point, and UTF-16 units one by one (so lone surrogates too).
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom('&amp;', '&nbsp;', '&#169;', ']]>', '<![CDATA[x]]>', '</t>', '"\'<>&', '\r\n', '\t\n\r'),
)

describe('renderXml', () => {
  it('writes any text, in an element or an attribute, so that a strict parser reads back exactly the characters XML can carry', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, attribute) => {
        const xml = renderXml({ r: { '@xmlns:n': 'urn:n', 'n:t': { '@label': attribute, '#text': text }, u: text } })
        const root = parseXmlStrict(xml)
        const t = childOf(root, 't', 'urn:n')
        expect(t.text).toBe(xmlChars(text))
        expect(t.attributes.label).toBe(xmlChars(attribute))
        expect(childOf(root, 'u').text).toBe(xmlChars(text))
      }),
      { numRuns: 500 },
    )
  })

  it('drops exactly the characters outside XML 1.0 Char: C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF', () => {
    expect(xmlChars('a\u0000\u0008\u000B\u000C\u001F\t\n\r\u0020\uD7FF\uD800b\uDBFFc\uDC00\uE000\uFFFD\uFFFE\uFFFF😀\u{10FFFF}z')).toBe(
      'a\t\n\r\u0020\uD7FFbc\uE000\uFFFD😀\u{10FFFF}z',
    )
  })
})
