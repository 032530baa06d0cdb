import fs from 'node:fs'
import path from 'node:path'
import { createProcessor } from '@mdx-js/mdx'
import { describe, expect, it } from 'vitest'
import { mdxComponentNames } from '@/lib/content/mdx-components'
import { withFieldReference } from '@/lib/content-build/field-reference'
import { remarkPlugins } from '@/lib/content/model'

const guide = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/editing.md'), 'utf8')

/** The text of a `### Name` section of the guide, up to the next heading. */
const section = (heading: string) => {
  const start = guide.indexOf(`\n### ${heading}\n`)
  if (start < 0) return undefined
  const end = guide.slice(start + 1).search(/\n##/)
  return guide.slice(start, end < 0 ? undefined : start + 1 + end)
}

describe('docs/editing.md', () => {
  it('has the front matter reference of the current content model (run npm run docs:fields after changing the model)', () => {
    expect(guide).toBe(withFieldReference(guide))
  })

  it('documents every MDX component with an example that is valid MDX and uses it', () => {
    const mdx = createProcessor({ remarkPlugins })
    for (const name of mdxComponentNames) {
      const text = section(name)
      expect(text, `a "### ${name}" section`).toBeDefined()
      const examples = [...text!.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1])
      expect(examples.some((example) => example.includes(`<${name}`)), `an example of <${name}>`).toBe(true)
      for (const example of examples) expect(() => mdx.parse(example)).not.toThrow()
    }
  })

  it('is linked from the README', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
    expect(readme).toContain('](docs/editing.md)')
  })
})
