// One writer for every XML document the site publishes (RSS, Atom, sitemaps, the news sitemap).
// Documents are described as plain objects and serialized by xmlbuilder, which escapes each value for where
// it lands (element text: & < > and CR, so a "]]>" in text is written "]]&gt;"; attribute values: & < " and
// tab, LF, CR as character references, so they read back unchanged), so no route writes markup by string
// concatenation. No CDATA: a value is escaped exactly once.
//
// Not xmlbuilder2 (4.0.3), its successor: its writer leaves "&" unescaped when it starts something that looks
// like a reference, so an editor's literal "&amp;" reads back as "&" and "&nbsp;" makes the document
// not well-formed; its object reader also decodes references in values.
import xmlbuilder from 'xmlbuilder'

/**
 * A document tree in xmlbuilder's object notation: a key is an element name ("news:title" for a prefixed
 * one, its namespace declared on an ancestor with "@xmlns:news"), "@name" an attribute, "#text" the
 * element's text; an array repeats the element. Keys are ours; only values carry editor text.
 */
export type XmlTree = { [name: string]: XmlValue }
type XmlValue = string | XmlTree | XmlValue[]

/**
 * Characters XML 1.0 cannot carry in any form, not even as a character reference (XML 1.0 §2.2, the Char
 * production): C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * `text` without the characters XML 1.0 cannot carry. The content check refuses them where editors type
 * them; dropping them here as well means one that gets past it costs an invisible character, not every
 * subscriber's feed (a document with one is not XML, and strict readers reject it whole).
 */
export const xmlChars = (text: string) => text.replace(NOT_XML_CHAR, '')

function clean(value: XmlValue): XmlValue {
  if (typeof value === 'string') return xmlChars(value)
  if (Array.isArray(value)) return value.map(clean)
  return Object.fromEntries(Object.entries(value).map(([name, v]) => [name, clean(v)]))
}

/**
 * Serializes `root` (one top-level element) as a UTF-8 XML 1.0 document with an XML declaration, indented.
 * Every string value reads back from a conforming parser exactly as given, except characters XML cannot
 * carry, which are dropped (see xmlChars). Elements hold either text or elements, never both, so the
 * indentation never touches a value.
 */
export function renderXml(root: XmlTree): string {
  return `${xmlbuilder.create(clean(root) as XmlTree, { version: '1.0', encoding: 'UTF-8' }).end({ pretty: true })}\n`
}
