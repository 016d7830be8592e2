/**
 * One way to turn a TypeScript entry into a single file plain Node 20 can run:
 * dependencies bundled in (lowdb, steno, zod, papaparse are ESM-only or need
 * no loader then), Node's own modules left outside. Used by the command line,
 * the benchmark and the crash test's child process.
 */
import { builtinModules } from 'node:module'
import type { InlineConfig } from 'vite'

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

export function nodeBundleConfig(options: {
  root: string
  entry: string
  outDir: string
  fileName: string
  format: 'cjs' | 'es'
  version?: string
  logLevel?: InlineConfig['logLevel']
}): InlineConfig {
  return {
    configFile: false,
    root: options.root,
    publicDir: false,
    logLevel: options.logLevel ?? 'warn',
    define: { __QUOTEMARK_VERSION__: JSON.stringify(options.version ?? 'dev') },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: options.entry,
      outDir: options.outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external: (id) => builtins.has(id),
        output: { format: options.format, entryFileNames: options.fileName, exports: 'named' }
      }
    }
  }
}
