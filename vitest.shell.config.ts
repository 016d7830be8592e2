import { defineConfig } from 'vitest/config'

// Runs after `npm run build`: checks the built Electron main bundle with a recording stand-in for `electron`.
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
})
