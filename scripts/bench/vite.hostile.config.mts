/**
 * `npm run bench:hostile`: scripts/bench/hostile.ts bundled for plain Node
 * into out/bench-hostile/hostile.cjs, so it measures the app's own core code.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig(
  nodeBundleConfig({ root, entry: resolve(root, 'scripts/bench/hostile.ts'), outDir: resolve(root, 'out/bench-hostile'), fileName: 'hostile.cjs', format: 'cjs', version: 'bench' })
)
