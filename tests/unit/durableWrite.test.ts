/**
 * Saves are atomic and durable (issue 7): the bytes go to a temp file that is
 * fsynced before it is renamed over the project, and the folder is fsynced
 * after the rename. These tests watch the calls through the injectable file
 * system, so they fail if either fsync (or its place in the order) goes.
 * And the bytes written are serializeProject's, record cache or not.
 */
import { addArticlesEdit } from '../../src/core/edits'
import * as fsp from 'node:fs/promises'
import { lstat, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyCommand } from '../../src/core/commands'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, type Project } from '../../src/core/schema'
import { FolderSyncError, nodeFs, tempPathFor, writeFileDurable, type DurableFs, type DurableHandle } from '../../src/main/durableWrite'
import { ProjectBytes } from '../../src/main/projectBytes'
import { ProjectStore } from '../../src/main/projectStore'
import { NOW, removeTempDirs, sampleArticle, tagCommand, tempDir } from './helpers'

afterEach(removeTempDirs)

/** The real file system, with every call written down (paths relative to `dir`); `fail` makes one call throw. */
function recordingFs(dir: string, fail?: (call: string) => NodeJS.ErrnoException | null): { fs: DurableFs; calls: string[] } {
  const calls: string[] = []
  // A temp file's random part is written as <random>, so the calls of two saves read the same.
  const name = (p: string) => (p === dir ? '<folder>' : basename(p).replace(/^(\..+)\.[0-9a-f]{16}\.tmp$/, '$1.<random>.tmp'))
  const note = (call: string) => {
    calls.push(call)
    const err = fail?.(call)
    if (err) throw err
  }
  const fs: DurableFs = {
    async open(path, flags) {
      note(`open ${name(path)} ${flags}`)
      const handle = await nodeFs.open(path, flags)
      const wrapped: DurableHandle = {
        write: async (data, offset, length, position) => {
          note(`write ${name(path)}`)
          return handle.write(data, offset, length, position)
        },
        sync: async () => {
          note(`sync ${name(path)}`)
          return handle.sync()
        },
        close: async () => {
          calls.push(`close ${name(path)}`)
          return handle.close()
        }
      }
      return wrapped
    },
    async rename(from, to) {
      note(`rename ${name(from)} ${name(to)}`)
      return fsp.rename(from, to)
    },
    async unlink(path) {
      calls.push(`unlink ${name(path)}`)
      return fsp.unlink(path)
    }
  }
  return { fs, calls }
}

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code })

