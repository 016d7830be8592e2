/**
 * The built main process (out/main/index.js, with the recording stand-in for
 * `electron`) opens project files the system hands it: the `.quotemark.json`
 * file association starts Quotemark with the file on its command line, a
 * second launch passes its command line to the running one, and macOS sends
 * `open-file`. Run after `npx electron-vite build`.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels, type ProjectChanged, type Session } from '../../src/core/api'
import { createElectronStub, installElectronStub, stopStubbedApp, type ElectronStub } from './electronStub'

const root = fileURLToPath(new URL('../..', import.meta.url))
const mainBundle = join(root, 'out', 'main', 'index.js')
/** The page main loads and answers (src/main/appProtocol.ts). */
const rendererUrl = 'quotemark-app://app/index.html'
const fixture = join(root, 'tests', 'fixtures', 'project-v2.quotemark.json')

let stub: ElectronStub
let uninstall: () => void = () => undefined
let dataDir: string
let launchFile: string
const argv = process.argv

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((ok) => setTimeout(ok, 10))
  }
}

function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = stub.ipcHandlers.get(channel)
  if (!handler) throw new Error(`No handler for ${channel}`)
  return Promise.resolve(handler({ senderFrame: { url: rendererUrl }, sender: {} }, ...args))
}

function reopenedPaths(): string[] {
  const sent = stub.windows[0]?.webContents.sent ?? []
  return sent
    .filter((s) => s.channel === eventChannels.projectChanged && (s.args[0] as ProjectChanged).kind === 'reopened')
    .map((s) => {
      const session = (s.args[0] as { session: Session }).session
      return session.status === 'open' ? session.path : '(none)'
    })
}

async function copyFixture(name: string): Promise<string> {
  const path = join(dataDir, 'stories', name)
  await writeFile(path, await readFile(fixture))
  return path
}

beforeAll(async () => {
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run \`npx electron-vite build\` before the shell tests.`)
  dataDir = await mkdtemp(join(tmpdir(), 'quotemark-open-file-'))
  await mkdir(join(dataDir, 'stories'))
  launchFile = await copyFixture('Launch story.quotemark.json')
  stub = createElectronStub({ appPath: root, userData: join(dataDir, 'default-user-data'), documents: join(dataDir, 'documents') })
  process.env.QUOTEMARK_USER_DATA = join(dataDir, 'user-data')
  delete process.env.ELECTRON_RENDERER_URL
  // What the file association runs: `Quotemark <file>` (a relative name, as a shell would pass it).
  process.argv = ['/opt/Quotemark/quotemark', '--no-sandbox', 'Launch story.quotemark.json']
  const cwd = vi.spyOn(process, 'cwd').mockReturnValue(join(dataDir, 'stories'))
  const installed = installElectronStub(stub.electron)
  uninstall = installed.uninstall
  try {
    installed.require(mainBundle)
  } finally {
    process.argv = argv
    cwd.mockRestore()
  }
  await waitFor(() => stub.windows.length > 0, 'the main window')
})

afterAll(() => stopStubbedApp(stub, uninstall, dataDir))

describe('project files handed over by the system', () => {
  it('opens the file named on the command line as the first session', async () => {
    const session = (await invoke(invokeChannels.getSession)) as Session
    expect(session.status === 'open' && session.path).toBe(launchFile)
    expect(await invoke(invokeChannels.listRecent)).toEqual([launchFile])
  })

  it('opens a file passed on by a second launch in the running window', async () => {
    const second = await copyFixture('Second story.quotemark.json')
    stub.app.emit('second-instance', {}, ['/opt/Quotemark/quotemark', pathToFileURL(second).href], '/')
    await waitFor(() => reopenedPaths().includes(second), 'the second file to open')
    expect(stub.calls.filter((c) => c.target === 'BrowserWindow' && c.method === 'focus').length).toBeGreaterThan(0)
    expect(((await invoke(invokeChannels.listRecent)) as string[])[0]).toBe(second)
  })

  it('opens a file from macOS open-file, and ignores command lines without a project file', async () => {
    const third = await copyFixture('Third story.quotemark.json')
    const event = { preventDefault: vi.fn() }
    stub.app.emit('open-file', event, third)
    expect(event.preventDefault).toHaveBeenCalled()
    await waitFor(() => reopenedPaths().includes(third), 'the open-file file to open')

    const before = reopenedPaths().length
    stub.app.emit('second-instance', {}, ['/opt/Quotemark/quotemark', '--inspect', '/etc/passwd'], '/')
    await new Promise((ok) => setTimeout(ok, 100))
    expect(reopenedPaths()).toHaveLength(before)
  })

  it('tells the user when a handed-over file cannot be opened, and keeps the open project', async () => {
    const broken = join(dataDir, 'stories', 'Broken.quotemark.json')
    await writeFile(broken, 'not json')
    stub.app.emit('second-instance', {}, ['/opt/Quotemark/quotemark', broken], '/')
    await waitFor(() => stub.calls.some((c) => c.target === 'dialog' && c.method === 'showMessageBox'), 'the error dialog')
    const box = stub.calls.find((c) => c.target === 'dialog' && c.method === 'showMessageBox')!
    // showMessageBox(window, options): the message names the file, the detail says why.
    const options = box.args.at(-1) as { type: string; message: string; detail: string }
    expect(options.type).toBe('error')
    expect(options.message).toContain('Broken.quotemark.json')
    expect(options.detail).toMatch(/\S/)
    const session = (await invoke(invokeChannels.getSession)) as Session
    expect(session.status === 'open' && session.path).toMatch(/Third story\.quotemark\.json$/)
    expect(await invoke(invokeChannels.listRecent)).not.toContain(broken)
  })
})
