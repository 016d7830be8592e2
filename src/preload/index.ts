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

/**
 * A link opens only from a user's click or key press (the frame's transient
 * user activation): script on its own, were any ever to run in the page,
 * cannot open one. Without that gesture the call is not sent and answers false.
 */
const openExternal = invoke('openExternal')
function openExternalOnGesture(url: string): Promise<boolean> {
  const { navigator } = globalThis as { navigator?: { userActivation?: { isActive: boolean } } }
  return navigator?.userActivation?.isActive === true ? openExternal(url) : Promise.resolve(false)
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
  importUrl: invoke('importUrl'),
  openExternal: openExternalOnGesture,
  setAuthor: invoke('setAuthor'),
  getTextSize: invoke('getTextSize'),
  setTextSize: invoke('setTextSize'),
  exportAnnotations: invoke('exportAnnotations'),
  copyText: invoke('copyText'),
  printQuoteSheet: invoke('printQuoteSheet'),
  listBackups: invoke('listBackups'),
  restoreBackup: invoke('restoreBackup'),
  previewMerge: invoke('previewMerge'),
  applyMerge: invoke('applyMerge'),
  updateArticle: invoke('updateArticle'),
  updateArticleFromText: invoke('updateArticleFromText'),
  shareWithTeam: invoke('shareWithTeam'),
  joinTeamProject: invoke('joinTeamProject'),
  leaveTeam: invoke('leaveTeam'),
  getTeamStatus: invoke('getTeamStatus'),
  setTeamPresence: invoke('setTeamPresence'),
  findStatements: invoke('findStatements'),
  importSource: invoke('importSource'),
  importDroppedSource: invoke('importDroppedSource'),
  checkQuotes: invoke('checkQuotes'),
  onProjectChanged: subscribe('projectChanged'),
  onSaveStatus: subscribe('saveStatus'),
  onMenuCommand: subscribe('menuCommand'),
  onTeamStatus: subscribe('teamStatus')
} satisfies QuotemarkApi

contextBridge.exposeInMainWorld('quotemark', api)