describe('writeFileDurable', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    await writeFile(path, 'old')
    const { fs, calls } = recordingFs(dir)
    await writeFileDurable(path, Buffer.from('new content'), fs)
    expect(calls.filter((c) => !c.startsWith('write '))).toEqual([
      'open .Story.quotemark.json.<random>.tmp wx',
      'sync .Story.quotemark.json.<random>.tmp',
      'close .Story.quotemark.json.<random>.tmp',
      'rename .Story.quotemark.json.<random>.tmp Story.quotemark.json',
      'open <folder> r',
      'sync <folder>',
      'close <folder>'
    ])
    expect(calls.filter((c) => c.startsWith('write '))).not.toHaveLength(0)
    expect(await readFile(path, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['Story.quotemark.json'])
    const temp = tempPathFor(path)
    expect(dirname(temp)).toBe(dirname(path))
    expect(basename(temp)).toMatch(/^\.Story\.quotemark\.json\.[0-9a-f]{16}\.tmp$/)
    expect(tempPathFor(path)).not.toBe(temp)
  })

  it('leaves the target as it was, and no temp file, when writing or syncing the temp file fails', async () => {
    for (const failing of ['write .Story.quotemark.json.<random>.tmp', 'sync .Story.quotemark.json.<random>.tmp']) {
      const dir = await tempDir()
      const path = join(dir, 'Story.quotemark.json')
      await writeFile(path, 'old')
      const { fs, calls } = recordingFs(dir, (call) => (call === failing ? errno('ENOSPC') : null))
      await expect(writeFileDurable(path, Buffer.from('new'), fs)).rejects.toMatchObject({ code: 'ENOSPC' })
      expect(calls).not.toContain('rename .Story.quotemark.json.<random>.tmp Story.quotemark.json')
      expect(await readFile(path, 'utf8')).toBe('old')
      expect(await readdir(dir)).toEqual(['Story.quotemark.json'])
    }
  })

  it('carries on where a folder cannot be synced (Windows: EISDIR, EPERM), and says so when the sync itself fails', async () => {
    for (const [failing, code] of [
      ['open <folder> r', 'EISDIR'],
      ['open <folder> r', 'EPERM'],
      ['sync <folder>', 'EINVAL']
    ] as const) {
      const dir = await tempDir()
      const path = join(dir, 'Story.quotemark.json')
      const { fs } = recordingFs(dir, (call) => (call === failing ? errno(code) : null))
      await writeFileDurable(path, Buffer.from('new'), fs)
      expect(await readFile(path, 'utf8')).toBe('new')
    }
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const { fs } = recordingFs(dir, (call) => (call === 'sync <folder>' ? errno('EIO') : null))
    const failed = await writeFileDurable(path, Buffer.from('new'), fs).catch((err: unknown) => err)
    expect(failed).toBeInstanceOf(FolderSyncError)
    expect(failed).toMatchObject({ code: 'EIO' })
    // The rename happened: the file is the new one, only its place in the folder may not be on the disk yet.
    expect(await readFile(path, 'utf8')).toBe('new')
  })

  it('never writes through a link planted at a temp name: the file it points to is untouched (issue 18)', async () => {
    const dir = await tempDir()
    const victim = join(await tempDir(), 'victim.txt')
    await writeFile(victim, 'precious')
    const path = join(dir, 'Story.quotemark.json')
    // Every name a save used to be able to predict: steno's `.<name>.tmp`, and the CLI's pid-based one.
    for (const planted of ['.Story.quotemark.json.tmp', `.Story.quotemark.json.${process.pid}.tmp`]) await symlink(victim, join(dir, planted))
    const { fs, calls } = recordingFs(dir)
    await writeFileDurable(path, Buffer.from('new content'), fs)
    expect(await readFile(victim, 'utf8')).toBe('precious')
    expect(await readFile(path, 'utf8')).toBe('new content')
    expect((await lstat(path)).isSymbolicLink()).toBe(false)
    // Opened exclusively ('wx'), at a name no one could know in advance.
    expect(calls.filter((c) => c.startsWith('open .'))).toEqual(['open .Story.quotemark.json.<random>.tmp wx'])
  })

  it('clears temp files a killed save left behind, and only those', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const stray = ['.Story.quotemark.json.tmp', '.Story.quotemark.json.0123456789abcdef.tmp']
    const kept = ['.Other.quotemark.json.0123456789abcdef.tmp', 'Story.quotemark.json.0123456789abcdef.tmp', '.Story.quotemark.json.notes.tmp']
    for (const name of [...stray, ...kept]) await writeFile(join(dir, name), 'left')
    await writeFileDurable(path, Buffer.from('new'))
    expect((await readdir(dir)).sort()).toEqual([...kept, 'Story.quotemark.json'].sort())
  })
})

