/**
 * The built Electron shell (out/main/index.js, out/preload/index.js) loaded in
 * Node with a recording stand-in for `electron`. Everything checked here is a
 * call the real bundle made. Run after `npx electron-vite build`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels, menuCommands, type Session } from '../../src/core/api'
import { createElectronStub, FakeWebContents, installElectronStub, stopStubbedApp, type ElectronStub } from './electronStub'

const root = fileURLToPath(new URL('../..', import.meta.url))
const out = join(root, 'out')
const mainBundle = join(out, 'main', 'index.js')
const preloadBundle = join(out, 'preload', 'index.js')
const rendererIndex = join(out, 'renderer', 'index.html')
/** The page the window loads, served by main from out/renderer (src/main/appProtocol.ts). */
const APP_PAGE = 'quotemark-app://app/index.html'

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

type MenuItem = { label?: string; role?: string; accelerator?: string; click?: (...args: unknown[]) => void; submenu?: MenuItem[]; type?: string }

let stub: ElectronStub
let uninstall: () => void = () => undefined
let dataDir: string

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((ok) => setTimeout(ok, 10))
  }
}

function flatten(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])])
}

function mainWindow() {
  const win = stub.windows[0]
  if (!win) throw new Error('The shell created no window')
  return win
}

function menuItems(): MenuItem[] {
  const built = stub.calls.filter((c) => c.target === 'Menu' && c.method === 'buildFromTemplate')
  expect(built).toHaveLength(1)
  return flatten(built[0]!.args[0] as MenuItem[])
}

function invokeAs(frameUrl: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = stub.ipcHandlers.get(channel)
  if (!handler) throw new Error(`No handler for ${channel}`)
  return Promise.resolve(handler({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender: {} }, ...args))
}

beforeAll(async () => {
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run \`npx electron-vite build\` before the shell tests.`)
  dataDir = await mkdtemp(join(tmpdir(), 'quotemark-shell-'))
  stub = createElectronStub({ appPath: root, userData: join(dataDir, 'default-user-data'), documents: join(dataDir, 'documents') })
  process.env.QUOTEMARK_USER_DATA = join(dataDir, 'user-data')
  delete process.env.ELECTRON_RENDERER_URL
  const installed = installElectronStub(stub.electron)
  uninstall = installed.uninstall
  installed.require(mainBundle)
  await waitFor(() => stub.windows.length > 0, 'the main window')
})

afterAll(() => stopStubbedApp(stub, uninstall, dataDir))

