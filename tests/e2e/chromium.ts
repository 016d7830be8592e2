import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Flags this machine needs: no sandbox as root, no GPU, and no calls home (the network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/** $CHROMIUM_PATH, then the system's Chromium or Chrome, then Playwright's own download. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  for (const path of candidates) if (path && existsSync(path)) return path
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // no Playwright browser cache
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Set CHROMIUM_PATH, or install one: `apt-get install -y chromium` on Debian/Ubuntu, ' +
      'or `npx playwright install chromium` on a machine with network access.'
  )
}
