/**
 * Backups of the project file in the app's data folder: made before a save
 * overwrites the file, at most one a minute of saving, the last ten kept;
 * restoring one is itself undoable; ids cannot reach outside the folder.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, type Project } from '../../src/core/schema'
import { Backups, isBackupId } from '../../src/main/backups'
import { ProjectStore } from '../../src/main/projectStore'
import { NOW, removeTempDirs, sampleArticle, tagCommand, tempDir } from './helpers'

const stores: ProjectStore[] = []

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-01-10T09:00:00.000Z')): { now: () => number; advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: (ms) => void (t += ms) }
}

async function setup(): Promise<{ store: ProjectStore; path: string; backupsDir: string; clock: ReturnType<typeof manualClock>; tag: (words: string, id: string) => void }> {
  const dir = await tempDir()
  const data = await tempDir('quotemark-userdata-')
  const path = join(dir, 'Story.quotemark.json')
  const project = emptyProject('Story', 'project-1', NOW)
  const article = sampleArticle('article-1')
  project.articles.push(article)
  await writeFile(path, serializeProject(project))
  const clock = manualClock()
  const backupsDir = join(data, 'backups')
  const store = new ProjectStore({ debounceMs: 60_000, watch: false, clock: clock.now, backupsDir })
  stores.push(store)
  await store.open(path)
  const tag = (words: string, id: string): void => {
    const result = store.applyUntrusted(tagCommand(article, words, 'claim', id))
    if (!result.ok) throw new Error(result.error)
  }
  return { store, path, backupsDir, clock, tag }
}

async function tagIdsIn(path: string): Promise<string[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as Project).annotations.map((a) => a.id)
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose()
  await removeTempDirs()
})

describe('backups', () => {
  it('keeps the file as it was before the first save, in the data folder, and no more within the same minute', async () => {
    const { store, path, backupsDir, clock, tag } = await setup()
    const original = await readFile(path, 'utf8')

    tag('Caracas', 'tag-1')
    await store.flush()
    let backups = await store.listBackups()
    expect(backups).toHaveLength(1)
    expect(await readFile(backups[0]!.path, 'utf8')).toBe(original)
    expect(backups[0]!.path.startsWith(join(backupsDir, 'Story-'))).toBe(true)
    expect(backups[0]).toMatchObject({ tags: 0, size: Buffer.byteLength(original) })
    expect(isBackupId(backups[0]!.id)).toBe(true)

    clock.advance(30_000)
    tag('Human rights groups', 'tag-2')
    await store.flush()
    clock.advance(29_000)
    tag('Jorge Rodríguez', 'tag-3')
    await store.flush()
    expect(await store.listBackups()).toHaveLength(1)

    clock.advance(1_000) // a minute after the first backup
    tag('prisoners', 'tag-4')
    await store.flush()
    backups = await store.listBackups()
    expect(backups).toHaveLength(2)
    // Newest first: the file as the previous save left it, with three tags.
    expect(await tagIdsIn(backups[0]!.path)).toEqual(['tag-1', 'tag-2', 'tag-3'])
    expect(backups[0]!.tags).toBe(3)
    expect(await tagIdsIn(path)).toEqual(['tag-1', 'tag-2', 'tag-3', 'tag-4'])
  })

  it('keeps only the last ten', async () => {
    const { store, tag, clock } = await setup()
    const words = ['Ministers', 'Caracas', 'release', 'important', 'number', 'prisoners', 'Jorge', 'Rodríguez', 'Thursday', 'Human', 'rights', 'groups', 'releases']
    for (const [i, word] of words.entries()) {
      tag(word, `tag-${i + 1}`)
      await store.flush()
      clock.advance(61_000)
    }
    const backups = await store.listBackups()
    expect(backups).toHaveLength(10)
    // Save n backed up the file as save n-1 left it: the newest holds 12 tags, the oldest kept 3.
    expect(backups.map((b) => b.tags)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3])
    expect(await readdir(join(backups[0]!.path, '..'))).toHaveLength(10)
  })

  it('restores a backup as the project and saves it to the project file; restoring the version it replaced undoes it', async () => {
    const { store, path, clock, tag } = await setup()
    tag('Caracas', 'tag-1')
    await store.flush()
    clock.advance(61_000)
    tag('Human rights groups', 'tag-2')
    await store.flush() // backs up the file with tag-1
    tag('prisoners', 'tag-3') // unsaved when the restore comes

    const withOne = (await store.listBackups()).find((b) => b.tags === 1)!
    clock.advance(1_000)
    const restored = await store.restoreBackup(withOne.id)
    expect(restored.project.annotations.map((a) => a.id)).toEqual(['tag-1'])
    expect(await tagIdsIn(path)).toEqual(['tag-1'])
    expect(store.hasUnsavedChanges).toBe(false)

    // The version open before the restore, unsaved tag included, is now the newest backup.
    const [newest] = await store.listBackups()
    expect(newest!.tags).toBe(3)
    clock.advance(1_000)
    const undone = await store.restoreBackup(newest!.id)
    expect(undone.project.annotations.map((a) => a.id)).toEqual(['tag-1', 'tag-2', 'tag-3'])
    expect(await tagIdsIn(path)).toEqual(['tag-1', 'tag-2', 'tag-3'])
  })

  it('refuses ids that are not backups of this project, and changes nothing', async () => {
    const { store, path, backupsDir, tag } = await setup()
    tag('Caracas', 'tag-1')
    await store.flush()
    const before = await readFile(path, 'utf8')
    // A real backup of another project, with an id of the right shape.
    const other = new Backups(backupsDir)
    const otherPath = join(await tempDir(), 'Other.quotemark.json')
    await writeFile(otherPath, serializeProject(emptyProject('Other', 'project-2', NOW)))
    const otherId = await other.copyFile(otherPath)
    expect(isBackupId(otherId)).toBe(true)

    const attempts: unknown[] = [
      '../../../../etc/passwd',
      `../${(await store.listBackups())[0]!.id}`,
      join(backupsDir, 'x.quotemark.json'),
      '2026-01-10T09-00-00-000Z/../../settings',
      '..\\..\\settings.json',
      '',
      42,
      null,
      { id: 'x' },
      otherId
    ]
    for (const id of attempts) {
      await expect(store.restoreBackup(id), JSON.stringify(id)).rejects.toThrow(/not a backup of this project|There is no backup/)
    }
    expect(await readFile(path, 'utf8')).toBe(before)
    expect(store.project!.annotations.map((a) => a.id)).toEqual(['tag-1'])
    expect(existsSync(join(backupsDir, '..', 'settings'))).toBe(false)
  })

  it('keeps backups of two files with the same project id apart (a Save As copy has its own history)', async () => {
    const { store, path, tag } = await setup()
    tag('Caracas', 'tag-1')
    await store.flush()
    const copy = join(await tempDir(), 'Story copy.quotemark.json')
    await store.saveAs(copy)
    expect(store.project!.id).toBe('project-1')
    expect(await store.listBackups()).toEqual([])
    tag('Human rights groups', 'tag-2')
    await store.flush()
    const copyBackups = await store.listBackups()
    expect(copyBackups).toHaveLength(1)
    expect(copyBackups[0]!.tags).toBe(1)
    await store.open(path)
    expect((await store.listBackups()).map((b) => b.tags)).toEqual([0])
  })
})
