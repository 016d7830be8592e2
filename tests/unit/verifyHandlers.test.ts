import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../../src/core/api'
import { createHandlers } from '../../src/main/handlers'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { removeTempDirs, tagCommand, tempDir } from './helpers'

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))
const stores: ProjectStore[] = []

async function startApp(): Promise<{ handlers: Handlers; store: ProjectStore }> {
  const dataDir = await tempDir('quotemark-userdata-')
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50] })
  stores.push(store)
  const handlers = createHandlers({ store, settings: await Settings.load(dataDir), dialogs: new ScriptedDialogs(), emit: () => {}, seedsDir, sampleDir: dataDir })
  await handlers.getSession()
  return { handlers, store }
}

const VTT = `WEBVTT

00:12:30.000 --> 00:12:34.000
He did not say how many, but it will be an important number,

00:12:34.000 --> 00:12:40.000
Venezuelans and foreigners. Consider this gesture from the Government.
`

afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose()
  await removeTempDirs()
})

describe('checking quotes against a source document', () => {
  it('adds a dropped subtitle file as a transcript with its times, as one undoable change', async () => {
    const { handlers, store } = await startApp()
    const result = await handlers.importDroppedSource({ name: 'rodriguez-press-conference.vtt', content: VTT })
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.source).toMatchObject({ kind: 'transcript', fileKind: 'vtt', fileName: 'rodriguez-press-conference.vtt' })
    expect(result.command).toEqual({ type: 'source.add', source: result.source })
    expect(store.project!.sources.map((s) => s.id)).toEqual([result.source.id])
  })

  it('checks quotes against it: found with its time, changed words listed, nothing recorded until saved', async () => {
    const { handlers, store } = await startApp()
    const added = await handlers.importDroppedSource({ name: 'rodriguez.vtt', content: VTT })
    if (!added.ok) throw new Error('not added')
    const nyt = store.project!.articles.find((a) => a.text.includes('Consider this gesture'))!
    for (const words of ['an important number', 'Consider this gesture from the Bolivarian Government']) {
      const tagged = await handlers.applyCommand(tagCommand(nyt, words), `tag ${words}`)
      expect(tagged.ok).toBe(true)
    }
    const tags = store.project!.annotations
    const checked = await handlers.checkQuotes(added.source.id, tags.map((t) => t.id))
    if (!checked.ok) throw new Error(checked.error)
    const byWords = new Map(checked.results.map((r) => [store.project!.annotations.find((a) => a.id === r.tagId)!.target.exact, r.result]))
    expect(byWords.get('an important number')).toMatchObject({ status: 'verbatim', time: 750 })
    expect(byWords.get('Consider this gesture from the Bolivarian Government')).toMatchObject({ status: 'changed', differences: [{ kind: 'added', quote: 'Bolivarian', source: '' }] })
    expect(store.project!.annotations.every((a) => a.verification === undefined)).toBe(true)
  })

  it('says so when the source is gone or the file cannot be a source', async () => {
    const { handlers } = await startApp()
    expect(await handlers.checkQuotes('nope', [])).toEqual({ ok: false, error: 'That source document is no longer in the project.' })
    expect(await handlers.importDroppedSource({ name: 'notes.odt', content: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/^notes\.odt: only/) })
  })
})
