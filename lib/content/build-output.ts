import fs from 'node:fs'

const isDevelopment = process.env.NODE_ENV === 'development'

/**
 * A file the content build writes, parsed once; in development parsed again whenever it changes
 * (the dev runner rewrites it while editors work). The returned function throws when the file is
 * missing, naming `what` and the command that writes it.
 */
export function buildOutput<T>(file: string, what: string, parse: (text: string) => T): () => T {
  let loaded: { value: T; mtimeMs: number } | undefined
  return () => {
    if (loaded && !isDevelopment) return loaded.value
    let mtimeMs: number
    try {
      mtimeMs = fs.statSync(file).mtimeMs
    } catch {
      throw new Error(`No ${what} at ${file}: run "npm run content" (part of "npm run build") first.`)
    }
    if (!loaded || loaded.mtimeMs !== mtimeMs) loaded = { value: parse(fs.readFileSync(file, 'utf8')), mtimeMs }
    return loaded.value
  }
}
