import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const pages = {
  home: '/',
  article: '/articles/china-russia-firms-sign-deals-shenyang',
  section: '/sections/trade',
  tag: '/tags/china',
  author: '/authors/owen-gallagher',
  archive: '/archive',
  'archive page 2': '/archive/page/2',
  sections: '/sections',
  journalists: '/authors',
  about: '/about',
  contact: '/contact',
  search: '/search?q=china',
  'empty search': '/search',
  'not found': '/articles/no-such-story',
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url] of Object.entries(pages)) {
    test(`${name} page has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      expect(serious).toEqual([])
      // One h1 a page, and no skipped heading levels.
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) =>
        hs.filter((h) => (h as HTMLElement).offsetParent !== null || h.classList.contains('sr-only')).map((h) => Number(h.tagName[1])),
      )
      expect(levels.filter((l) => l === 1)).toHaveLength(1)
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1], `heading order ${levels.join(',')}`).toBeLessThanOrEqual(1))
    })
  }
}
