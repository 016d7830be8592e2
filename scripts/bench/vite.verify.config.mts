/**
 * `npm run bench:verify`: scripts/bench/verify.ts bundled for plain Node into
 * out/bench-verify/verify.cjs, so it times the app's own core code.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig(
  nodeBundleConfig({ root, entry: resolve(root, 'scripts/bench/verify.ts'), outDir: resolve(root, 'out/bench-verify'), fileName: 'verify.cjs', format: 'cjs', version: 'bench' })
)
