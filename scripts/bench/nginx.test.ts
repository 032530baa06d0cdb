import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localRecipe, nginxMainConfig, NGINX_RECIPE } from './nginx'

const recipe = fs.readFileSync(NGINX_RECIPE, 'utf8')
const local = { cacheDir: '/tmp/x/cache', upstream: '127.0.0.1:4000', listen: '127.0.0.1:4001' }

describe('the nginx recipe', () => {
  it('is what README "Behind nginx" shows, verbatim', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8')
    const blocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1])
    expect(blocks).toEqual([recipe])
  })

  it('runs locally with only the cache path, upstream, listen address and certificates replaced', () => {
    const text = localRecipe(recipe, local)
    expect(text).toContain('proxy_cache_path /tmp/x/cache keys_zone=meridian:')
    expect(text).toMatch(/^upstream meridian \{ server 127\.0\.0\.1:4000; keepalive/m)
    expect(text).toMatch(/^ {2}listen 127\.0\.0\.1:4001;$/m)
    expect(text).not.toMatch(/ssl|443|3000|3001|\/var\//)
    const changed = /^(proxy_cache_path|upstream meridian|\s*listen|\s*ssl_certificate)/
    const rest = (t: string) => t.split('\n').filter((line) => !changed.test(line))
    expect(rest(text)).toEqual(rest(recipe))
  })

  it('refuses a recipe that lost or doubled a line it replaces', () => {
    expect(() => localRecipe(recipe.replace('listen 443 ssl;', 'listen 8443 ssl;'), local)).toThrow(/"listen 443 ssl" line; found 0/)
    expect(() => localRecipe(recipe.replace(/^(\s*ssl_certificate \S+;\n)/m, '$1$1'), local)).toThrow(/ssl_certificate line; found 2/)
    expect(() => localRecipe(recipe.replace(/^proxy_cache_path .*\n/m, ''), local)).toThrow(/proxy_cache_path/)
  })

  it('is wrapped in a main configuration that writes only inside its folder', () => {
    const main = nginxMainConfig('SITE', '/tmp/n', 2, ['env A;'])
    expect(main).toMatch(/^env A;\n/)
    expect(main).toContain('worker_processes 2;')
    expect(main).toContain('http {\n  access_log off;')
    for (const line of main.split('\n').filter((l) => l.includes('/'))) expect(line).not.toMatch(/ \/(?!tmp\/n\/)/)
  })
})
