/**
 * The `quotemark` command line: src/cli bundled into one CommonJS file for
 * plain Node 20 (out/cli/quotemark.js, required by bin/quotemark.js).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from './scripts/nodeBundle.mjs'

const root = fileURLToPath(new URL('.', import.meta.url))
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }

export default defineConfig(
  nodeBundleConfig({ root, entry: resolve(root, 'src/cli/index.ts'), outDir: resolve(root, 'out/cli'), fileName: 'quotemark.js', format: 'cjs', version: pkg.version })
)
