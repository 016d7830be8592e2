/** The main window: secure web preferences, our page only, links to the browser. */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_INDEX_URL } from './appProtocol'
import { hardenWebContents } from './security'

/** Built layout (electron-vite): out/main/index.js, out/preload/index.js, out/renderer/index.html. */
export const preloadPath = (): string => join(__dirname, '../preload/index.js')
/** The folder appProtocol.ts serves as quotemark-app://app/. */
export const rendererDir = (): string => join(__dirname, '../renderer')

export function createMainWindow(options: { devServerUrl?: string; openExternal: (url: string) => void }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Quotemark',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: preloadPath()
    }
  })
  hardenWebContents(win.webContents, options.openExternal)
  win.once('ready-to-show', () => win.show())
  if (options.devServerUrl) void win.loadURL(options.devServerUrl)
  else void win.loadURL(APP_INDEX_URL)
  return win
}
