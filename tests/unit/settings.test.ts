import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_RECENT, Settings, SETTINGS_FILE } from '../../src/main/settings'
import { removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function projectFiles(dir: string, count: number): Promise<string[]> {
  const paths: string[] = []
  for (let i = 0; i < count; i++) {
    const path = join(dir, `p${i}.quotemark.json`)
    await writeFile(path, '{}')
    paths.push(path)
  }
  return paths
}

describe('Settings', () => {
  it('starts with no recent projects and the login name as author when there is no settings file', async () => {
    const dir = await tempDir()
    const settings = await Settings.load(dir)
    expect(await settings.listRecent()).toEqual([])
    expect(settings.author).toBe(userInfo().username)
    expect(settings.notice).toBeUndefined()
    expect(existsSync(join(dir, SETTINGS_FILE))).toBe(false)
  })

  it('keeps recent projects most recent first, without duplicates, and remembers them on the next load', async () => {
    const dir = await tempDir()
    const [a, b, c] = await projectFiles(dir, 3)
    const settings = await Settings.load(dir)
    await settings.addRecent(a!)
    await settings.addRecent(b!)
    await settings.addRecent(c!)
    await settings.addRecent(a!)
    expect(await settings.listRecent()).toEqual([a, c, b])
    const again = await Settings.load(dir)
    expect(await again.listRecent()).toEqual([a, c, b])
    expect(again.isRecent(c!)).toBe(true)
    expect(again.isRecent(join(dir, 'other.quotemark.json'))).toBe(false)
  })

  it(`keeps at most ${MAX_RECENT} recent projects`, async () => {
    const dir = await tempDir()
    const paths = await projectFiles(dir, MAX_RECENT + 3)
    const settings = await Settings.load(dir)
    for (const path of paths) await settings.addRecent(path)
    const recent = await settings.listRecent()
    expect(recent).toHaveLength(MAX_RECENT)
    expect(recent[0]).toBe(paths[paths.length - 1])
    expect(recent).not.toContain(paths[0])
  })

  it('drops recent projects whose files are gone when listing them, and forgets them', async () => {
    const dir = await tempDir()
    const [a, b] = await projectFiles(dir, 2)
    const settings = await Settings.load(dir)
    await settings.addRecent(a!)
    await settings.addRecent(b!)
    await rm(a!)
    expect(await settings.listRecent()).toEqual([b])
    expect(settings.isRecent(a!)).toBe(false)
    expect((await Settings.load(dir)).recent).toEqual([b])
  })

  it('stores the author name', async () => {
    const dir = await tempDir()
    const settings = await Settings.load(dir)
    await settings.setAuthor('  Ana Vanessa Herrero ')
    expect((await Settings.load(dir)).author).toBe('Ana Vanessa Herrero')
  })

  for (const [what, text] of [
    ['not JSON', '{"recent": ["/a"'],
    ['JSON of the wrong shape', '{"recent": "not a list"}']
  ] as const) {
    it(`sets a settings file that is ${what} aside, uses defaults and writes a fresh file later`, async () => {
      const dir = await tempDir()
      await writeFile(join(dir, SETTINGS_FILE), text)
      const settings = await Settings.load(dir)
      expect(settings.notice).toMatch(/settings file was damaged/)
      expect(settings.recent).toEqual([])
      const files = await readdir(dir)
      const aside = files.find((f) => f.startsWith(`${SETTINGS_FILE}.broken-`))
      expect(aside).toBeDefined()
      expect(await readFile(join(dir, aside!), 'utf8')).toBe(text)
      expect(files).not.toContain(SETTINGS_FILE)

      const [project] = await projectFiles(dir, 1)
      await settings.addRecent(project!)
      expect((await Settings.load(dir)).recent).toEqual([project])
    })
  }

  it('does not throw when the settings cannot be written, and keeps them for this run', async () => {
    const dir = await tempDir()
    const [project] = await projectFiles(dir, 1)
    const settingsDir = join(dir, 'blocked')
    await writeFile(settingsDir, 'a file where the folder should be')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const settings = await Settings.load(settingsDir)
      await settings.addRecent(project!)
      expect(settings.recent).toEqual([project])
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not save its settings'))
    } finally {
      warn.mockRestore()
    }
  })
})
