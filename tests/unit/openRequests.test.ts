/**
 * Project files the system asks Quotemark to open (file association, command
 * line, macOS open-file), through the real handlers, store and settings on
 * temp files: they open the way a recent project does.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventMap, Handlers, Session } from '../../src/core/api'
import { createHandlerSet, SAMPLE_FILE_NAME } from '../../src/main/handlers'
import { OpenRequests, projectPathFromArg, projectPathInArgv } from '../../src/main/openRequests'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { removeTempDirs, tempDir } from './helpers'

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))
const stores: ProjectStore[] = []

type Event = { [K in keyof EventMap]: { event: K; payload: EventMap[K] } }[keyof EventMap]

afterEach(async () => {
  for (const store of stores.splice(0)) {
    await store.close().catch(() => undefined)
    await store.dispose()
  }
  await removeTempDirs()
})

/** A real project file made by the store, closed again. */
async function makeProject(dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.quotemark.json`)
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50] })
  await store.create(path, name)
  await store.close()
  await store.dispose()
  return path
}

/** What main does: settings, store, handlers, and the open requests attached to them. */
async function startApp(userData: string, requests = new OpenRequests()) {
  const settings = await Settings.load(userData)
  const store = new ProjectStore({ debounceMs: 20, retryDelaysMs: [50] })
  stores.push(store)
  const events: Event[] = []
  const reports: { path: string; error: string }[] = []
  const emit = ((event, payload) => events.push({ event, payload } as Event)) as Parameters<typeof createHandlerSet>[0]['emit']
  const { handlers: raw, openFile } = createHandlerSet({ store, settings, dialogs: new ScriptedDialogs(), emit, seedsDir, sampleDir: userData })
  const handlers: Handlers = requests.attach(raw, {
    settings,
    openPath: () => store.path,
    openFile,
    emit,
    report: (path, error) => reports.push({ path, error })
  })
  return { settings, store, events, reports, handlers, requests }
}

function openPath(session: Session): string | null {
  return session.status === 'open' ? session.path : null
}

describe('projectPathFromArg / projectPathInArgv', () => {
  const cwd = join(tmpRoot(), 'work')

  it('takes project files only, resolved against the working folder', () => {
    expect(projectPathFromArg('story.quotemark.json', cwd)).toBe(join(cwd, 'story.quotemark.json'))
    expect(projectPathFromArg('../Story.QUOTEMARK.JSON', cwd)).toBe(join(cwd, '..', 'Story.QUOTEMARK.JSON'))
    expect(projectPathFromArg(join(cwd, 'a b.quotemark.json'), '/elsewhere')).toBe(join(cwd, 'a b.quotemark.json'))
    for (const other of ['', '.', '--inspect=9229', '-psn_0_12345', '--x=a.quotemark.json', 'notes.json', 'story.quotemark.json.txt', 'https://evil.example/a.quotemark.json', 'quotemark://a.quotemark.json']) {
      expect(projectPathFromArg(other, cwd), other).toBeNull()
    }
  })

  it('takes a file: URL to a project file (Linux desktops pass %U)', () => {
    const path = join(cwd, 'my story.quotemark.json')
    expect(projectPathFromArg(pathToFileURL(path).href, '/elsewhere')).toBe(path)
    expect(projectPathFromArg(pathToFileURL(join(cwd, 'a.txt')).href, cwd)).toBeNull()
  })

  it('skips the program itself and takes the last project file named', () => {
    expect(projectPathInArgv(['/opt/Quotemark/quotemark.quotemark.json'], cwd)).toBeNull()
    expect(projectPathInArgv(['/opt/Quotemark/quotemark', '--no-sandbox', 'a.quotemark.json', 'b.quotemark.json', '--flag'], cwd)).toBe(join(cwd, 'b.quotemark.json'))
    expect(projectPathInArgv(['electron', '.', '--inspect'], cwd)).toBeNull()
  })
})

describe('OpenRequests', () => {
  it('opens a file named at launch as the first session, ahead of the most recent project', async () => {
    const userData = await tempDir('quotemark-open-')
    const earlier = await makeProject(userData, 'Earlier')
    const asked = await makeProject(userData, 'Asked for')
    await (await Settings.load(userData)).addRecent(earlier)

    const requests = new OpenRequests()
    requests.request(asked) // before `ready`: the handlers do not exist yet
    const app = await startApp(userData, requests)
    const session = await app.handlers.getSession()
    expect(openPath(session)).toBe(asked)
    expect(session.notice).toBeUndefined()
    await requests.idle()
    expect(app.settings.recent).toEqual([asked, earlier])
  })

  it('puts a file named at launch on the recent list only once it has opened (a file that hangs or crashes the app is not reopened at the next launch)', async () => {
    const userData = await tempDir('quotemark-open-')
    const asked = await makeProject(userData, 'Asked for')
    const requests = new OpenRequests()
    requests.request(asked)
    const app = await startApp(userData, requests)
    await requests.idle()
    expect(app.settings.recent).toEqual([]) // asked for, not yet opened: the window has not asked for its session
    const session = await app.handlers.getSession()
    expect(openPath(session)).toBe(asked)
    expect(app.settings.recent).toEqual([asked])
  })

  it('says why a file named at launch could not be opened, opens the sample instead, and does not keep it in the recent list', async () => {
    const userData = await tempDir('quotemark-open-')
    const broken = join(userData, 'Broken.quotemark.json')
    await writeFile(broken, '{ this is not a project')
    const requests = new OpenRequests()
    requests.request(broken)
    const app = await startApp(userData, requests)
    const session = await app.handlers.getSession()
    expect(openPath(session)).toBe(join(userData, SAMPLE_FILE_NAME))
    expect(session.notice).toMatch(/Broken\.quotemark\.json/)
    await requests.idle()
    expect(app.settings.recent).toEqual([join(userData, SAMPLE_FILE_NAME)])
  })

  it('opens a file asked for later through the recent list, and tells the window with the new session', async () => {
    const userData = await tempDir('quotemark-open-')
    const other = await makeProject(userData, 'Other story')
    const app = await startApp(userData)
    const first = await app.handlers.getSession()
    expect(openPath(first)).toBe(join(userData, SAMPLE_FILE_NAME))

    app.requests.request(other)
    await app.requests.idle()
    expect(app.store.path).toBe(other)
    const reopened = app.events.filter((e) => e.event === 'projectChanged' && e.payload.kind === 'reopened')
    expect(reopened).toHaveLength(1)
    const payload = reopened[0]!.payload as { kind: 'reopened'; session: Session }
    expect(openPath(payload.session)).toBe(other)
    expect(app.settings.recent[0]).toBe(other)
    expect(app.reports).toEqual([])

    // Asked for again while it is open: nothing is reopened.
    app.requests.request(other)
    await app.requests.idle()
    expect(app.events.filter((e) => e.event === 'projectChanged')).toHaveLength(1)
  })

  it('reports a file asked for later that cannot be opened, leaving the open project and the recent list as they were', async () => {
    const userData = await tempDir('quotemark-open-')
    const app = await startApp(userData)
    await app.handlers.getSession()
    const before = [...app.settings.recent]

    const missing = join(userData, 'Gone.quotemark.json')
    const notAProject = join(userData, 'List.quotemark.json')
    await writeFile(notAProject, JSON.stringify([1, 2, 3]))
    app.requests.request(missing)
    app.requests.request(notAProject)
    await app.requests.idle()

    expect(app.store.path).toBe(join(userData, SAMPLE_FILE_NAME))
    expect(app.reports.map((r) => r.path)).toEqual([missing, notAProject])
    expect(app.reports[0]!.error).toMatch(/does not exist/)
    expect(app.events.filter((e) => e.event === 'projectChanged')).toEqual([])
    expect(app.settings.recent).toEqual(before)
  })
})

function tmpRoot(): string {
  return process.platform === 'win32' ? 'C:\\tmp' : '/tmp'
}
