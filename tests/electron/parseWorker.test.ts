import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { workerParser } from '../../src/main/offThread'
import { ProjectStore } from '../../src/main/projectStore'
import { emptyProject } from '../../src/core/schema'
import { serializeProject } from '../../src/core/projectFile'

const built = resolve(__dirname, '../../out/main/parseWorker.js')

describe('the built reader worker', () => {
  it('is built beside main’s bundle, where main starts it', () => {
    expect(existsSync(built)).toBe(true)
  })

  it('opens a project through the worker, and names the file and its problem when it cannot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quotemark-worker-'))
    const good = join(dir, 'Good.quotemark.json')
    const bad = join(dir, 'Bad.quotemark.json')
    await writeFile(good, serializeProject(emptyProject('Good', 'project-1', '2026-01-10T09:00:00.000Z')))
    await writeFile(bad, '{ "format": "quotemark-project", "version": 4, "articles": [')
    const store = new ProjectStore({ watch: false, parser: workerParser(built) })
    try {
      const opened = await store.open(good)
      expect(opened.project.name).toBe('Good')
      await expect(store.open(bad)).rejects.toThrow(/^Bad\.quotemark\.json is empty or cut short/)
      expect(store.path).toBe(good)
    } finally {
      await store.close()
      store.dispose()
    }
  })
})
