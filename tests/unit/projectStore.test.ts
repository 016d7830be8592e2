import { addArticlesEdit } from '../../src/core/edits'
import { existsSync } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/core/projectFile'
import { emptyProject, PROJECT_VERSION, type Project } from '../../src/core/schema'
import { NOW, removeTempDirs, sampleArticle, sleep, tagCommand, tempDir } from './helpers'
import { disposeStores, newStore, readJson } from './support/storeFixtures'

afterEach(async () => {
  await disposeStores()
  await removeTempDirs()
})

describe('ProjectStore', () => {
  it('writes a real project file that a new store opens with the same articles and tags', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const { store } = newStore()
    await store.create(path)
    const article = sampleArticle()
    store.applyTrusted(addArticlesEdit([article]))
    const result = store.applyUntrusted(tagCommand(article, 'We will release an important number of prisoners,'))
    expect(result.ok).toBe(true)
    await store.flush()

    const { store: second } = newStore()
    const reopened = await second.open(path)
    expect(reopened.project.name).toBe('Story')
    expect(reopened.project.articles.map((a) => a.text)).toEqual([article.text])
    expect(reopened.project.annotations.map((a) => a.target.exact)).toEqual(['We will release an important number of prisoners,'])
  })

  it('writes the serialised project (pretty JSON with a final newline) through a temp file that does not stay behind', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Story.quotemark.json')
    const { store } = newStore()
    await store.create(path, 'Caracas')
    store.applyTrusted(addArticlesEdit([sampleArticle()]))
    await store.flush()
    const text = await readFile(path, 'utf8')
    expect(text).toBe(serializeProject(store.project!))
    expect(text.split('\n')[1]).toMatch(/^ {2}"format": "quotemark-project",$/)
    expect(await readdir(dir)).toEqual(['Story.quotemark.json'])
  })

  it('bumps the revision and the project updatedAt on every applied change', async () => {
    const dir = await tempDir()
    let tick = 0
    const { store } = newStore({ now: () => `2026-02-01T00:00:0${tick++}.000Z` })
    await store.create(join(dir, 'a.quotemark.json'))
    const article = sampleArticle()
    const before = store.revision
    const r1 = store.applyTrusted(addArticlesEdit([article])).revision
    const updatedAfterImport = store.project!.updatedAt
    const r2 = store.applyUntrusted(tagCommand(article, 'Human rights groups'))
    expect(r1).toBe(before + 1)
    expect(r2).toMatchObject({ ok: true, revision: before + 2 })
    expect(store.project!.updatedAt > updatedAfterImport).toBe(true)
  })

  it('refuses a second tag of the same kind on the same words, with a message, and keeps the revision', async () => {
    const dir = await tempDir()
    const { store } = newStore()
    await store.create(join(dir, 'a.quotemark.json'))
    const article = sampleArticle()
    store.applyTrusted(addArticlesEdit([article]))
    expect(store.applyUntrusted(tagCommand(article, 'Jorge Rodríguez', 'attribution')).ok).toBe(true)
    const revision = store.revision

    const duplicate = store.applyUntrusted(tagCommand(article, 'Jorge Rodríguez', 'attribution'))
    expect(duplicate).toEqual({ ok: false, error: 'That text is already tagged as an attribution.', revision })
    expect(store.project!.annotations).toHaveLength(1)
    // The same words may carry a different kind of tag.
    expect(store.applyUntrusted(tagCommand(article, 'Jorge Rodríguez', 'claim')).ok).toBe(true)
  })

  it('refuses changes that would make the saved file fail to load: a reused id, a tag that links point to', async () => {
    const dir = await tempDir()
    const path = join(dir, 'Linked.quotemark.json')
    const project = emptyProject('Linked', 'project-1', NOW)
    const article = sampleArticle('article-1')
    project.articles.push(article)
    for (const [id, words] of [['ann-a', 'Jorge Rodríguez'], ['ann-b', 'Human rights groups']] as const) {
      const tag = tagCommand(article, words, 'attribution', id)
      if (tag.type === 'annotation.add') project.annotations.push(tag.annotation)
    }
    project.links.push({ id: 'link-1', type: 'corroborates', from: 'ann-a', to: 'ann-b', note: '', createdAt: NOW, updatedAt: NOW })
    await writeFile(path, serializeProject(project))

    const { store } = newStore()
    await store.open(path)
    const reused = store.applyUntrusted(tagCommand(article, 'Caracas', 'claim', 'article-1'))
    expect(reused).toMatchObject({ ok: false, error: 'The id article-1 is already used in this project.' })
    const removeLinked = store.applyUntrusted({ type: 'annotation.remove', id: 'ann-a' })
    expect(removeLinked).toMatchObject({ ok: false, error: expect.stringMatching(/linked to other tags/) })
    expect(store.applyUntrusted(tagCommand(article, 'Caracas', 'claim', 'ann-c')).ok).toBe(true)
    await store.flush()

    const { store: again } = newStore()
    await expect(again.open(path)).resolves.toMatchObject({ project: { annotations: [{ id: 'ann-a' }, { id: 'ann-b' }, { id: 'ann-c' }] } })
  })

  it('rejects a command that is not well formed instead of storing it', async () => {
    const dir = await tempDir()
    const { store } = newStore()
    await store.create(join(dir, 'a.quotemark.json'))
    const result = store.applyUntrusted({ type: 'annotation.add', annotation: { id: 'x' } })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/not a valid command/)
    expect(store.applyUntrusted({ type: 'project.delete' }).ok).toBe(false)
    expect(store.hasUnsavedChanges).toBe(false)
  })

  describe('a file that fails to load', () => {
    const valid = (): Project => {
      const project = emptyProject('Good', 'project-1', NOW)
      const article = sampleArticle('article-1')
      project.articles.push(article)
      const tag = tagCommand(article, 'Jorge Rodríguez', 'attribution', 'ann-1')
      if (tag.type === 'annotation.add') project.annotations.push(tag.annotation)
      return project
    }
    const cases: { name: string; text: () => string; message: RegExp }[] = [
      { name: 'truncated JSON', text: () => serializeProject(valid()).slice(0, 400), message: /cut short/ },
      { name: 'text that is not JSON', text: () => 'Quotes from Caracas, 9 January\n', message: /not valid JSON/ },
      { name: 'JSON of some other program', text: () => JSON.stringify({ name: 'my-package', version: '1.0.0' }), message: /no "format": "quotemark-project"/ },
      {
        name: 'a project from a newer Quotemark that this one cannot read',
        text: () => {
          const project = valid() as unknown as { version: number; annotations: { kind: string }[] }
          project.version = PROJECT_VERSION + 1
          project.annotations[0]!.kind = 'transcript-cue'
          return serializeProject(project as unknown as Project)
        },
        message: /newer version of Quotemark/
      },
      {
        name: 'a project with an invalid annotation field',
        text: () => {
          const project = valid()
          ;(project.annotations[0]!.target as { start: number }).start = -5
          return serializeProject(project)
        },
        message: /annotation ann-1 \(number 1\) has an invalid field "target.start"/
      }
    ]

    it('opens a project from a newer Quotemark that still reads as ours read-only: it is shown, never changed or written', async () => {
      const dir = await tempDir()
      const path = join(dir, 'Newer.quotemark.json')
      const bytes = Buffer.from(serializeProject({ ...valid(), version: PROJECT_VERSION + 1, futureField: { kept: true } } as unknown as Project), 'utf8')
      await writeFile(path, bytes)
      const { store } = newStore()
      const snap = await store.open(path)
      expect(snap.readOnly).toMatch(/^Newer\.quotemark\.json was made by a newer version of Quotemark .* read-only/)
      expect(snap.project.annotations).toHaveLength(1)
      const article = snap.project.articles[0]!
      const refused = store.applyUntrusted(tagCommand(article, 'Jorge Rodríguez', 'quote', 'ann-2'))
      expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('read-only') })
      await expect(store.saveAs(join(dir, 'Copy.quotemark.json'))).rejects.toThrow(/read-only/)
      await store.close()
      expect((await readFile(path)).equals(bytes)).toBe(true)
      expect(await readdir(dir)).toEqual(['Newer.quotemark.json'])
    })

    for (const c of cases) {
      it(`is ${c.name}: open fails naming the file and the file stays byte for byte the same`, async () => {
        const dir = await tempDir()
        const path = join(dir, 'Broken.quotemark.json')
        const bytes = Buffer.from(c.text(), 'utf8')
        await writeFile(path, bytes)
        const { mtimeMs } = await stat(path)

        const { store } = newStore()
        await expect(store.open(path)).rejects.toThrow(c.message)
        await expect(store.open(path)).rejects.toThrow(/^Broken\.quotemark\.json /)
        expect(store.isOpen).toBe(false)
        // Nothing is scheduled for it either: wait out the debounce and retry periods.
        await store.flush()
        await sleep(120)
        expect((await readFile(path)).equals(bytes)).toBe(true)
        expect((await stat(path)).mtimeMs).toBe(mtimeMs)
        expect(await readdir(dir)).toEqual(['Broken.quotemark.json'])
      })
    }

    it('is cut short anywhere: every cut is reported as cut short, not as some other kind of file', async () => {
      const dir = await tempDir()
      const path = join(dir, 'Cut.quotemark.json')
      const text = serializeProject(valid())
      const { store } = newStore()
      for (let cut = 1; cut < text.length - 2; cut += Math.ceil(text.length / 97)) {
        await writeFile(path, text.slice(0, cut))
        await expect(store.open(path), `cut at ${cut}: ${JSON.stringify(text.slice(cut - 10, cut))}`).rejects.toThrow(/Cut\.quotemark\.json is empty or cut short/)
      }
    })

    it('keeps the project that was open before, still saving to its own file', async () => {
      const dir = await tempDir()
      const good = join(dir, 'Good.quotemark.json')
      const broken = join(dir, 'Broken.quotemark.json')
      await writeFile(broken, '{"format": "quotemark-project", "version": 1, "id": ')
      const { store } = newStore()
      await store.create(good)
      await expect(store.open(broken)).rejects.toThrow(/Broken\.quotemark\.json is empty or cut short/)
      expect(store.path).toBe(good)
      store.applyTrusted(addArticlesEdit([sampleArticle()]))
      await store.flush()
      expect((await readJson(good)).articles).toHaveLength(1)
      expect(await readFile(broken, 'utf8')).toBe('{"format": "quotemark-project", "version": 1, "id": ')
    })

    it('is missing: the message names the file and says it does not exist', async () => {
      const dir = await tempDir()
      const { store } = newStore()
      await expect(store.open(join(dir, 'Gone.quotemark.json'))).rejects.toThrow('Gone.quotemark.json cannot be opened: the file does not exist')
      expect(existsSync(join(dir, 'Gone.quotemark.json'))).toBe(false)
    })
  })
})
