/**
 * `npm run bench:suggest`: scripts/bench/suggest.ts bundled for plain Node
 * into out/bench-suggest/suggest.cjs, so it scores the app's own core code.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig(
  nodeBundleConfig({ root, entry: resolve(root, 'scripts/bench/suggest.ts'), outDir: resolve(root, 'out/bench-suggest'), fileName: 'suggest.cjs', format: 'cjs', version: 'bench' })
)
