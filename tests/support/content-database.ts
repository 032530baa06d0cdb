// The content database a build wrote (lib/content/database.ts), read and changed by tests as the server reads it.
import path from 'node:path'
import Database from 'libsql'
import { contentDatabaseFile } from '../../lib/content/paths'
import type { IndexedArticle } from '../../lib/content/types'

/** The content database of the build in `projectDir` (this checkout by default). */
export const contentDatabaseOf = (projectDir = process.cwd()) => path.join(projectDir, path.relative(process.cwd(), contentDatabaseFile))

/** Every story the build stored, drafts, scheduled and retracted ones included. */
export function storedArticles(projectDir?: string): IndexedArticle[] {
  const db = new Database(contentDatabaseOf(projectDir), { readonly: true })
  try {
    return (db.prepare('SELECT data FROM article').all() as { data: string }[]).map((row) => JSON.parse(row.data))
  } finally {
    db.close()
  }
}

/** Runs `change` on the content database of the build copied to `projectDir` (to give a copy other content). */
export function changeContentDatabase(projectDir: string, change: (db: InstanceType<typeof Database>) => void) {
  const db = new Database(contentDatabaseOf(projectDir))
  try {
    change(db)
  } finally {
    db.close()
  }
}
