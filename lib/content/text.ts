// Plain text of an MDX body, for search and snippets: markup removed, words kept.

export function plainText(markdown: string): string {
  return (
    markdown
      // Self-closing components (AlsoOn, Figure) carry no prose of their own.
      .replace(/<[A-Z][A-Za-z0-9]*\b[^>]*\/>/g, ' ')
      // Opening and closing tags of wrapping components (PullQuote, FactBox) and HTML: keep what is inside.
      .replace(/<\/?[A-Za-z][A-Za-z0-9]*\b[^>]*>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
      .replace(/[*_`~]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  )
}