describe('the built main process', () => {
  it('creates its window with the secure web preferences', () => {
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    for (const risky of ['nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures']) {
      expect(prefs[risky], risky).not.toBe(true)
    }
  })

  it('points the window at a preload in out/ and loads the page from its own origin, not from file://', () => {
    const prefs = mainWindow().options.webPreferences as { preload: string }
    expect(resolve(prefs.preload)).toBe(preloadBundle)
    expect(existsSync(prefs.preload)).toBe(true)
    const loads = stub.calls.filter((c) => c.target === 'BrowserWindow' && (c.method === 'loadFile' || c.method === 'loadURL'))
    expect(loads.map((c) => [c.method, c.args[0]])).toEqual([['loadURL', APP_PAGE]])
    expect(existsSync(rendererIndex), 'out/renderer/index.html (build the renderer)').toBe(true)
  })

  it('keeps its settings and sample in the folder named by QUOTEMARK_USER_DATA', () => {
    expect(stub.calls).toContainEqual({ target: 'app', method: 'setPath', args: ['userData', join(dataDir, 'user-data')] })
  })

  it('registers exactly one IPC handler for every channel of the contract and no other', () => {
    const registered = stub.calls.filter((c) => c.target === 'ipcMain').map((c) => `${c.method} ${String(c.args[0])}`)
    expect(registered.sort()).toEqual(Object.values(invokeChannels).map((channel) => `handle ${channel}`).sort())
  })

  it('answers our own page through the real handlers: the first session is the sample with its two articles', async () => {
    const session = (await invokeAs(`${APP_PAGE}#/desk`, invokeChannels.getSession)) as Session
    expect(session.status).toBe('open')
    if (session.status !== 'open') return
    expect(session.path).toBe(join(dataDir, 'user-data', 'Sample.quotemark.json'))
    expect(session.project.articles).toHaveLength(2)
    expect(existsSync(session.path)).toBe(true)
  })

  it('refuses IPC from any page that is not our renderer', async () => {
    await expect(invokeAs('https://evil.example/index.html', invokeChannels.listRecent)).rejects.toThrow(/did not come from Quotemark's window/)
    await expect(invokeAs(pathToFileURL(join(root, 'evil.html')).href, invokeChannels.openExternal, 'https://x.example')).rejects.toThrow(/Refused/)
    // Not even our own index.html opened as a file, nor another page of our origin.
    await expect(invokeAs(pathToFileURL(rendererIndex).href, invokeChannels.listRecent)).rejects.toThrow(/Refused/)
    await expect(invokeAs('quotemark-app://app/other.html', invokeChannels.listRecent)).rejects.toThrow(/Refused/)
    await expect(invokeAs('quotemark-app://evil/index.html', invokeChannels.listRecent)).rejects.toThrow(/Refused/)
    await expect(invokeAs(null, invokeChannels.getSession)).rejects.toThrow(/Refused/)
  })

  it('refuses a call from our own page whose arguments do not fit the channel, before any handler runs', async () => {
    const ours = APP_PAGE
    await expect(invokeAs(ours, invokeChannels.openRecent, { path: '/etc/passwd' })).rejects.toThrow(/^Refused openRecent: argument 0/)
    await expect(invokeAs(ours, invokeChannels.exportAnnotations, { format: 'exe' })).rejects.toThrow(/^Refused exportAnnotations/)
  })

  it('has a menu with the accelerators, and its items only tell the window what was chosen', () => {
    const items = menuItems()
    const byAccelerator = Object.fromEntries(items.filter((i) => i.accelerator).map((i) => [i.accelerator, i.label]))
    expect(byAccelerator).toMatchObject({
      'CmdOrCtrl+N': expect.stringMatching(/^New/),
      'CmdOrCtrl+O': expect.stringMatching(/^Open/),
      'CmdOrCtrl+Shift+S': expect.stringMatching(/^Save As/),
      'CmdOrCtrl+I': expect.stringMatching(/^Import Articles/),
      'CmdOrCtrl+W': expect.stringMatching(/^Close/),
      'CmdOrCtrl+Z': 'Undo',
      'CmdOrCtrl+Shift+Z': 'Redo',
      'CmdOrCtrl+Shift+G': 'Suggest Quotes in This Article'
    })
    const undo = items.find((i) => i.label === 'Undo')!
    const redo = items.find((i) => i.label === 'Redo')!
    expect(undo.role).toBeUndefined()
    expect(redo.role).toBeUndefined()
    expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['togglefullscreen', 'windowMenu', 'copy']))
    expect(stub.calls.filter((c) => c.target === 'Menu' && c.method === 'setApplicationMenu')).toHaveLength(1)

    const win = mainWindow()
    win.webContents.sent.length = 0
    for (const item of items.filter((i) => i.click)) item.click!(item, win, {})
    const sent = win.webContents.sent.map((s) => [s.channel, ...s.args])
    expect(sent.every(([channel]) => channel === eventChannels.menuCommand)).toBe(true)
    expect(sent.map(([, command]) => command).sort()).toEqual([...menuCommands].sort())
    // No menu item does the work itself.
    expect(stub.calls.filter((c) => c.target === 'dialog')).toHaveLength(0)
  })

  it('blocks navigation away from the app and sends web links to the browser', () => {
    const contents = mainWindow().webContents
    const [willNavigate] = contents.listeners.get('will-navigate') ?? []
    expect(willNavigate).toBeTypeOf('function')
    const opened = () => stub.calls.filter((c) => c.target === 'shell' && c.method === 'openExternal').map((c) => c.args[0])

    const web = { preventDefault: vi.fn() }
    willNavigate!(web, 'https://www.bbc.co.uk/news')
    expect(web.preventDefault).toHaveBeenCalled()
    expect(opened()).toContain('https://www.bbc.co.uk/news')

    const local = { preventDefault: vi.fn() }
    willNavigate!(local, 'file:///etc/passwd')
    expect(local.preventDefault).toHaveBeenCalled()
    expect(opened()).not.toContain('file:///etc/passwd')
  })

  it('hardens any other web contents too, and the window only once', () => {
    const other = new FakeWebContents(stub.calls, 'webContents')
    stub.app.emit('web-contents-created', {}, other)
    expect(other.listeners.get('will-navigate')).toHaveLength(1)
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    stub.app.emit('web-contents-created', {}, mainWindow().webContents)
    expect(mainWindow().webContents.listeners.get('will-navigate')).toHaveLength(1)
  })

  it('denies every new window, opening only http(s) links outside', () => {
    const handler = mainWindow().webContents.windowOpenHandler
    expect(handler).toBeTypeOf('function')
    expect(handler!({ url: 'https://www.nytimes.com/' })).toEqual({ action: 'deny' })
    expect(handler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    const opened = stub.calls.filter((c) => c.target === 'shell').map((c) => c.args[0])
    expect(opened).toContain('https://www.nytimes.com/')
    expect(opened).not.toContain('javascript:alert(1)')
  })

  it('denies every permission request and check', () => {
    const request = stub.defaultSession.permissionRequestHandler
    expect(request).toBeTypeOf('function')
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request!({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(stub.defaultSession.permissionCheckHandler?.({}, 'media', 'file://', {})).toBe(false)
  })

  it('adds the strict Content-Security-Policy header to responses', () => {
    const onHeaders = stub.defaultSession.headersReceived
    expect(onHeaders).toBeTypeOf('function')
    const callback = vi.fn()
    onHeaders!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] } })
  })

  it('saves before quitting: quit waits for the save, then goes ahead', async () => {
    const event = { preventDefault: vi.fn() }
    const quitsBefore = stub.calls.filter((c) => c.target === 'app' && c.method === 'quit').length
    stub.app.emit('before-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await waitFor(() => stub.calls.filter((c) => c.target === 'app' && c.method === 'quit').length > quitsBefore, 'app.quit after the save')
    // The second before-quit (from that app.quit) lets the quit through.
    const again = { preventDefault: vi.fn() }
    stub.app.emit('before-quit', again)
    expect(again.preventDefault).not.toHaveBeenCalled()
    expect(mainWindow().listeners.get('close')).toHaveLength(1)
  })
})

