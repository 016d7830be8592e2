/**
 * The only bridge between the page and main: one function per channel of the
 * contract, plus event subscriptions. ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { eventChannels, invokeChannels, type EventMap, type InvokeApi, type QuotemarkApi, type Unsubscribe } from '../core/api'

function invoke<K extends keyof InvokeApi>(key: K): InvokeApi[K] {
  const channel = invokeChannels[key]
  return ((...args: unknown[]) => ipcRenderer.invoke(channel, ...args)) as InvokeApi[K]
}

function subscribe<K extends keyof EventMap>(event: K): (listener: (payload: EventMap[K]) => void) => Unsubscribe {
  const channel = eventChannels[event]
  return (listener) => {
    // The page gets the payload only, never the IpcRendererEvent (it carries `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: EventMap[K]): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }
}

const api = {
  getSession: invoke('getSession'),
  newProject: invoke('newProject'),
  openProject: invoke('openProject'),
  openRecent: invoke('openRecent'),
  openSample: invoke('openSample'),
  saveProjectAs: invoke('saveProjectAs'),
  closeProject: invoke('closeProject'),
  listRecent: invoke('listRecent'),
  applyCommand: invoke('applyCommand'),
  importArticles: invoke('importArticles'),
  importDroppedFiles: invoke('importDroppedFiles'),
  openExternal: invoke('openExternal'),
  setAuthor: invoke('setAuthor'),
  exportAnnotations: invoke('exportAnnotations'),
  copyText: invoke('copyText'),
  listBackups: invoke('listBackups'),
  restoreBackup: invoke('restoreBackup'),
  mergeProject: invoke('mergeProject'),
  updateArticle: invoke('updateArticle'),
  updateArticleFromText: invoke('updateArticleFromText'),
  onProjectChanged: subscribe('projectChanged'),
  onSaveStatus: subscribe('saveStatus'),
  onMenuCommand: subscribe('menuCommand')
} satisfies QuotemarkApi

contextBridge.exposeInMainWorld('quotemark', api)
