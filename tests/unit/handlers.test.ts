import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventMap, Handlers, OpenSession, Session } from '../../src/core/api'
import type { Project } from '../../src/core/schema'
import { createHandlers, SAMPLE_FILE_NAME } from '../../src/main/handlers'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { ARTICLE_TEXT, removeTempDirs, tagCommand, tempDir, waitFor } from './helpers'

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))
const SAMPLE_TITLES = ['Venezuela Begins Releasing Political Prisoners', 'Venezuelan government begins releasing political prisoners']

type Event = { [K in keyof EventMap]: { event: K; payload: EventMap[K] } }[keyof EventMap]
type App = { handlers: Handlers; store: ProjectStore; settings: Settings; dialogs: ScriptedDialogs; events: Event[]; userData: string }

const stores: ProjectStore[] = []

/** What main does at start: load settings from the data folder, make a store, build the handlers. */
async function startApp(userData?: string): Promise<App> {
  const dataDir = userData ?? (await tempDir('quotemark-userdata-'))
  const settings = await Settings.load(dataDir)
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50] })
  stores.push(store)
  const dialogs = new ScriptedDialogs()
  const events: Event[] = []
  const handlers = createHandlers({
    store,
    settings,
    dialogs,
    emit: (event, payload) => events.push({ event, payload } as Event),
    seedsDir,
    sampleDir: dataDir
  })
  return { handlers, store, settings, dialogs, events, userData: dataDir }
}

function open(session: Session): OpenSession {
  if (session.status !== 'open') throw new Error(`Expected an open session, got ${JSON.stringify(session)}`)
  return session
}

async function listing(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort()
  const entries = await Promise.all(names.map(async (n) => `${n}:${(await stat(join(dir, n))).mtimeMs}`))
  return entries.join('\n')
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose()
  await removeTempDirs()
})

