/**
 * Saving with ProjectStore: changes coalesced into few writes, flush, a failed
 * save reported and retried, and Save As (also to rescue unsaveable changes).
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addArticlesEdit } from '../../src/core/edits'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, type Project } from '../../src/core/schema'
import { NOW, removeTempDirs, sampleArticle, sleep, tagCommand, tempDir, waitFor } from './helpers'
import { disposeStores, newStore, readJson } from './support/storeFixtures'

afterEach(async () => {
  await disposeStores()
  await removeTempDirs()
})

describe('ProjectStore', () => {
  it('coalesces a burst of changes into one or two writes after the quiet period', async () => {
    const dir = await tempDir()
    const path = join(dir, 'a.quotemark.json')
    const { store, statuses } = newStore({ debounceMs: 150 })
    await store.create(path)
    const article = sampleArticle()
    store.applyTrusted(addArticlesEdit([article]))
    const words = article.text.split(/\s+/).filter((w) => w.length > 3).slice(0, 12)
    const ids: string[] = []
    for (const [i, word] of words.entries()) {
      const command = tagCommand(article, word, 'claim', `burst-${i}`)
      ids.push(`burst-${i}`)
      expect(store.applyUntrusted(command).ok).toBe(true)
      await sleep(5)
    }
    expect(statuses.filter((s) => s.state === 'saving')).toHaveLength(0)
    expect(store.saveStatus.state).toBe('unsaved')
    await waitFor(() => store.saveStatus.state === 'saved', 'the debounced save')
    const writes = statuses.filter((s) => s.state === 'saving').length
    expect(writes).toBeGreaterThanOrEqual(1)
    expect(writes).toBeLessThanOrEqual(2)
    expect((await readJson(path)).annotations.map((a) => a.id)).toEqual(ids)
  })

  it('flush writes at once without waiting for the debounce', async () => {
    const dir = await tempDir()
    const path = join(dir, 'a.quotemark.json')
    const { store } = newStore({ debounceMs: 60_000 })
    await store.create(path)
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    expect((await readJson(path)).articles).toHaveLength(0)
    await store.flush()
    expect((await readJson(path)).articles).toHaveLength(1)
    expect(store.saveStatus).toMatchObject({ state: 'saved', savedAt: expect.any(String) })
    expect(store.hasUnsavedChanges).toBe(false)
  })

  it('reports a failed save, keeps the changes in memory and saves them once the folder is back', async () => {
    const root = await tempDir()
    const dir = join(root, 'Stories')
    const moved = join(root, 'Stories (away)')
    await mkdir(dir)
    const path = join(dir, 'a.quotemark.json')
    const { store, statuses } = newStore({ retryDelaysMs: [50] })
    await store.create(path)
    const article = sampleArticle()
    await rename(dir, moved) // the folder disappears (an unplugged drive, a sync client)
    store.applyTrusted(addArticlesEdit([article]))
    store.applyUntrusted(tagCommand(article, 'Human rights groups', 'attribution'))

    await expect(store.flush()).rejects.toThrow(/Could not save a\.quotemark\.json: the folder does not exist/)
    expect(store.saveStatus.state).toBe('error')
    expect(store.saveStatus.error).toMatch(/a\.quotemark\.json/)
    expect(store.project!.annotations).toHaveLength(1)
    expect(store.hasUnsavedChanges).toBe(true)
    await waitFor(() => statuses.filter((s) => s.state === 'error').length >= 2, 'a retry that fails again')

    await rename(moved, dir)
    await waitFor(() => store.saveStatus.state === 'saved', 'the retry to succeed')
    const saved = await readJson(path)
    expect(saved.articles).toHaveLength(1)
    expect(saved.annotations.map((a) => a.target.exact)).toEqual(['Human rights groups'])
  })

  it('reports an error when the file has been replaced by a folder, and succeeds on retry once it is gone', async () => {
    const dir = await tempDir()
    const path = join(dir, 'a.quotemark.json')
    const { store } = newStore({ retryDelaysMs: [50] })
    await store.create(path)
    await rm(path)
    await mkdir(path)
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await expect(store.flush()).rejects.toThrow(/Could not save a\.quotemark\.json/)
    expect(store.saveStatus.state).toBe('error')
    expect(store.project!.articles).toHaveLength(1)
    await rm(path, { recursive: true })
    await waitFor(() => store.saveStatus.state === 'saved', 'the retry to succeed')
    expect((await readJson(path)).articles).toHaveLength(1)
  })

  it('refuses to switch to another project while the open one has changes it cannot save', async () => {
    const root = await tempDir()
    const dir = join(root, 'Stories')
    await mkdir(dir)
    const other = join(root, 'Other.quotemark.json')
    await writeFile(other, serializeProject(emptyProject('Other', 'other-1', NOW)))
    const { store } = newStore({ retryDelaysMs: [60_000] })
    await store.create(join(dir, 'a.quotemark.json'))
    await rm(dir, { recursive: true })
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await expect(store.open(other)).rejects.toThrow(/a\.quotemark\.json has changes that could not be saved .* stays open/)
    expect(store.path).toBe(join(dir, 'a.quotemark.json'))
    expect(store.project!.articles).toHaveLength(1)
    await expect(store.close()).rejects.toThrow(/could not be saved/)
    expect(store.isOpen).toBe(true)
  })

  it('Save As writes the new file, leaves the old one as it was, and saves later changes to the new one', async () => {
    const dir = await tempDir()
    const oldPath = join(dir, 'Draft.quotemark.json')
    const newPath = join(dir, 'Final.quotemark.json')
    const { store } = newStore()
    await store.create(oldPath)
    const article = sampleArticle()
    store.applyTrusted(addArticlesEdit([article]))
    await store.flush()
    const oldBytes = await readFile(oldPath)

    store.applyUntrusted(tagCommand(article, 'Jorge Rodríguez', 'attribution'))
    await store.saveAs(newPath)
    expect(store.path).toBe(newPath)
    expect((await readJson(newPath)).annotations).toHaveLength(1)
    // The change made before Save As was flushed to the old file first; later ones are not.
    const flushedOld = await readFile(oldPath)
    expect((JSON.parse(flushedOld.toString()) as Project).annotations).toHaveLength(1)
    expect(flushedOld.equals(oldBytes)).toBe(false)

    store.applyUntrusted(tagCommand(article, 'Human rights groups', 'attribution'))
    await store.flush()
    expect((await readJson(newPath)).annotations).toHaveLength(2)
    expect((await readFile(oldPath)).equals(flushedOld)).toBe(true)
  })

  it('Save As rescues changes that cannot be saved to the old file any more', async () => {
    const root = await tempDir()
    const dir = join(root, 'Stories')
    await mkdir(dir)
    const { store } = newStore({ retryDelaysMs: [60_000] })
    await store.create(join(dir, 'a.quotemark.json'))
    await rm(dir, { recursive: true })
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await expect(store.flush()).rejects.toThrow()
    const rescue = join(root, 'Rescued.quotemark.json')
    await store.saveAs(rescue)
    expect(store.saveStatus.state).toBe('saved')
    expect(store.hasUnsavedChanges).toBe(false)
    expect((await readJson(rescue)).articles).toHaveLength(1)
  })
})
