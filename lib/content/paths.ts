import path from 'node:path'

// Where the content build writes and the server reads. Both are under .contentlayer so that one
// folder holds everything generated from content/ (deploys trace it via next.config.js).
const root = process.cwd()
export const contentDir = path.join(root, 'content')
export const publicDir = path.join(root, 'public')
export const generatedDir = path.join(root, '.contentlayer', 'generated')
export const articleBodiesDir = path.join(generatedDir, 'Article')
export const lightIndexFile = path.join(root, '.contentlayer', 'index', 'content-index.json')
export const searchIndexFile = path.join(root, '.contentlayer', 'index', 'search-index.json')
