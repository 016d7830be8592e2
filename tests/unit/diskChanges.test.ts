/**
 * The open file changed on disk by someone else (a sync client, a colleague
 * on a shared drive): reloaded when nothing is unsaved, merged with the
 * unsaved changes otherwise; never overwritten by an older copy; a broken
 * version is neither loaded nor written over.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, type Article, type Project } from '../../src/core/schema'
import { ProjectStore, type DiskChange } from '../../src/main/projectStore'
import { NOW, removeTempDirs, sampleArticle, sleep, tempDir, waitFor, writeAtomically } from './helpers'

const stores: ProjectStore[] = []

afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose()
  await removeTempDirs()
})

/** A tag on `words` in the article, made by `author`. */
function tagBy(article: Article, words: string, author: string, id: string) {
  const start = article.text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the article`)
  return createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + words.length, kind: 'quote', author, now: NOW })
}

type Setup = { store: ProjectStore; path: string; article: Article; base: Project; changes: DiskChange[] }

async function setup(options: ConstructorParameters<typeof ProjectStore>[0] = {}): Promise<Setup> {
  const dir = await tempDir()
  const path = join(dir, 'Story.quotemark.json')
  const base = emptyProject('Story', 'project-1', NOW)
  const article = sampleArticle('article-1')
  base.articles.push(article)
  await writeFile(path, serializeProject(base))
  const store = new ProjectStore({ debounceMs: 30, retryDelaysMs: [40], watch: { debounceMs: 20, pollMs: 0 }, ...options })
  stores.push(store)
  const changes: DiskChange[] = []
  store.onDiskChange((change) => changes.push(change))
  await store.open(path)
  return { store, path, article, base, changes }
}

/** Ana's change to the file, as her copy of Quotemark (or her sync client) writes it. */
async function theirSave(path: string, base: Project, article: Article, id = 'ana-1', words = 'Human rights groups'): Promise<Project> {
  const theirs: Project = { ...base, annotations: [...base.annotations, tagBy(article, words, 'Ana', id)], updatedAt: '2026-01-10T10:00:00.000Z' }
  await writeAtomically(path, serializeProject(theirs))
  return theirs
}

async function onDisk(path: string): Promise<Project> {
  return JSON.parse(await readFile(path, 'utf8')) as Project
}

describe('the open file changed on disk', () => {
  it('is reloaded when there are no unsaved changes, with a notice, and not written back', async () => {
    const { store, path, article, base, changes } = await setup()
    const revision = store.revision
    await theirSave(path, base, article)
    const theirBytes = await readFile(path)

    await waitFor(() => store.project!.annotations.length === 1, 'the reload')
    expect(store.project!.annotations[0]).toMatchObject({ id: 'ana-1', author: 'Ana' })
    expect(store.revision).toBeGreaterThan(revision)
    expect(changes).toEqual([{ kind: 'reloaded', notice: 'Story.quotemark.json changed on disk: reloaded.' }])
    expect(store.hasUnsavedChanges).toBe(false)
    await sleep(100)
    expect((await readFile(path)).equals(theirBytes)).toBe(true)
  })

  it('is noticed again and again when a sync client keeps replacing it by renaming (the watch does not go quiet)', async () => {
    const { store, path, article, base } = await setup()
    const first = await theirSave(path, base, article, 'ana-1', 'Human rights groups')
    await waitFor(() => store.project!.annotations.length === 1, 'the first reload')
    const second = await theirSave(path, first, article, 'ana-2', 'Jorge Rodríguez')
    await waitFor(() => store.project!.annotations.length === 2, 'the second reload')
    await theirSave(path, second, article, 'ana-3', 'Caracas')
    await waitFor(() => store.project!.annotations.length === 3, 'the third reload')
  })

  it('is noticed by the poll alone, for drives where fs.watch reports nothing', async () => {
    const { store, path, article, base } = await setup({ watch: { events: false, pollMs: 40 } })
    await theirSave(path, base, article)
    await waitFor(() => store.project!.annotations.length === 1, 'the poll to reload')
  })

  it('is merged with unsaved changes and saved: both people’s tags are kept, with their authors', async () => {
    const { store, path, article, base, changes } = await setup({ debounceMs: 60_000 })
    expect(store.applyUntrusted({ type: 'annotation.add', annotation: tagBy(article, 'Jorge Rodríguez', 'Ben', 'ben-1') }).ok).toBe(true)
    expect(store.hasUnsavedChanges).toBe(true)
    await theirSave(path, base, article)

    await waitFor(() => changes.length > 0, 'the merge')
    expect(changes[0]).toMatchObject({ kind: 'merged', notice: expect.stringMatching(/^Story\.quotemark\.json changed on disk: merged 1 change from the version on disk with yours\.$/) })
    const ids = store.project!.annotations.map((a) => `${a.id}:${a.author}`).sort()
    expect(ids).toEqual(['ana-1:Ana', 'ben-1:Ben'])
    await store.flush()
    expect((await onDisk(path)).annotations.map((a) => `${a.id}:${a.author}`).sort()).toEqual(['ana-1:Ana', 'ben-1:Ben'])
  })

  it('is never overwritten by an older copy in memory: a save merges their newer version in first', async () => {
    // No watcher: only the check before saving stands between their save and ours.
    const { store, path, article, base } = await setup({ watch: false, debounceMs: 60_000 })
    expect(store.applyUntrusted({ type: 'annotation.add', annotation: tagBy(article, 'Jorge Rodríguez', 'Ben', 'ben-1') }).ok).toBe(true)
    await theirSave(path, base, article)
    await store.flush()
    const saved = await onDisk(path)
    expect(saved.annotations.map((a) => a.id).sort()).toEqual(['ana-1', 'ben-1'])
  })

  it('is not reported for our own saves', async () => {
    const { store, article, changes } = await setup()
    for (const [i, words] of ['Caracas', 'Jorge Rodríguez', 'Human rights groups'].entries()) {
      store.applyUntrusted({ type: 'annotation.add', annotation: tagBy(article, words, 'Ben', `ben-${i}`) })
      await store.flush()
      await sleep(60)
    }
    expect(changes).toEqual([])
    expect(store.project!.annotations).toHaveLength(3)
  })

  it('is not loaded and not overwritten when the new version is broken (cut short), and says so; once whole again it is merged', async () => {
    const { store, path, article, base, changes } = await setup({ debounceMs: 60_000 })
    const theirs: Project = { ...base, annotations: [tagBy(article, 'Human rights groups', 'Ana', 'ana-1')] }
    const whole = serializeProject(theirs)
    const cut = whole.slice(0, Math.floor(whole.length / 2))
    await writeAtomically(path, cut)

    await waitFor(() => changes.length > 0, 'the broken version to be noticed')
    expect(changes[0]!.kind).toBe('unreadable')
    expect(changes[0]!.notice).toMatch(/^Story\.quotemark\.json changed on disk, and the new version is empty or cut short/)
    expect(changes[0]!.notice).toMatch(/will not save over that file until it can be read again/)
    expect(store.saveStatus).toMatchObject({ state: 'error', error: changes[0]!.notice })
    expect(store.project!.annotations).toEqual([])

    // A change of ours is not saved over it either.
    expect(store.applyUntrusted({ type: 'annotation.add', annotation: tagBy(article, 'Jorge Rodríguez', 'Ben', 'ben-1') }).ok).toBe(true)
    await expect(store.flush()).rejects.toThrow(/changed on disk, and the new version is empty or cut short/)
    expect(await readFile(path, 'utf8')).toBe(cut)
    expect(store.hasUnsavedChanges).toBe(true)

    // The copy finishes: their version comes in with ours.
    await writeAtomically(path, whole)
    await waitFor(() => store.project!.annotations.length === 2, 'the merge once the file is whole')
    await store.flush()
    expect((await onDisk(path)).annotations.map((a) => a.id).sort()).toEqual(['ana-1', 'ben-1'])
    expect(store.saveStatus.state).toBe('saved')
  })

  it('is not loaded when it comes from a newer Quotemark, and a clean project is not written over it', async () => {
    const { store, path, base, changes } = await setup()
    const newer = serializeProject({ ...base, version: 99 } as unknown as Project)
    await writeAtomically(path, newer)
    await waitFor(() => changes.length > 0, 'the newer version to be noticed')
    expect(changes[0]!.notice).toMatch(/the new version cannot be opened: it was made by a newer version of Quotemark/)
    await store.close().catch(() => undefined)
    expect(await readFile(path, 'utf8')).toBe(newer)
  })
})
