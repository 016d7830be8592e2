/**
 * The `quotemark-server` command: src/server bundled into one CommonJS file
 * for plain Node 20 (out/server/quotemark-server.js, required by
 * bin/quotemark-server.js). The packages it uses stay outside the bundle and
 * are required from node_modules: better-sqlite3 is a native module, ws and
 * ioredis load optional parts at run time.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from './scripts/nodeBundle.mjs'

const root = fileURLToPath(new URL('.', import.meta.url))
const outside = [/^better-sqlite3/, /^ws$/, /^@hocuspocus\//, /^yjs$/, /^y-protocols/, /^lib0/, /^ioredis/]

const config = nodeBundleConfig({ root, entry: resolve(root, 'src/server/index.ts'), outDir: resolve(root, 'out/server'), fileName: 'quotemark-server.js', format: 'cjs' })
const builtinExternal = config.build!.rolldownOptions!.external as (id: string) => boolean
config.build!.rolldownOptions!.external = (id: string) => builtinExternal(id) || outside.some((re) => re.test(id))

export default defineConfig(config)
