/**
 * `npm run bench`: scripts/bench/bench.ts bundled for plain Node like the CLI
 * (vite.cli.config.mts), into out/bench/bench.cjs, so it runs the app's own
 * core and ProjectStore code without a TypeScript loader.
 */
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('../..', import.meta.url))
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  define: { __QUOTEMARK_VERSION__: JSON.stringify('bench') },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'scripts/bench/bench.ts'),
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: (id) => builtins.has(id),
      output: { format: 'cjs', entryFileNames: 'bench.cjs', exports: 'named' }
    }
  }
})