describe('ProjectStore saves', () => {
  it('fsync the temp file before renaming it over the project, and the folder after', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const { fs, calls } = recordingFs(dir)
    const store = new ProjectStore({ watch: false, debounceMs: 60_000, fs })
    await store.create(path, 'Story')
    const article = sampleArticle()
    store.applyTrusted(addArticlesEdit([article]))
    calls.length = 0
    expect(store.applyUntrusted(tagCommand(article, 'We will release an important number of prisoners,')).ok).toBe(true)
    await store.flush()
    const order = calls.filter((c) => /^(sync|rename)/.test(c))
    expect(order).toEqual(['sync .Story.quotemark.json.<random>.tmp', 'rename .Story.quotemark.json.<random>.tmp Story.quotemark.json', 'sync <folder>'])
    expect(await readFile(path, 'utf8')).toBe(serializeProject(store.project!))
    await store.close()
  })

  it('report a save whose folder sync failed as failed, keep the file as theirs to compare, and save again', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    let failFolder = false
    const { fs } = recordingFs(dir, (call) => (failFolder && call === 'sync <folder>' ? errno('EIO') : null))
    const store = new ProjectStore({ watch: false, debounceMs: 60_000, retryDelaysMs: [20], fs })
    await store.create(path, 'Story')
    failFolder = true
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await expect(store.flush()).rejects.toMatchObject({ code: 'write-failed' })
    expect(store.saveStatus.state).toBe('error')
    failFolder = false
    await store.flush()
    expect(store.saveStatus.state).toBe('saved')
    expect(await readFile(path, 'utf8')).toBe(serializeProject(store.project!))
    await store.close()
  })
})

describe('ProjectBytes', () => {
  const base = (): Project => {
    const project = emptyProject('Story', 'project-1', NOW)
    const article = sampleArticle('article-1')
    project.articles.push(article)
    const tag = tagCommand(article, 'We will release an important number of prisoners,', 'quote', 'ann-1')
    if (tag.type === 'annotation.add') project.annotations.push({ ...tag.annotation, note: 'Line one\nline “two”\t\u2028 ✓ \u{1F600}' })
    return project
  }
  const same = (bytes: ProjectBytes, project: Project) => expect(bytes.bytes(project).toString('utf8')).toBe(serializeProject(project))

  it('writes byte for byte what serializeProject writes, change after change, with unknown fields and odd values', () => {
    const bytes = new ProjectBytes()
    let project = base()
    same(bytes, project)
    for (let i = 0; i < 5; i++) {
      const applied = applyCommand(project, { type: 'annotation.update', id: 'ann-1', patch: { note: `note ${i}` }, updatedAt: NOW, updatedBy: 'B' })
      if (!applied.ok) throw new Error(applied.error)
      project = applied.project
      same(bytes, project)
    }
    same(bytes, { ...project, futureField: { nested: [1, 'two', null] }, skipped: undefined } as unknown as Project)
    same(bytes, { ...project, people: [], links: [], conflicts: [], annotations: [] })
    same(bytes, { ...project, annotations: [{ ...project.annotations[0]!, extra: [[{}]], '9': 'integer-like key' }] } as unknown as Project)
    same(bytes, {} as Project)
  })

  it('writes the same bytes when it keeps hundreds of records at once (the first save), then after a change', () => {
    const bytes = new ProjectBytes()
    let project = base()
    const tag = project.annotations[0]!
    project.annotations = Array.from({ length: 300 }, (_, i) => ({ ...tag, id: `ann-${i}`, note: i % 3 ? `n${i} “é” \u{1F600}` : '' }))
    same(bytes, project)
    const applied = applyCommand(project, { type: 'annotation.update', id: 'ann-7', patch: { note: 'changed' }, updatedAt: NOW, updatedBy: 'B' })
    if (!applied.ok) throw new Error(applied.error)
    project = applied.project
    same(bytes, project)
    expect(Object.isFrozen(project.annotations[8])).toBe(true)
  })

  it('freezes what it keeps, so a record changed in place fails loudly instead of being saved stale', () => {
    const bytes = new ProjectBytes()
    const project = base()
    bytes.bytes(project)
    const tag = project.annotations[0]!
    expect(Object.isFrozen(tag) && Object.isFrozen(tag.target) && Object.isFrozen(tag.evidence)).toBe(true)
    expect(() => {
      ;(tag as { note: string }).note = 'changed in place'
    }).toThrow(TypeError)
    // The arrays of the project are not frozen: they are read afresh on every save.
    project.annotations.pop()
    same(bytes, project)
  })
})
