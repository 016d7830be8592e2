/**
 * Opening a shared file safely: a huge file is refused from its size alone,
 * and opening (and closing) never writes the file, not even one of an older
 * format that is migrated in memory.
 */
import { copyFile, open as openFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, PROJECT_VERSION, type Project } from '../../src/core/schema'
import { formatBytes, MAX_PROJECT_BYTES, ProjectStore, readProjectFile } from '../../src/main/projectStore'
import { fileState, NOW, removeTempDirs, sampleArticle, sleep, tagCommand, tempDir } from './helpers'

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))
const stores: ProjectStore[] = []

function newStore(options: ConstructorParameters<typeof ProjectStore>[0] = {}): ProjectStore {
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [40], watch: { debounceMs: 20, pollMs: 30 }, ...options })
  stores.push(store)
  return store
}

function taggedProject(): Project {
  const project = emptyProject('Caracas', 'project-1', NOW)
  const article = sampleArticle('article-1')
  project.articles.push(article)
  const tag = tagCommand(article, 'Jorge Rodríguez', 'attribution', 'ann-1')
  if (tag.type === 'annotation.add') project.annotations.push(tag.annotation)
  return project
}

/** A sparse file: its size says `bytes`, but nothing was written into it (and reading it would take long). */
async function hugeFile(path: string, bytes: number): Promise<void> {
  const handle = await openFile(path, 'w')
  await handle.truncate(bytes)
  await handle.close()
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose()
  await removeTempDirs()
})

describe('a file larger than a project can be', () => {
  it('is refused at once from its size, naming the file and the size, without being read', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Huge.quotemark.json')
    // 300 MB of nothing: read and parsed, it would fail as "not valid JSON" after a long wait, not with this message.
    await hugeFile(path, 300 * 1024 ** 2)
    const store = newStore()
    const started = performance.now()
    await expect(store.open(path)).rejects.toThrow(/^Huge\.quotemark\.json cannot be opened: it is 300 MB, more than a Quotemark project can be \(at most 200 MB\)/)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(store.isOpen).toBe(false)
    await expect(readProjectFile(path)).rejects.toThrow(/it is 300 MB/)
    expect(MAX_PROJECT_BYTES).toBe(200 * 1024 * 1024)
  })

  it('uses the limit it is given: one byte over is refused, exactly the limit opens', async () => {
    const dir = await tempDir()
    const text = serializeProject(taggedProject())
    const size = Buffer.byteLength(text)
    const path = join(dir, 'Story.quotemark.json')
    await writeFile(path, text)

    await expect(newStore({ maxFileBytes: size - 1 }).open(path)).rejects.toThrow(
      `Story.quotemark.json cannot be opened: it is ${formatBytes(size)}, more than a Quotemark project can be (at most ${formatBytes(size - 1)}).`
    )
    const opened = await newStore({ maxFileBytes: size }).open(path)
    expect(opened.project.annotations.map((a) => a.id)).toEqual(['ann-1'])
  })

  it('says its size in words a reporter reads', () => {
    expect(formatBytes(812)).toBe('812 bytes')
    expect(formatBytes(14 * 1024)).toBe('14 KB')
    expect(formatBytes(3.5 * 1024 ** 2)).toBe('3.5 MB')
    expect(formatBytes(250 * 1024 ** 2)).toBe('250 MB')
  })
})

describe('opening never writes', () => {
  const files: { name: string; make: (path: string) => Promise<void> }[] = [
    { name: `a current (format ${PROJECT_VERSION}) project`, make: (path) => writeFile(path, serializeProject(taggedProject())) },
    { name: 'a format 1 project, migrated in memory', make: (path) => copyFile(join(fixtures, 'project-v1.quotemark.json'), path) },
    { name: 'the format 2 fixture, migrated in memory', make: (path) => copyFile(join(fixtures, 'project-v2.quotemark.json'), path) },
    {
      name: 'a format 2 project written from a current one, migrated in memory',
      make: async (path) => {
        // What Quotemark with file format 2 wrote: no orphan flags, no conflicts.
        const { conflicts: _conflicts, ...rest } = taggedProject() as Project & { conflicts?: unknown }
        const v2 = { ...rest, version: 2, annotations: rest.annotations.map(({ orphan: _orphan, ...a }) => a) }
        await writeFile(path, JSON.stringify(v2, null, 2) + '\n')
      }
    },
    { name: 'a project saved with a byte-order mark and Windows line endings', make: (path) => writeFile(path, '\uFEFF' + serializeProject(taggedProject()).replace(/\n/g, '\r\n')) }
  ]

  for (const file of files) {
    it(`leaves ${file.name} byte for byte as it was, with the same modification time, after open and close`, async () => {
      const dir = await tempDir()
      const data = await tempDir('quotemark-userdata-')
      const path = join(dir, 'Shared.quotemark.json')
      await file.make(path)
      const before = await fileState(path)

      const store = newStore({ backupsDir: join(data, 'backups') })
      const opened = await store.open(path)
      expect(opened.project.version).toBe(PROJECT_VERSION)
      // Past the save debounce, several watcher polls and a retry period.
      await sleep(150)
      expect(store.hasUnsavedChanges).toBe(false)
      await store.close()

      const after = await fileState(path)
      expect(after.bytes.equals(before.bytes)).toBe(true)
      expect(after.mtimeMs).toBe(before.mtimeMs)
      expect(await readdir(dir)).toEqual(['Shared.quotemark.json'])
      // Not even a backup: nothing was overwritten.
      expect(await readdir(data)).toEqual([])
    })
  }

  it('writes the file (in the current format) once the user changes something', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Old.quotemark.json')
    await copyFile(join(fixtures, 'project-v1.quotemark.json'), path)
    const store = newStore()
    const opened = await store.open(path)
    const article = opened.project.articles[0]!
    expect(store.applyUntrusted(tagCommand(article, 'Venezuela', 'claim', 'new-tag')).ok).toBe(true)
    await store.flush()
    const saved = JSON.parse((await fileState(path)).bytes.toString('utf8')) as Project
    expect(saved.version).toBe(PROJECT_VERSION)
    expect(saved.annotations.map((a) => a.id)).toContain('new-tag')
  })
})

describe('a file that is not UTF-8 text', () => {
  it('is refused with the place of the first bad byte, not opened with the damage replaced (and saved that way later)', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Latin1.quotemark.json')
    const json = serializeProject(taggedProject())
    const at = json.indexOf('Caracas')
    // "Car\xe1cas": a Latin-1 byte where UTF-8 needs two.
    const bytes = Buffer.concat([Buffer.from(json.slice(0, at), 'utf8'), Buffer.from([0x43, 0x61, 0x72, 0xe1]), Buffer.from(json.slice(at + 4), 'utf8')])
    await writeFile(path, bytes)
    const before = await fileState(path)
    const bad = Buffer.byteLength(json.slice(0, at), 'utf8') + 4 // the 1-based place of the Latin-1 byte
    const error = await newStore().open(path).then(() => null, (err: Error) => err.message)
    expect(error).toMatch(/^Latin1\.quotemark\.json cannot be opened: it is not UTF-8 text \(near byte \d+ of \d+\)/)
    const near = Number(/near byte (\d+)/.exec(error!)![1])
    expect(near - bad).toBeGreaterThanOrEqual(0)
    expect(near - bad).toBeLessThanOrEqual(1)
    expect(await fileState(path)).toEqual(before)
  })
})
