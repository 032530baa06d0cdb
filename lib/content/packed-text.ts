// Bodies (compiled code and plain text) are kept compressed wherever the content is published: they are
// most of the content's size, compress several times over, and a page unpacks only the one it shows.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'

/** `text` as stored: UTF-8, Brotli at a quality that packs quickly at build. */
export const packText = (text: string): Buffer =>
  brotliCompressSync(Buffer.from(text, 'utf8'), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })

/** The text packText stored. Throws when `data` is not a packed text (a damaged database). */
export const unpackText = (data: Uint8Array): string => brotliDecompressSync(data).toString('utf8')
