import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// lowdb and steno are ESM-only; bundling them into main keeps the CommonJS
// main bundle loadable without a runtime import() shim.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['lowdb', 'steno', 'zod'] },
      // The reader worker is its own entry: a worker thread starts from a file (offThread.ts).
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), parseWorker: resolve(__dirname, 'src/main/parseWorker.ts') } }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