describe("the page's own origin, quotemark-app://app", () => {
  function serve(url: string, method = 'GET'): Promise<Response> {
    const handler = stub.protocolHandlers.get('quotemark-app')
    if (!handler) throw new Error('main handles no quotemark-app scheme')
    return Promise.resolve(handler({ url, method }))
  }

  it('is registered as a privileged (standard, secure) scheme before ready, and handled once ready', () => {
    const protocolCalls = stub.calls.filter((c) => c.target === 'protocol').map((c) => [c.method, c.args[0]])
    expect(protocolCalls).toEqual([
      ['registerSchemesAsPrivileged', [{ scheme: 'quotemark-app', privileges: expect.objectContaining({ standard: true, secure: true }) }]],
      ['handle', 'quotemark-app']
    ])
    const [registered] = stub.calls.find((c) => c.method === 'registerSchemesAsPrivileged')!.args as [{ privileges: Record<string, unknown> }[]]
    // Nothing that would let another origin read it, or let it skip the page's CSP.
    for (const risky of ['corsEnabled', 'bypassCSP', 'allowServiceWorkers']) expect(registered[0]!.privileges[risky], risky).not.toBe(true)
    // Registered before the window was made, which loads the page from it.
    const order = stub.calls.map((c) => `${c.target}.${c.method}`)
    expect(order.indexOf('protocol.handle')).toBeLessThan(order.indexOf('BrowserWindow.loadURL'))
  })

  it('serves the built index.html with its type and the CSP, and every script and stylesheet it names', async () => {
    const page = await serve(APP_PAGE)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CSP)
    const html = await page.text()
    expect(html).toBe(readFileSync(rendererIndex, 'utf8'))
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!)
    expect(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css'))).toBe(true)
    const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' }
    for (const asset of assets) {
      const response = await serve(`quotemark-app://app/${asset}`)
      expect(response.status, asset).toBe(200)
      expect(response.headers.get('content-type'), asset).toBe(types[asset.split('.').pop()!])
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(out, 'renderer', asset))), asset).toBe(true)
    }
  })

  it('serves nothing outside out/renderer, no folder listing, no other host or method: a 404', async () => {
    const refused = [
      'quotemark-app://app/../main/index.js',
      'quotemark-app://app/%2e%2e/main/index.js',
      'quotemark-app://app/..%2fmain%2findex.js',
      'quotemark-app://app/assets/..%2F..%2F..%2Fpackage.json',
      'quotemark-app://app/%2F..%2F..%2Fpackage.json',
      'quotemark-app://app/..%5C..%5Cpackage.json',
      `quotemark-app://app/${encodeURIComponent(join(root, 'package.json'))}`,
      'quotemark-app://app/%2Fetc%2Fpasswd',
      'quotemark-app://app/index.html%00.png',
      'quotemark-app://app/%E0%A4%A',
      'quotemark-app://app/',
      'quotemark-app://app/assets/',
      'quotemark-app://app/assets',
      'quotemark-app://app/missing.js',
      'quotemark-app://other/index.html',
      'quotemark-app://app.evil/index.html'
    ]
    for (const url of refused) {
      const response = await serve(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).toBe('Not found')
    }
    expect((await serve(APP_PAGE, 'POST')).status).toBe(404)
  })
})

