import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { recordEarlierSlug } from '@/lib/content-build/rename'
import { CHECK_TIMEOUT, fixtureProject } from './harness'

const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx')
const rename = (root: string, ...args: string[]) =>
  spawnSync(tsx, ['scripts/rename-article.ts', ...args], { cwd: root, encoding: 'utf8' })

describe('npm run rename:article', { timeout: CHECK_TIMEOUT }, () => {
  let project: ReturnType<typeof fixtureProject>
  afterEach(() => project.cleanup())

  it('moves the file in its folder, records the earlier slug, updates links to it, and the check passes', () => {
    project = fixtureProject()
    project.write('content/articles/2026/tariff-talks.mdx', project.read('content/articles/tariff-talks.mdx'))
    project.remove('content/articles/tariff-talks.mdx')
    const before = project.read('content/articles/2026/tariff-talks.mdx')
    const linking = project.read('content/articles/port-deal.mdx')

    const run = rename(project.root, 'tariff-talks', 'tariff-talks-resume-in-geneva')
    expect(run.status, run.stderr).toBe(0)
    expect(project.exists('content/articles/2026/tariff-talks.mdx')).toBe(false)
    // Every other line as the editor wrote it; the earlier slug added at the end of the front matter.
    expect(project.read('content/articles/2026/tariff-talks-resume-in-geneva.mdx')).toBe(
      before.replace('section: trade\n---', 'section: trade\npreviousSlugs: [tariff-talks]\n---'),
    )
    expect(project.read('content/articles/port-deal.mdx')).toBe(
      linking.replace('  - slug: tariff-talks', '  - slug: tariff-talks-resume-in-geneva').replace('<AlsoOn slug="tariff-talks" />', '<AlsoOn slug="tariff-talks-resume-in-geneva" />'),
    )
    expect(run.stdout).toContain('content/articles/port-deal.mdx')
    const check = project.check()
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)

    // Renamed again: both earlier slugs are kept, oldest first.
    expect(rename(project.root, 'tariff-talks-resume-in-geneva', 'geneva-tariff-talks').status).toBe(0)
    expect(project.read('content/articles/2026/geneva-tariff-talks.mdx')).toContain('previousSlugs: [tariff-talks, tariff-talks-resume-in-geneva]\n')
    expect(project.check().status).toBe(0)
  })

  it('refuses, changing nothing, a new slug that exists or is invalid, and an unknown old slug', () => {
    project = fixtureProject()
    const files = () => ['port-deal', 'tariff-talks'].map((s) => project.read(`content/articles/${s}.mdx`))
    const original = files()
    for (const [args, words] of [
      [['tariff-talks', 'port-deal'], 'content/articles/port-deal.mdx already exists'],
      [['tariff-talks', 'Tariff-Talks'], 'is not a slug'],
      [['tariff-talks', 'tariff talks'], 'is not a slug'],
      [['tariff-talks', '../tariff-talks-2'], 'is not a slug'],
      [['no-such-story', 'new-story'], 'no article has the slug "no-such-story"'],
      [['tariff-talks'], 'Give the old and the new slug'],
    ] as const) {
      const run = rename(project.root, ...args)
      expect(run.status, args.join(' ')).toBe(1)
      expect(run.stderr).toContain(words)
    }
    expect(files()).toEqual(original)
  })
})

describe('recordEarlierSlug', () => {
  it('appends to a flow list or a block list, keeping the rest of the front matter as written', () => {
    const flow = 'title: "A"   # the headline\npreviousSlugs: [first]\ntags: [X]\n'
    expect(recordEarlierSlug(flow, 'second', 'third')).toBe('title: "A"   # the headline\npreviousSlugs: [first, second]\ntags: [X]\n')
    const block = 'title: A\npreviousSlugs:\n  - first\n  - second\ntags:\n  - X\n'
    expect(recordEarlierSlug(block, 'third', 'fourth')).toBe('title: A\npreviousSlugs:\n  - first\n  - second\n  - third\ntags:\n  - X\n')
    expect(recordEarlierSlug('title: A\npreviousSlugs:\ntags: [X]\n', 'old', 'new')).toBe('title: A\npreviousSlugs: [old]\ntags: [X]\n')
  })

  it('drops the new slug from the list when a story takes an earlier address back', () => {
    expect(recordEarlierSlug('previousSlugs: [a, b]\n', 'c', 'a')).toBe('previousSlugs: [b, c]\n')
  })
})
