/**
 * The real app in real Electron: first start shows the sample. Needs the
 * Electron binary; where it is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD)
 * the test is skipped with the reason. Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron, expect, test } from '@playwright/test'
import { selectTextWithMouse } from '../e2e/selection'

const root = resolve(__dirname, '../..')
const SAMPLE_TITLES = ['Venezuela Begins Releasing Political Prisoners', 'Venezuelan government begins releasing political prisoners']

/**
 * Where the Electron binary is, or why there is none. Reads what the electron
 * package's own index.js reads, without requiring it: requiring it with no
 * binary starts a download.
 */
function findElectron(): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    const packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
    const pathFile = join(packageDir, 'path.txt')
    if (!existsSync(pathFile)) return { ok: false, reason: `Electron binary not installed: ${pathFile} is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD?)` }
    const relative = readFileSync(pathFile, 'utf8').trim()
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist')
    const path = join(dist, relative)
    if (!existsSync(path)) return { ok: false, reason: `Electron binary not installed: ${path} does not exist` }
    return { ok: true, path }
  } catch (err) {
    return { ok: false, reason: `Electron binary not installed: ${(err as Error).message}` }
  }
}

test('the app starts on the sample project, in a secure window', async () => {
  const electron = findElectron()
  if (!electron.ok) console.log(`Skipping the Electron desk test. ${electron.reason}`)
  test.skip(!electron.ok, electron.ok ? '' : electron.reason)
  if (!electron.ok) return
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('out/main/index.js is missing: run `npm run build` first.')

  const userData = await mkdtemp(join(tmpdir(), 'quotemark-electron-'))
  // Chromium refuses to run as root with its sandbox on (containers, CI).
  const args = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root]
  const app = await _electron.launch({ executablePath: electron.path, args, cwd: root, env: { ...process.env, QUOTEMARK_USER_DATA: userData } })
  try {
    const page = await app.firstWindow()
    for (const title of SAMPLE_TITLES) await expect(page.getByText(title).first()).toBeVisible()

    const bridge = await page.evaluate(async () => {
      const w = window as unknown as { quotemark?: { getSession: () => Promise<{ status: string; path?: string; project?: { articles: unknown[] } }> }; require?: unknown; ipcRenderer?: unknown; process?: unknown }
      const session = await w.quotemark!.getSession()
      return { require: typeof w.require, ipcRenderer: typeof w.ipcRenderer, process: typeof w.process, status: session.status, path: session.path, articles: session.project?.articles.length }
    })
    expect(bridge).toEqual({ require: 'undefined', ipcRenderer: 'undefined', process: 'undefined', status: 'open', path: join(userData, 'Sample.quotemark.json'), articles: 2 })

    // The page comes from the app's own origin, not from file://, and has no file:// access.
    expect(page.url()).toMatch(/^quotemark-app:\/\/app\/index\.html(#|$)/)
    expect(await page.evaluate(() => fetch('file:///etc/hostname').then(() => 'read', () => 'refused'))).toBe('refused')

    // The page cannot leave the app: a navigation attempt is blocked and the page stays on the desk.
    const before = page.url()
    await page.evaluate(() => {
      window.location.href = 'file:///' // not http(s), so nothing opens in a browser either
    })
    await page.waitForTimeout(300)
    expect(page.url()).toBe(before)
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

    // The same flow as the browser test: a gold quote by mouse and keyboard, an overlapping claim, a reload, the file.
    await page.getByRole('option', { name: new RegExp(SAMPLE_TITLES[0]!) }).click()
    await selectTextWithMouse(page, 'an important number')
    await page.keyboard.press('q')
    await selectTextWithMouse(page, 'said it would be "an important number"')
    await page.keyboard.press('c')
    const tags = page.getByRole('list', { name: 'Tags in this article' }).getByRole('listitem')
    await expect(tags).toHaveCount(2)
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved')
    await page.reload()
    await page.getByRole('option', { name: new RegExp(SAMPLE_TITLES[0]!) }).click()
    await expect(tags).toHaveCount(2)
    const onDisk = JSON.parse(await readFile(join(userData, 'Sample.quotemark.json'), 'utf8')) as { annotations: { kind: string; target: { exact: string } }[] }
    expect(onDisk.annotations.map((a) => `${a.kind}: ${a.target.exact}`).sort()).toEqual(['claim: said it would be "an important number"', 'quote: an important number'])
  } finally {
    await app.close()
    await rm(userData, { recursive: true, force: true })
  }
})
