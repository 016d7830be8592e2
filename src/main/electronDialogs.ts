/** The Dialogs interface answered by Electron's native dialogs. */
import { basename, dirname, join } from 'node:path'
import { app, clipboard, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { Dialogs } from './dialogs'
import { isHttpUrl } from './security'

// macOS panels match only the last part of an extension, so "quotemark.json" would grey out every project there.
const projectExtensions = process.platform === 'darwin' ? ['json'] : ['quotemark.json']
const projectFilters = [{ name: 'Quotemark projects', extensions: projectExtensions }]

export function createElectronDialogs(getWindow: () => BrowserWindow | null, getProjectPath: () => string | null): Dialogs {
  async function save(options: SaveDialogOptions): Promise<string | null> {
    const win = getWindow()
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  async function open(options: OpenDialogOptions): Promise<string[]> {
    const win = getWindow()
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  }
  function defaultFolder(): string {
    const current = getProjectPath()
    return current ? dirname(current) : app.getPath('documents')
  }

  return {
    chooseNewProjectPath: () =>
      save({
        title: 'New Project',
        buttonLabel: 'Create',
        defaultPath: join(defaultFolder(), 'Untitled.quotemark.json'),
        filters: projectFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation']
      }),
    chooseProjectToOpen: async () => {
      const [path] = await open({ title: 'Open Project', defaultPath: defaultFolder(), filters: projectFilters, properties: ['openFile'] })
      return path ?? null
    },
    chooseSaveAsPath: () => {
      const current = getProjectPath()
      const name = current ? basename(current).replace(/(\.quotemark)?\.json$/i, '') + ' copy.quotemark.json' : 'Untitled.quotemark.json'
      return save({
        title: 'Save Project As',
        defaultPath: join(defaultFolder(), name),
        filters: projectFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
    },
    chooseProjectToMerge: async () => {
      const [path] = await open({
        title: "Merge a Colleague's Project",
        buttonLabel: 'Merge',
        defaultPath: defaultFolder(),
        filters: projectFilters,
        properties: ['openFile']
      })
      return path ?? null
    },
    chooseArticles: () =>
      open({
        title: 'Import Articles',
        buttonLabel: 'Import',
        filters: [{ name: 'Articles (text, Markdown, web pages, PDF, Word, subtitles)', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx', 'vtt', 'srt'] }],
        properties: ['openFile', 'multiSelections']
      }),
    openExternal: async (url) => {
      if (isHttpUrl(url)) await shell.openExternal(url)
    },
    chooseExportPath: (suggestedName, folder) =>
      save({
        title: 'Export Tags',
        buttonLabel: 'Export',
        defaultPath: join(folder ?? defaultFolder(), suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation']
      }),
    writeClipboard: async (text) => clipboard.writeText(text)
  }
}
