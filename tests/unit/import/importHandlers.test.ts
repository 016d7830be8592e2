import { readFileSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { Handlers, ImportResult } from '../../../src/core/api'
import { createHandlers } from '../../../src/main/handlers'
import { ProjectStore } from '../../../src/main/projectStore'
import { Settings } from '../../../src/main/settings'
import { ScriptedDialogs } from '../../support/scriptedDialogs'
import { removeTempDirs, tempDir } from '../helpers'

const fixtures = fileURLToPath(new URL('../../fixtures', import.meta.url))
const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url))
const stores: ProjectStore[] = []

async function startApp(): Promise<{ handlers: Handlers; dialogs: ScriptedDialogs; work: string; store: ProjectStore }> {
  const dataDir = await tempDir('quotemark-userdata-')
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50] })
  stores.push(store)
  const dialogs = new ScriptedDialogs()
  const handlers = createHandlers({ store, settings: await Settings.load(dataDir), dialogs, emit: () => undefined, seedsDir, sampleDir: dataDir })
  await handlers.getSession()
  return { handlers, dialogs, work: await tempDir(), store }
}

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result))
  return result
}

afterEach(async () => {
  for (const store of stores.splice(0)) {
    await store.flush()
    await store.dispose()
  }
  await removeTempDirs()
})

describe('importing web pages, Word files and subtitles in the app', () => {
  it('imports a saved page, a Word transcript and subtitles chosen in the dialog, each with its kind, metadata and times', async () => {
    const { handlers, dialogs, work } = await startApp()
    await copyFile(join(fixtures, 'html', 'bbc-1', 'source.html'), join(work, 'obama.html'))
    await copyFile(join(fixtures, 'docx', 'interview.docx'), join(work, 'interview.docx'))
    await copyFile(join(fixtures, 'vtt', 'interview.vtt'), join(work, 'clip.vtt'))
    dialogs.articlePaths.push([join(work, 'obama.html'), join(work, 'interview.docx'), join(work, 'clip.vtt')])
    const result = imported(await handlers.importArticles())
    expect(result.skipped).toEqual([])
    expect(result.articles.map((a) => [a.title, a.sourceKind, a.source])).toEqual([
      ["Obama admits US gun laws are his 'biggest frustration'", 'html', 'obama.html'],
      ['interview', 'docx', 'interview.docx'],
      ['clip', 'vtt', 'clip.vtt']
    ])
    expect(result.articles[0]).toMatchObject({ outlet: 'BBC News', publishedAt: '2015-07-24T05:36:09+01:00' })
    expect(result.articles[2]!.blocks.map((b) => b.time)).toEqual([1, 6.5, 754, 758.5])
  })

  it('imports dropped web pages and subtitles from their text, and a dropped Word file from the bytes of its data: URL', async () => {
    const { handlers } = await startApp()
    const html = '<html><head><title>Hi</title></head><body><script>window.hacked = 1</script><p>Hello <a href="javascript:alert(1)">there</a>, reader.</p><iframe src="https://example.org"></iframe></body></html>'
    const result = imported(
      await handlers.importDroppedFiles([
        { name: 'page.htm', content: html },
        { name: 'clip.srt', content: readFileSync(join(fixtures, 'vtt', 'clip.srt'), 'utf8') },
        { name: 'interview.docx', content: `data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,${readFileSync(join(fixtures, 'docx', 'interview.docx')).toString('base64')}` }
      ])
    )
    expect(result.skipped).toEqual([])
    expect(result.articles[0]!.text).toBe('Hello there, reader.')
    expect(JSON.stringify(result.articles[0])).not.toMatch(/javascript|script|iframe|hacked/)
    expect(result.articles.map((a) => a.sourceKind)).toEqual(['html', 'srt', 'docx'])
  })

  it('says what to do with a Word file dropped without its bytes, and names the kinds it can import', async () => {
    const { handlers, dialogs, work } = await startApp()
    const dropped = imported(await handlers.importDroppedFiles([{ name: 'interview.docx', content: '' }]))
    expect(dropped.skipped).toEqual(['interview.docx: its contents did not come with the drop (a PDF or Word file over 30 MB is not sent); use Import… to add it.'])
    await writeFile(join(work, 'scan.tiff'), 'II*')
    await copyFile(join(fixtures, 'docx', 'bomb.docx'), join(work, 'bomb.docx'))
    dialogs.articlePaths.push([join(work, 'scan.tiff'), join(work, 'bomb.docx')])
    const chosen = imported(await handlers.importArticles())
    expect(chosen.skipped[0]).toMatch(/^scan\.tiff: only plain text \(\.txt\), Markdown \(\.md\), web pages \(\.html\), Word \(\.docx\), PDF \(\.pdf\) and subtitle \(\.vtt, \.srt\) files can be imported\.$/)
    expect(chosen.skipped[1]).toMatch(/^bomb\.docx: it unpacks to more than 100 MB/)
  })
})

describe('the speakers a Word transcript names', () => {
  it('are added to the people in the same undo step as the article, unless the project already has them', async () => {
    const { handlers, dialogs, work, store } = await startApp()
    const before = store.project!.people.length
    await copyFile(join(fixtures, 'docx', 'interview.docx'), join(work, 'interview.docx'))
    await copyFile(join(fixtures, 'docx', 'interview.docx'), join(work, 'again.docx'))
    dialogs.articlePaths.push([join(work, 'interview.docx')], [join(work, 'again.docx')])
    const first = imported(await handlers.importArticles())
    expect(first.command).toMatchObject({ type: 'batch', commands: [{ type: 'article.add' }, { type: 'person.add', person: { name: 'Jorge Rodríguez' } }] })
    expect(store.project!.people.map((p) => p.name)).toEqual(['Jorge Rodríguez'])
    imported(await handlers.importArticles())
    expect(store.project!.people).toHaveLength(before + 1)
  })
})

describe('importEdit', () => {
  it('adds each new speaker once, matching names without regard to case or accents', async () => {
    const { importEdit } = await import('../../../src/main/import/importEdit')
    const { createPerson } = await import('../../../src/core/people')
    const article = { id: 'a1' } as never
    const known = [createPerson('Jorge Rodriguez', '2026-01-01T00:00:00.000Z')]
    const { command, people } = importEdit(
      [
        { article, speakers: ['JORGE RODRÍGUEZ', 'Ana Pérez'] },
        { article, speakers: ['ana perez', 'Luis Díaz'] }
      ],
      known,
      '2026-01-01T00:00:00.000Z'
    )
    expect(people.map((p) => p.name)).toEqual(['Ana Pérez', 'Luis Díaz'])
    expect(command).toMatchObject({ type: 'batch', commands: [{ type: 'article.add' }, { type: 'article.add' }, { type: 'person.add' }, { type: 'person.add' }] })
  })
})
