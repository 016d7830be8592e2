import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium'

// The browser half of `npm run bench` (scripts/bench/bench.ts runs it with BENCH_PROJECT and BENCH_OUT):
// the built renderer in Chromium with the real main-side handlers, as the end-to-end tests run it.
export default defineConfig({
  testDir: '.',
  testMatch: ['browser.bench.spec.ts'],
  outputDir: '../../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1360, height: 860 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure'
  }
})
