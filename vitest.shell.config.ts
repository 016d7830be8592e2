import { defineConfig } from 'vitest/config'

// Runs after `npm run build`: checks the built Electron main bundle with a recording stand-in for `electron`,
// and runs the built `quotemark` command line (bin/quotemark.js) on temp files.
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
})
