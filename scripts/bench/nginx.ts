// The README's nginx recipe (deploy/nginx/meridian.conf), made runnable on a loopback port without root:
// used by e2e/nginx.spec.ts and the bench, so both run the file self-hosters are told to install.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const NGINX_RECIPE = path.resolve(import.meta.dirname, '../../deploy/nginx/meridian.conf')
/** How to install the nginx the tests and bench run (Debian's package). */
export const NGINX_INSTALL = 'apt-get install -y nginx'

/** Replaces the one match of `pattern` in `text`; throws naming `what` when the recipe no longer has exactly one. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? []
  if (matches.length !== 1) throw new Error(`The nginx recipe must have exactly one ${what}; found ${matches.length}`)
  return text.replace(pattern, () => replacement)
}

/**
 * The recipe with what differs per machine replaced: the cache directory (`cacheDir`), the upstream servers
 * (one, `upstream` as host:port), and TLS on 443 replaced by plain HTTP on `listen` (host:port), since the
 * tests and bench speak HTTP to a loopback port. Everything else is the recipe's text, unchanged.
 * Throws when the recipe lacks one of those lines, so that the recipe cannot drift away from what is tested.
 */
export function localRecipe(recipe: string, options: { cacheDir: string; upstream: string; listen: string }): string {
  let text = replaceOnce(recipe, /^proxy_cache_path \S+/m, `proxy_cache_path ${options.cacheDir}`, 'proxy_cache_path line')
  text = replaceOnce(text, /^upstream meridian \{(?: server \S+;)+/m, `upstream meridian { server ${options.upstream};`, 'upstream meridian block')
  text = replaceOnce(text, /^[ \t]*listen 443 ssl;/m, `  listen ${options.listen};`, '"listen 443 ssl" line')
  text = replaceOnce(text, /^[ \t]*ssl_certificate \S+;\n/m, '', 'ssl_certificate line')
  return replaceOnce(text, /^[ \t]*ssl_certificate_key \S+;\n/m, '', 'ssl_certificate_key line')
}

/**
 * A complete nginx.conf around `site` (the http-context text from `localRecipe`) that writes nothing outside
 * `dir`: pid, temp files and logs there, errors to stderr, `workers` worker processes run as the current user;
 * `mainDirectives` (e.g. `env NAME;`) go in the main context.
 * Start it with `nginx -p <dir> -c <dir>/nginx.conf -e stderr -g 'daemon off;'` (see `nginxArgs`).
 */
export function nginxMainConfig(site: string, dir: string, workers: number, mainDirectives: string[] = []): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`
  return [
    ...mainDirectives,
    `user ${os.userInfo().username};`,
    `worker_processes ${workers};`,
    `pid ${path.join(dir, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    site,
    '}',
    '',
  ].join('\n')
}

/**
 * Writes the runnable configuration for the recipe into a new temporary folder; returns the nginx arguments
 * (append `-t` to only check it) and the folder. nginx listens on 127.0.0.1:`listenPort`; `upstream` is
 * host:port; `workers` defaults to 1.
 */
export function writeNginxConfig(options: { listenPort: number; upstream: string; workers?: number; mainDirectives?: string[] }): {
  dir: string
  args: string[]
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-nginx-'))
  const site = localRecipe(fs.readFileSync(NGINX_RECIPE, 'utf8'), {
    cacheDir: path.join(dir, 'cache'),
    upstream: options.upstream,
    listen: `127.0.0.1:${options.listenPort}`,
  })
  const file = path.join(dir, 'nginx.conf')
  fs.writeFileSync(file, nginxMainConfig(site, dir, options.workers ?? 1, options.mainDirectives))
  return { dir, args: ['-p', dir, '-c', file, '-e', 'stderr', '-g', 'daemon off;'] }
}
