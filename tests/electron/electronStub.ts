/**
 * A stand-in for the `electron` module that records what the real main and
 * preload code call on it. It does not pretend to be Electron: it keeps the
 * arguments (options, handlers, templates) so a test can check them and call
 * the handlers the code installed.
 */
import { rm } from 'node:fs/promises'
import Module, { createRequire } from 'node:module'
import { join } from 'node:path'

export type Call = { target: string; method: string; args: unknown[] }
type Listener = (...args: unknown[]) => unknown

class Recorder {
  readonly listeners = new Map<string, Listener[]>()
  constructor(
    readonly calls: Call[],
    readonly target: string
  ) {}
  record(method: string, args: unknown[]): void {
    this.calls.push({ target: this.target, method, args })
  }
  on(event: string, listener: Listener): this {
    this.record('on', [event, listener])
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    this.record('once', [event, listener])
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  removeListener(event: string, listener: Listener): this {
    this.record('removeListener', [event, listener])
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener))
    return this
  }
  /** Call the listeners the code installed, as Electron would. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
}

export class FakeWebContents extends Recorder {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  sent: { channel: string; args: unknown[] }[] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.record('setWindowOpenHandler', [handler])
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    this.record('send', [channel, ...args])
    this.sent.push({ channel, args })
  }
}

export type ElectronStub = ReturnType<typeof createElectronStub>

export function createElectronStub(options: { appPath: string; userData: string; documents: string }) {
  const calls: Call[] = []
  const paths: Record<string, string> = { userData: options.userData, documents: options.documents, home: options.documents }
  const windows: FakeBrowserWindow[] = []

  class FakeApp extends Recorder {
    isPackaged = false
    /** Becomes true as `ready` fires: before any callback the code put on whenReady() runs. */
    isReadyNow = false
    readonly ready = Promise.resolve().then(() => {
      this.isReadyNow = true
    })
    whenReady(): Promise<void> {
      this.record('whenReady', [])
      return this.ready
    }
    getPath(name: string): string {
      this.record('getPath', [name])
      const path = paths[name]
      if (!path) throw new Error(`The stand-in has no path for ${name}`)
      return path
    }
    setPath(name: string, path: string): void {
      this.record('setPath', [name, path])
      paths[name] = path
    }
    getAppPath(): string {
      this.record('getAppPath', [])
      return options.appPath
    }
    requestSingleInstanceLock(): boolean {
      this.record('requestSingleInstanceLock', [])
      return true
    }
    quit(): void {
      this.record('quit', [])
    }
  }

  class FakeBrowserWindow extends Recorder {
    readonly webContents = new FakeWebContents(calls, 'webContents')
    readonly options: Record<string, unknown>
    destroyed = false
    constructor(windowOptions: Record<string, unknown>) {
      super(calls, 'BrowserWindow')
      this.record('constructor', [windowOptions])
      this.options = windowOptions
      windows.push(this)
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((w) => !w.destroyed)
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return null
    }
    loadFile(path: string): Promise<void> {
      this.record('loadFile', [path])
      return Promise.resolve()
    }
    loadURL(url: string): Promise<void> {
      this.record('loadURL', [url])
      return Promise.resolve()
    }
    show(): void {
      this.record('show', [])
    }
    close(): void {
      this.record('close', [])
    }
    focus(): void {
      this.record('focus', [])
    }
    restore(): void {
      this.record('restore', [])
    }
    isMinimized(): boolean {
      return false
    }
    isDestroyed(): boolean {
      return this.destroyed
    }
  }

  const ipcHandlers = new Map<string, Listener>()
  const ipcMain = {
    handle(channel: string, handler: Listener): void {
      calls.push({ target: 'ipcMain', method: 'handle', args: [channel, handler] })
      // Real Electron throws on a second handler for one channel; so does the stand-in.
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      ipcHandlers.set(channel, handler)
    },
    on(channel: string, listener: Listener): void {
      calls.push({ target: 'ipcMain', method: 'on', args: [channel, listener] })
    }
  }

  const Menu = {
    buildFromTemplate(template: unknown[]): { template: unknown[] } {
      calls.push({ target: 'Menu', method: 'buildFromTemplate', args: [template] })
      return { template }
    },
    setApplicationMenu(menu: unknown): void {
      calls.push({ target: 'Menu', method: 'setApplicationMenu', args: [menu] })
    }
  }

  const dialog = {
    showSaveDialog: (...args: unknown[]) => {
      calls.push({ target: 'dialog', method: 'showSaveDialog', args })
      return Promise.resolve({ canceled: true, filePath: '' })
    },
    showOpenDialog: (...args: unknown[]) => {
      calls.push({ target: 'dialog', method: 'showOpenDialog', args })
      return Promise.resolve({ canceled: true, filePaths: [] })
    },
    showMessageBox: (...args: unknown[]) => {
      calls.push({ target: 'dialog', method: 'showMessageBox', args })
      return Promise.resolve({ response: 0 })
    }
  }

  // Electron's own rules: privileged schemes only before ready, handlers only after.
  type ProtocolHandler = (request: { url: string; method: string }) => Promise<Response> | Response
  const protocolHandlers = new Map<string, ProtocolHandler>()
  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      calls.push({ target: 'protocol', method: 'registerSchemesAsPrivileged', args: [schemes] })
      if (app.isReadyNow) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      calls.push({ target: 'protocol', method: 'handle', args: [scheme, handler] })
      if (!app.isReadyNow) throw new Error('protocol.handle cannot be called before app is ready')
      if (protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`)
      protocolHandlers.set(scheme, handler)
    }
  }

  const shell = {
    openExternal: (url: string) => {
      calls.push({ target: 'shell', method: 'openExternal', args: [url] })
      return Promise.resolve()
    }
  }

  type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void
  type PermissionCheckHandler = (...args: unknown[]) => boolean
  type Headers = Record<string, string[]>
  type HeadersReceivedHandler = (details: { responseHeaders?: Headers }, callback: (response: { responseHeaders?: Headers }) => void) => void
  const defaultSession: {
    permissionRequestHandler: PermissionRequestHandler | null
    permissionCheckHandler: PermissionCheckHandler | null
    headersReceived: HeadersReceivedHandler | null
    setPermissionRequestHandler(handler: PermissionRequestHandler): void
    setPermissionCheckHandler(handler: PermissionCheckHandler): void
    webRequest: { onHeadersReceived(handler: HeadersReceivedHandler): void }
  } = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    headersReceived: null,
    setPermissionRequestHandler(handler) {
      calls.push({ target: 'session', method: 'setPermissionRequestHandler', args: [handler] })
      defaultSession.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      calls.push({ target: 'session', method: 'setPermissionCheckHandler', args: [handler] })
      defaultSession.permissionCheckHandler = handler
    },
    webRequest: {
      onHeadersReceived(handler) {
        calls.push({ target: 'session.webRequest', method: 'onHeadersReceived', args: [handler] })
        defaultSession.headersReceived = handler
      }
    }
  }

  // For the preload.
  const ipcRenderer = new (class extends Recorder {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      this.record('invoke', [channel, ...args])
      return Promise.resolve({ channel, args })
    }
  })(calls, 'ipcRenderer')
  const exposed: Record<string, unknown> = {}
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      calls.push({ target: 'contextBridge', method: 'exposeInMainWorld', args: [key, api] })
      exposed[key] = api
    }
  }

  const app = new FakeApp(calls, 'app')
  const electron = { app, BrowserWindow: FakeBrowserWindow, ipcMain, Menu, dialog, shell, protocol, session: { defaultSession }, ipcRenderer, contextBridge }
  return { electron, calls, windows, ipcHandlers, protocolHandlers, defaultSession, exposed, app, ipcRenderer }
}

const STUB_ID = join(process.cwd(), '__electron_stand_in__.js')

/**
 * Make `require('electron')` return the stand-in for CommonJS code loaded in
 * this process (the built out/main and out/preload bundles).
 */
export function installElectronStub(electron: unknown): { require: NodeJS.Require; uninstall: () => void } {
  const ModuleInternals = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string
    new (id: string): { filename: string; loaded: boolean; exports: unknown }
  }
  const original = ModuleInternals._resolveFilename
  ModuleInternals._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    return request === 'electron' ? STUB_ID : original.call(this, request, ...rest)
  }
  const nodeRequire = createRequire(import.meta.url)
  const stubModule = new ModuleInternals(STUB_ID)
  stubModule.filename = STUB_ID
  stubModule.loaded = true
  stubModule.exports = electron
  ;(nodeRequire.cache as Record<string, unknown>)[STUB_ID] = stubModule
  return {
    require: nodeRequire,
    uninstall: () => {
      ModuleInternals._resolveFilename = original
      delete nodeRequire.cache[STUB_ID]
    }
  }
}

/**
 * Quit the stubbed app the way the tests started it: let a save started by a
 * test finish before its folder goes away, then take the stub out and the
 * data folder away.
 */
export async function stopStubbedApp(stub: ElectronStub | undefined, uninstall: () => void, dataDir: string): Promise<void> {
  stub?.app.emit('before-quit', { preventDefault: () => undefined })
  await new Promise((ok) => setTimeout(ok, 200))
  uninstall()
  delete process.env.QUOTEMARK_USER_DATA
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
}
