/**
 * The Electron shell: window, menu, IPC registration, saving on the way out.
 * The work itself is in handlers/ (plain functions over ProjectStore and
 * Settings, called through dispatch.ts); this file only connects them to Electron.
 */
import { basename, join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent } from 'electron'
import { eventChannels, invokeChannels, type Emit, type Handlers, type InvokeApi, type MenuCommand } from '../core/api'
import { APP_INDEX_URL, APP_SCHEME, appSchemePrivileges, serveRendererFile } from './appProtocol'
import { dispatch } from './dispatch'
import { createElectronDialogs } from './electronDialogs'
import { createHandlerSet } from './handlers'
import { buildMenuTemplate } from './menu'
import { OpenRequests, projectPathInArgv } from './openRequests'
import { workerReader } from './offThread'
import { ProjectStore } from './projectStore'
import { electronQuoteSheetPrinter } from './quoteSheetPrinter'
import { hardenSession, hardenWebContents, isHttpUrl, isTrustedSenderUrl } from './security'
import { Settings } from './settings'
import { createMainWindow, rendererDir } from './window'

// Tests (and people keeping two setups apart) choose where settings and the sample live.
if (process.env.QUOTEMARK_USER_DATA) app.setPath('userData', resolve(process.env.QUOTEMARK_USER_DATA))
// The page's own origin (appProtocol.ts), which Electron takes only before `ready`.
protocol.registerSchemesAsPrivileged([appSchemePrivileges])

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined
// Project files and article files are read in a worker beside main's bundle (out/main/parseWorker.js), so the window never waits on one.
const reader = workerReader(join(__dirname, 'parseWorker.js'))
const store = new ProjectStore({ parser: reader.parse })
/** Project files the system asks us to open (file association, command line, macOS open-file). */
const openRequests = new OpenRequests()
let mainWindow: BrowserWindow | null = null

function liveWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
}

function openExternal(url: string): void {
  if (isHttpUrl(url)) shell.openExternal(url).catch(() => undefined)
}

const emit: Emit = (event, payload) => {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(eventChannels[event], payload)
  }
}

function reportOpenFailure(path: string, error: string): void {
  const options = { type: 'error' as const, message: `Quotemark could not open ${basename(path)}.`, detail: error }
  const win = liveWindow()
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))
}

function sendMenuCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? liveWindow()
  if (win) win.webContents.send(eventChannels.menuCommand, command)
}

let leaveWithoutSaving = false

/** Save before quitting or closing; if saving fails, ask whether to leave anyway. */
async function saveBeforeLeaving(): Promise<boolean> {
  if (leaveWithoutSaving) return true
  try {
    await store.flush()
    return true
  } catch (err) {
    const options = {
      type: 'warning' as const,
      buttons: ['Keep Quotemark Open', 'Close Without Saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your latest changes could not be saved.',
      detail: `${(err as Error).message}\n\nKeep Quotemark open and use File › Save As… to save the project somewhere else.`
    }
    const win = liveWindow()
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
    leaveWithoutSaving = response === 1
    return leaveWithoutSaving
  }
}

/** What runs beside the open project (the team sync), stopped before quitting; set once the handlers exist. */
let stopServices: () => Promise<void> = () => Promise.resolve()

function start(): void {
  const handlersReady: Promise<Handlers> = app.whenReady().then(async () => {
    const userData = app.getPath('userData')
    const settings = await Settings.load(userData)
    const { handlers, openFile, stop } = createHandlerSet({
      store,
      settings,
      dialogs: createElectronDialogs(liveWindow, () => store.path),
      emit,
      seedsDir: join(app.getAppPath(), 'seeds'),
      sampleDir: userData,
      importFile: reader.importFile,
      printer: electronQuoteSheetPrinter()
    })
    stopServices = stop
    return openRequests.attach(handlers, { settings, openPath: () => store.path, openFile, emit, report: reportOpenFailure })
  })

  // One handler per channel of the contract, each checking that the message comes from our page.
  const trustedUrl = APP_INDEX_URL
  for (const key of Object.keys(invokeChannels) as (keyof InvokeApi)[]) {
    const channel = invokeChannels[key]
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, trustedUrl, devServerUrl)) {
        throw new Error(`Refused ${channel}: the request did not come from Quotemark's window.`)
      }
      return dispatch(await handlersReady, key, args)
    })
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal))

  let quitting = false
  app.on('before-quit', (event) => {
    if (quitting) return
    event.preventDefault()
    void saveBeforeLeaving().then(async (leave) => {
      if (!leave) return
      quitting = true
      await stopServices().catch(() => undefined)
      await store.dispose()
      app.quit()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let ready = false
  function showWindow(): void {
    const win = liveWindow()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    } else if (ready && process.platform === 'darwin') {
      openWindow()
    }
  }

  // A project file on the command line: what the file association runs, `Quotemark <file>`.
  const launchPath = projectPathInArgv(process.argv, process.cwd())
  if (launchPath) openRequests.request(launchPath)
  // A second launch (another file double-clicked) hands its command line to this one.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathInArgv(argv, workingDirectory)
    if (path) openRequests.request(path)
    showWindow()
  })
  // macOS hands over a double-clicked (or "Open With") file this way, before `ready` too when it launched us for it.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openRequests.request(path)
    showWindow()
  })

  function openWindow(): void {
    const win = createMainWindow({ devServerUrl, openExternal })
    let closing = false
    win.on('close', (event) => {
      if (closing || (!store.hasUnsavedChanges && store.saveStatus.state !== 'saving')) return
      event.preventDefault()
      void saveBeforeLeaving().then((leave) => {
        if (!leave) return
        closing = true
        win.close()
      })
    })
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null
    })
    mainWindow = win
  }

  void app.whenReady().then(() => {
    ready = true
    hardenSession(session.defaultSession, { csp: !devServerUrl })
    protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir(), request))
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendMenuCommand, process.platform)))
    openWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })
}

// One Quotemark per data folder: two processes saving the same project would overwrite each other.
if (app.requestSingleInstanceLock()) start()
else app.quit()
