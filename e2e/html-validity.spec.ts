import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { HtmlValidate, type ConfigData } from 'html-validate'

// The rule set (.htmlvalidate.json): html-validate's "standard" (document correctness) and "a11y"
// presets. Its "recommended" preset adds style rules that React's output cannot follow (it writes
// void elements as <img/> and keeps attribute names such as srcSet in camel case; HTML accepts both).
const config: ConfigData = JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8'))
const validator = new HtmlValidate(config)

const pages = [
  '/',
  '/articles/china-russia-firms-sign-deals-shenyang',
  '/sections/trade',
  '/archive/page/2',
  '/tags/china',
  '/authors/owen-gallagher',
  '/archive',
  '/sections',
  '/authors',
  '/about',
  '/contact',
  '/search?q=china',
  '/no-such-page',
]

for (const url of pages) {
  test(`valid HTML: ${url}`, async ({ request }) => {
    const html = await (await request.get(url)).text()
    const report = await validator.validateString(html, `${url}.html`)
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (column ${m.column})`))
    expect(problems).toEqual([])
  })
}
