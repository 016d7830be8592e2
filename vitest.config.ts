import { defineConfig } from 'vitest/config'

// Unit tests: core domain (no DOM), main-side services on real temp files.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000
  }
})
