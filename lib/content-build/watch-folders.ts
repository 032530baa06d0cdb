import fs from 'node:fs'
import path from 'node:path'

/**
 * Calls `onChange` whenever a file under `root` is written, added, renamed or removed, in any folder,
 * including folders made later. One watcher per folder: Node's `recursive` watch on Linux loses a file
 * once an editor saves it the safe way (a new file renamed over the old, as vim and sed -i do), and
 * reports none of its later saves. A folder's own watcher sees every save of every file in it.
 */
export function watchFolders(root: string, onChange: () => void): () => void {
  const watchers = new Map<string, fs.FSWatcher>()
  const watchNewFolders = () => {
    for (const dir of [root, ...subfolders(root)]) {
      if (watchers.has(dir)) continue
      const watcher = fs.watch(dir, () => {
        watchNewFolders()
        onChange()
      })
      // A folder that was removed: forget it.
      watcher.on('error', () => {
        watcher.close()
        watchers.delete(dir)
      })
      watchers.set(dir, watcher)
    }
  }
  watchNewFolders()
  return () => {
    for (const watcher of watchers.values()) watcher.close()
    watchers.clear()
  }
}

function subfolders(dir: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return [full, ...subfolders(full)]
    })
}
