import { spawnSync } from 'node:child_process'
import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const script = join(root, 'scripts', 'start.mjs')

describe('npm start (scripts/start.mjs)', () => {
  it('without the Electron binary, says in plain words what to do and fails, with no stack trace', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'quotemark-no-electron-'))
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: empty } })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^Quotemark cannot start: the Electron binary is not installed\./)
    expect(run.stderr).toContain('npx install-electron')
    expect(run.stderr).toContain('npm test')
    expect(run.stderr).toContain('npx playwright test')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.stdout).toBe('')
  })

  it('finds the binary the electron package would run', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'quotemark-electron-'))
    await writeFile(join(dist, 'electron'), '#!/bin/sh\n')
    await chmod(join(dist, 'electron'), 0o755)
    const { findElectron } = (await import(script as string)) as { findElectron: (env: Record<string, string>) => string | null }
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, 'electron'))
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: join(dist, 'absent') })).toBeNull()
  })
})