describe('handlers', () => {
  it('opens the sample (two seed articles with their real titles) from the data folder on the very first start, never writing into seeds', async () => {
    const seedsBefore = await listing(seedsDir)
    const app = await startApp()
    const session = open(await app.handlers.getSession())
    expect(session.path).toBe(join(app.userData, SAMPLE_FILE_NAME))
    expect(session.project.articles.map((a) => a.title).sort()).toEqual([...SAMPLE_TITLES].sort())
    expect(session.project.articles.map((a) => a.outlet).sort()).toEqual(['BBC News', 'The New York Times'])
    expect(session.author).toBe(app.settings.author)
    expect(session.notice).toBeUndefined()
    const onDisk = JSON.parse(await readFile(join(app.userData, SAMPLE_FILE_NAME), 'utf8')) as Project
    expect(onDisk.articles).toHaveLength(2)
    expect(await listing(seedsDir)).toBe(seedsBefore)
    expect(await app.handlers.listRecent()).toEqual([session.path])
  })

  it('creates the data folder for the sample when it does not exist yet', async () => {
    const parent = await tempDir()
    const app = await startApp(join(parent, 'not', 'yet', 'there'))
    const session = open(await app.handlers.getSession())
    expect(session.path).toBe(join(parent, 'not', 'yet', 'there', SAMPLE_FILE_NAME))
    expect(session.project.articles).toHaveLength(2)
  })

  it('answers two getSession calls made at once with the same project', async () => {
    const app = await startApp()
    const [a, b] = await Promise.all([app.handlers.getSession(), app.handlers.getSession()])
    expect(open(a).path).toBe(open(b).path)
    expect(open(a).project.id).toBe(open(b).project.id)
  })

  it('reopens the sample from the data folder with the tags made in it, instead of rebuilding it', async () => {
    const first = await startApp()
    const session = open(await first.handlers.getSession())
    const article = session.project.articles[0]!
    const words = article.text.slice(0, 40).trim().split(' ').slice(0, 2).join(' ')
    expect((await first.handlers.applyCommand(tagCommand(article, words, 'claim', 'sample-tag'), 'cmd-test')).ok).toBe(true)
    await first.store.flush()

    const second = await startApp(first.userData)
    const again = open(await second.handlers.getSession())
    expect(again.project.annotations.map((a) => a.id)).toEqual(['sample-tag'])
    expect((await second.handlers.openSample()).ok).toBe(true)
    expect(open(await second.handlers.getSession()).project.annotations).toHaveLength(1)
  })

  it('opens the most recent project on the next start', async () => {
    const first = await startApp()
    await first.handlers.getSession()
    const work = await tempDir()
    first.dialogs.newProjectPaths.push(join(work, 'Election night'))
    const created = await first.handlers.newProject()
    expect(created).toMatchObject({ ok: true, session: { path: join(work, 'Election night.quotemark.json') } })
    await first.handlers.closeProject()

    const second = await startApp(first.userData)
    const session = open(await second.handlers.getSession())
    expect(session.path).toBe(join(work, 'Election night.quotemark.json'))
    expect(session.project.name).toBe('Election night')
  })

  it('falls back to the sample with a notice naming the file when the most recent project fails to load, and leaves that file alone', async () => {
    const first = await startApp()
    await first.handlers.getSession()
    const work = await tempDir()
    const path = join(work, 'Budget.quotemark.json')
    first.dialogs.newProjectPaths.push(path)
    expect((await first.handlers.newProject()).ok).toBe(true)
    await first.handlers.closeProject()
    const broken = (await readFile(path, 'utf8')).slice(0, 120)
    await writeFile(path, broken)

    const second = await startApp(first.userData)
    const session = open(await second.handlers.getSession())
    expect(session.path).toBe(join(first.userData, SAMPLE_FILE_NAME))
    expect(session.notice).toMatch(/Budget\.quotemark\.json is empty or cut short/)
    await second.store.flush()
    expect(await readFile(path, 'utf8')).toBe(broken)
  })

  it('opens a recent project by path, but refuses a path that is not in the recent list', async () => {
    const app = await startApp()
    await app.handlers.getSession()
    const work = await tempDir()
    const known = join(work, 'Known.quotemark.json')
    app.dialogs.newProjectPaths.push(known)
    await app.handlers.newProject()
    await app.handlers.openSample()

    const stranger = join(work, 'Stranger.quotemark.json')
    await writeFile(stranger, await readFile(known))
    const refused = await app.handlers.openRecent(stranger)
    expect(refused).toEqual({ ok: false, error: 'That project is not in the list of recent projects.' })
    expect(app.store.path).toBe(join(app.userData, SAMPLE_FILE_NAME))
    expect(await app.handlers.openRecent(42 as unknown as string)).toMatchObject({ ok: false })

    const opened = await app.handlers.openRecent(known)
    expect(opened).toMatchObject({ ok: true, session: { path: known } })
  })

  it('reports cancelled dialogs as cancelled and changes nothing', async () => {
    const app = await startApp()
    const before = open(await app.handlers.getSession())
    expect(await app.handlers.newProject()).toEqual({ ok: false, cancelled: true })
    expect(await app.handlers.openProject()).toEqual({ ok: false, cancelled: true })
    expect(await app.handlers.saveProjectAs()).toEqual({ ok: false, cancelled: true })
    expect(await app.handlers.importArticles()).toEqual({ ok: false, cancelled: true })
    expect(app.store.path).toBe(before.path)
  })

  it('applies a command, pushes a small projectChanged event and saves; a refused command pushes nothing', async () => {
    const app = await startApp()
    const session = open(await app.handlers.getSession())
    const article = session.project.articles.find((a) => a.outlet === 'BBC News')!
    const command = tagCommand(article, 'Rocío San Miguel', 'attribution', 'tag-1')
    const eventsBefore = app.events.length
    const result = await app.handlers.applyCommand(command, 'cmd-test')
    expect(result).toEqual({ ok: true, revision: session.revision + 1, commandId: 'cmd-test' })
    const changes = app.events.filter((e) => e.event === 'projectChanged')
    expect(changes).toEqual([{ event: 'projectChanged', payload: { kind: 'command', revision: session.revision + 1, command, commandId: 'cmd-test' } }])

    const again = await app.handlers.applyCommand(command, 'cmd-test')
    expect(again.ok).toBe(false)
    expect(app.events.filter((e) => e.event === 'projectChanged')).toHaveLength(1)

    const statuses = () => app.events.slice(eventsBefore).flatMap((e) => (e.event === 'saveStatus' ? [e.payload.state] : []))
    await waitFor(() => statuses().includes('saved'), 'a saved status event')
    expect(statuses()).toEqual(['unsaved', 'saving', 'saved'])
    const onDisk = JSON.parse(await readFile(session.path, 'utf8')) as Project
    expect(onDisk.annotations.map((a) => a.id)).toEqual(['tag-1'])
  })

  it('imports dropped text files and skips a binary one with a reason', async () => {
    const app = await startApp()
    const session = open(await app.handlers.getSession())
    const result = await app.handlers.importDroppedFiles([
      { name: 'caracas.txt', content: ARTICLE_TEXT },
      { name: 'photo.txt', content: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000' },
      { name: 'notes.md', content: '# Notes from the press conference\n\nRodríguez said *nothing* about numbers.' }
    ])
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.articles.map((a) => a.source ?? a.title)).toHaveLength(2)
    expect(result.skipped).toHaveLength(1)
    expect(result.skipped[0]).toMatch(/photo\.txt.*not a text/)
    expect(app.events).toContainEqual({ event: 'projectChanged', payload: { kind: 'command', revision: result.revision, command: result.command, commandId: result.commandId } })
    expect(app.store.project!.articles).toHaveLength(session.project.articles.length + 2)
    await app.store.flush()
    const onDisk = JSON.parse(await readFile(session.path, 'utf8')) as Project
    expect(onDisk.articles.map((a) => a.id)).toEqual(expect.arrayContaining(result.articles.map((a) => a.id)))
  })

  it('refuses dropped files that are not a list of names and texts', async () => {
    const app = await startApp()
    await app.handlers.getSession()
    const result = await app.handlers.importDroppedFiles([{ name: 'x.txt' }] as unknown as { name: string; content: string }[])
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/could not be imported/) })
  })

  it('imports article files chosen in the dialog, skipping files that are not text', async () => {
    const app = await startApp()
    await app.handlers.getSession()
    const work = await tempDir()
    await writeFile(join(work, 'good.txt'), ARTICLE_TEXT)
    await writeFile(join(work, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x72, 0x61, 0x63, 0x61, 0x73, 0xe9, 0xff, 0xfe, 0x00]))
    await writeFile(join(work, 'report.pdf'), '%PDF-1.7')
    await mkdir(join(work, 'folder.md'))
    app.dialogs.articlePaths.push([join(work, 'good.txt'), join(work, 'latin1.txt'), join(work, 'report.pdf'), join(work, 'folder.md')])
    const result = await app.handlers.importArticles()
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.articles).toHaveLength(1)
    // The file's first line is its headline: the title, not the text's first paragraph as well (issue 15, item 5).
    expect(result.articles[0]).toMatchObject({ title: 'Ministers meet in Caracas', text: ARTICLE_TEXT.slice(ARTICLE_TEXT.indexOf('\n\n') + 2) })
    expect(result.skipped).toHaveLength(3)
    expect(result.skipped.join('\n')).toMatch(/latin1\.txt: .*not a text file/)
    expect(result.skipped.join('\n')).toMatch(/report\.pdf: it is not a PDF file, or it is damaged\./)
    expect(result.skipped.join('\n')).toMatch(/folder\.md: it is a folder, not a file/)
  })

  it('Save As continues in the new file and adds it to the recent projects', async () => {
    const app = await startApp()
    const session = open(await app.handlers.getSession())
    const work = await tempDir()
    app.dialogs.saveAsPaths.push(join(work, 'Copy.quotemark.json'))
    const result = await app.handlers.saveProjectAs()
    expect(result).toMatchObject({ ok: true, session: { path: join(work, 'Copy.quotemark.json') } })
    expect((await app.handlers.listRecent())[0]).toBe(join(work, 'Copy.quotemark.json'))
    const copy = JSON.parse(await readFile(join(work, 'Copy.quotemark.json'), 'utf8')) as Project
    expect(copy.articles).toHaveLength(session.project.articles.length)
  })

  it('stays closed after Close instead of reopening a project on the next getSession', async () => {
    const app = await startApp()
    await app.handlers.getSession()
    expect(await app.handlers.closeProject()).toMatchObject({ status: 'none' })
    expect(await app.handlers.getSession()).toMatchObject({ status: 'none' })
    expect((await app.handlers.applyCommand({ type: 'annotation.remove', id: 'x' }, 'cmd-test')).ok).toBe(false)
  })

  it('opens only http and https addresses in the browser', async () => {
    const app = await startApp()
    expect(await app.handlers.openExternal('javascript:alert(1)')).toBe(false)
    expect(await app.handlers.openExternal('file:///etc/passwd')).toBe(false)
    expect(await app.handlers.openExternal('data:text/html,<script>alert(1)</script>')).toBe(false)
    expect(await app.handlers.openExternal('not a url')).toBe(false)
    expect(await app.handlers.openExternal('https://www.bbc.co.uk/news')).toBe(true)
    expect(app.dialogs.opened).toEqual(['https://www.bbc.co.uk/news'])
  })

  it('asks for the author name once: it is kept in the settings, not the project, and survives a restart', async () => {
    const app = await startApp()
    const first = open(await app.handlers.getSession())
    expect(first.authorConfirmed).toBe(false)
    expect(await app.handlers.setAuthor('   ')).toEqual({ ok: false, error: 'Type the name your tags should carry.' })
    expect(await app.handlers.setAuthor('  Ana   Reporter ')).toEqual({ ok: true, author: 'Ana Reporter' })
    await app.store.flush()
    const projectText = await readFile(first.path, 'utf8')
    expect(projectText).not.toContain('Ana Reporter')
    const again = await startApp(app.userData)
    expect(open(await again.handlers.getSession())).toMatchObject({ author: 'Ana Reporter', authorConfirmed: true })
  })
})

describe('exporting from the window', () => {
  it('writes the file and says what it left out: an evidence address that is not a web link', async () => {
    const app = await startApp()
    const session = open(await app.handlers.getSession())
    const article = session.project.articles[0]!
    const tag = tagCommand(article, 'an important number', 'claim', 'claim-evidence')
    if (tag.type !== 'annotation.add') throw new Error('a tag command')
    const evidence = [{ url: 'javascript:alert(1)', note: 'a trap' }, { url: 'https://example.org/report', note: 'the report' }]
    expect((await app.handlers.applyCommand({ ...tag, annotation: { ...tag.annotation, evidence } }, 'cmd-evidence')).ok).toBe(true)
    const out = join(app.userData, 'claims.json')
    app.dialogs.exportPaths.push(out)
    const result = await app.handlers.exportAnnotations({ format: 'json' })
    expect(result).toEqual({ ok: true, path: out, count: expect.any(Number), notes: [expect.stringMatching(/^Left out 1 address that is not a web \(http or https\) link/)] })
    const written = await readFile(out, 'utf8')
    expect(written).not.toContain('javascript:')
  })
})
