/**
 * The `quotemark` command line: src/cli bundled into one CommonJS file for
 * plain Node 20 (out/cli/quotemark.js, required by bin/quotemark.js).
 * Dependencies (lowdb, steno, zod, papaparse) are bundled in, so the command
 * needs no TypeScript loader and no ESM-only import at run time; only Node's
 * own modules stay outside.
 */
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  define: { __QUOTEMARK_VERSION__: JSON.stringify(pkg.version) },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/cli/index.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: (id) => builtins.has(id),
      output: { format: 'cjs', entryFileNames: 'quotemark.js', exports: 'named' }
    }
  }
})
