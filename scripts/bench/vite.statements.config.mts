/**
 * `npm run bench:statements`: scripts/bench/statements.ts bundled for plain
 * Node into out/bench-statements/statements.cjs, so it times the app's own core code.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { nodeBundleConfig } from '../nodeBundle.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

export default defineConfig(
  nodeBundleConfig({ root, entry: resolve(root, 'scripts/bench/statements.ts'), outDir: resolve(root, 'out/bench-statements'), fileName: 'statements.cjs', format: 'cjs', version: 'bench' })
)
