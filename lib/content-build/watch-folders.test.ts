import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { watchFolders } from './watch-folders'

// The dev server rebuilds the content when a file under content/ changes; every kind of save must reach it.
describe('watchFolders', () => {
  let root: string
  let changes: number
  let stop: () => void
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150))
  const sawChange = async (act: () => void) => {
    await settle()
    const before = changes
    act()
    await expect.poll(() => changes, { timeout: 2000 }).toBeGreaterThan(before)
  }
  // How vim, sed -i and many editors save: write a new file, then rename it over the old one.
  const saveSafely = (file: string, text: string) => {
    fs.writeFileSync(`${file}.tmp`, text)
    fs.renameSync(`${file}.tmp`, file)
  }

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-folders-'))
    fs.mkdirSync(path.join(root, 'articles'))
    fs.writeFileSync(path.join(root, 'articles', 'a.mdx'), 'one')
    changes = 0
    stop = watchFolders(root, () => changes++)
  })
  afterEach(() => {
    stop()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('sees every save of a file saved by renaming a new copy over it, not only the first', async () => {
    const file = path.join(root, 'articles', 'a.mdx')
    await sawChange(() => saveSafely(file, 'two'))
    await sawChange(() => saveSafely(file, 'three'))
    await sawChange(() => fs.appendFileSync(file, ' four'))
  })

  it('sees files in folders made after it started, and removals', async () => {
    const folder = path.join(root, 'articles', '2026')
    await sawChange(() => fs.mkdirSync(folder))
    await sawChange(() => fs.writeFileSync(path.join(folder, 'b.mdx'), 'new'))
    await sawChange(() => fs.writeFileSync(path.join(folder, 'b.mdx'), 'newer'))
    await sawChange(() => fs.rmSync(path.join(folder, 'b.mdx')))
  })
})
