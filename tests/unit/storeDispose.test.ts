import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addArticlesEdit } from '../../src/core/edits'
import { nodeFs, type DurableFs } from '../../src/main/durableWrite'
import { ProjectStore } from '../../src/main/projectStore'
import { removeTempDirs, sampleArticle, sleep, tempDir, waitFor } from './helpers'

afterEach(removeTempDirs)

/** The real file system, except that a rename (the last step of a save) waits while `held` is set. */
function slowRenames(): { fs: DurableFs; hold(): void; release(): void; renaming(): boolean } {
  let gate: Promise<void> | null = null
  let open: () => void = () => undefined
  let waiting = false
  const fs: DurableFs = {
    ...nodeFs,
    async rename(from, to) {
      if (gate) {
        waiting = true
        await gate
        waiting = false
      }
      return nodeFs.rename(from, to)
    }
  }
  return {
    fs,
    hold: () => void (gate = new Promise((r) => (open = r))),
    release: () => {
      gate = null
      open()
    },
    renaming: () => waiting
  }
}

describe('closing the store down', () => {
  it('waits for a save that is already writing, so the file holds the change and nothing lands in the folder afterwards', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const disk = slowRenames()
    const store = new ProjectStore({ debounceMs: 5, retryDelaysMs: [20], fs: disk.fs, watch: false })
    await store.create(path)
    disk.hold()
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await waitFor(() => disk.renaming(), 'the save to reach its rename')

    let disposed = false
    const disposing = store.dispose().then(() => (disposed = true))
    await sleep(30)
    expect(disposed).toBe(false)
    disk.release()
    await disposing

    const saved = JSON.parse(await readFile(path, 'utf8')) as { articles: unknown[] }
    expect(saved.articles).toHaveLength(1)
    expect(await readdir(dir)).toEqual(['Story.quotemark.json'])
  })

  it('starts no save that was still waiting for its pause in typing', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const store = new ProjectStore({ debounceMs: 200, watch: false })
    await store.create(path)
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await store.dispose()
    await sleep(300)
    const saved = JSON.parse(await readFile(path, 'utf8')) as { articles: unknown[] }
    expect(saved.articles).toHaveLength(0)
  })
})
