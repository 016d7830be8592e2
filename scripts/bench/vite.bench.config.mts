/**
 * `npm run bench`: scripts/bench/bench.ts bundled for plain Node like the CLI,
 * into out/bench/bench.cjs, so it runs the app's own core and ProjectStore
 * code without a TypeScript loader.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig(
  nodeBundleConfig({ root, entry: resolve(root, 'scripts/bench/bench.ts'), outDir: resolve(root, 'out/bench'), fileName: 'bench.cjs', format: 'cjs', version: 'bench' })
)