describe('the built preload', () => {
  it('requires nothing but electron (a sandboxed preload cannot load anything else)', () => {
    const source = readFileSync(preloadBundle, 'utf8')
    const required = [...source.matchAll(/require\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2])
    expect(required).toEqual(['electron'])
  })

  it('exposes one function per channel and the three subscriptions under window.quotemark, and never ipcRenderer', async () => {
    const installed = installElectronStub(stub.electron)
    installed.require(preloadBundle)
    const exposes = stub.calls.filter((c) => c.target === 'contextBridge')
    expect(exposes.map((c) => c.args[0])).toEqual(['quotemark'])
    const api = stub.exposed.quotemark as Record<string, (...args: unknown[]) => unknown>
    expect(Object.keys(api).sort()).toEqual([...Object.keys(invokeChannels), 'onMenuCommand', 'onProjectChanged', 'onSaveStatus', 'onTeamStatus'].sort())
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)

    for (const [key, channel] of Object.entries(invokeChannels)) {
      if (key === 'openExternal') continue
      await expect(api[key]!('a', 2)).resolves.toEqual({ channel, args: ['a', 2] })
    }

    const listener = vi.fn()
    const unsubscribe = api.onSaveStatus!(listener) as () => void
    stub.ipcRenderer.emit(eventChannels.saveStatus, { sender: 'the IpcRendererEvent' }, { state: 'saved' })
    expect(listener).toHaveBeenCalledWith({ state: 'saved' })
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    stub.ipcRenderer.emit(eventChannels.saveStatus, {}, { state: 'error' })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('sends a link to main only while the user has just clicked or pressed a key, and answers false otherwise', async () => {
    const api = stub.exposed.quotemark as { openExternal: (url: string) => Promise<unknown> }
    const openCalls = () => stub.calls.filter((c) => c.target === 'ipcRenderer' && c.args[0] === invokeChannels.openExternal)
    const before = openCalls().length
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    const setActivation = (userActivation: unknown) =>
      Object.defineProperty(globalThis, 'navigator', { value: userActivation === undefined ? {} : { userActivation }, configurable: true, writable: true })
    try {
      setActivation(undefined)
      await expect(api.openExternal('https://example.org/')).resolves.toBe(false)
      setActivation({ isActive: false, hasBeenActive: true })
      await expect(api.openExternal('https://example.org/')).resolves.toBe(false)
      expect(openCalls()).toHaveLength(before)
      setActivation({ isActive: true, hasBeenActive: true })
      await expect(api.openExternal('https://example.org/')).resolves.toEqual({ channel: invokeChannels.openExternal, args: ['https://example.org/'] })
      expect(openCalls()).toHaveLength(before + 1)
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original)
      else delete (globalThis as { navigator?: unknown }).navigator
    }
  })
})
