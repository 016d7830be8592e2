/**
 * The one contract between the window and main. Every channel is declared
 * here once: main registers one handler per key of `invokeChannels`, the
 * preload exposes one function per channel, and the end-to-end harness
 * bridges the same handlers into a plain browser page.
 */
import type { Command } from './commands'
import type { ExportFormat } from './export'
import type { Article, Project } from './schema'

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error'
export type SaveStatus = { state: SaveState; error?: string; savedAt?: string }

export type OpenSession = {
  status: 'open'
  path: string
  project: Project
  revision: number
  save: SaveStatus
  /** The name new tags carry, from app settings; never stored as a setting in the project file. */
  author: string
  /** False until the user has been asked for their name once. */
  authorConfirmed: boolean
  /** A message for the user about how this project came to be open (e.g. a file that failed to open). */
  notice?: string
}
export type Session = OpenSession | { status: 'none'; author: string; authorConfirmed: boolean; notice?: string }
export type AuthorResult = { ok: true; author: string } | { ok: false; error: string }

export type OpenResult = { ok: true; session: OpenSession } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; error: string }
export type CommandResult = { ok: true; revision: number } | { ok: false; error: string; revision: number }
export type ImportResult =
  | { ok: true; articles: Article[]; revision: number; skipped: string[] }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: string }
export type DroppedFile = { name: string; content: string }
export type ExportRequest = { format: ExportFormat; /** The tags to export; all of the project's when absent. */ annotationIds?: string[]; /** Names the file: "all", "filter" or an article title. */ scopeLabel?: string }
export type ExportResult = { ok: true; path: string; count: number } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; error: string }

/** What main pushes after a change: small, never the whole project. */
export type ProjectChanged =
  | { kind: 'command'; revision: number; command: Command }
  | { kind: 'articles-added'; revision: number; articles: Article[] }
  | { kind: 'reopened'; session: Session }

export const menuCommands = ['new', 'open', 'saveAs', 'import', 'export', 'close', 'undo', 'redo', 'openSample'] as const
export type MenuCommand = (typeof menuCommands)[number]

export interface InvokeApi {
  getSession(): Promise<Session>
  newProject(): Promise<OpenResult>
  openProject(): Promise<OpenResult>
  openRecent(path: string): Promise<OpenResult>
  openSample(): Promise<OpenResult>
  saveProjectAs(): Promise<OpenResult>
  closeProject(): Promise<Session>
  listRecent(): Promise<string[]>
  applyCommand(command: Command): Promise<CommandResult>
  importArticles(): Promise<ImportResult>
  importDroppedFiles(files: DroppedFile[]): Promise<ImportResult>
  openExternal(url: string): Promise<boolean>
  setAuthor(name: string): Promise<AuthorResult>
  exportAnnotations(request: ExportRequest): Promise<ExportResult>
  copyText(text: string): Promise<boolean>
}

export interface EventMap {
  projectChanged: ProjectChanged
  saveStatus: SaveStatus
  menuCommand: MenuCommand
}

export const invokeChannels = {
  getSession: 'session:get',
  newProject: 'project:new',
  openProject: 'project:open',
  openRecent: 'project:open-recent',
  openSample: 'project:open-sample',
  saveProjectAs: 'project:save-as',
  closeProject: 'project:close',
  listRecent: 'project:recent',
  applyCommand: 'project:command',
  importArticles: 'article:import',
  importDroppedFiles: 'article:import-dropped',
  openExternal: 'shell:open-external',
  setAuthor: 'settings:set-author',
  exportAnnotations: 'export:annotations',
  copyText: 'clipboard:write-text'
} as const satisfies Record<keyof InvokeApi, string>

export const eventChannels = {
  projectChanged: 'event:project-changed',
  saveStatus: 'event:save-status',
  menuCommand: 'event:menu-command'
} as const satisfies Record<keyof EventMap, string>

export type Unsubscribe = () => void

export interface QuotemarkApi extends InvokeApi {
  onProjectChanged(listener: (payload: ProjectChanged) => void): Unsubscribe
  onSaveStatus(listener: (payload: SaveStatus) => void): Unsubscribe
  onMenuCommand(listener: (payload: MenuCommand) => void): Unsubscribe
}

/** The main-side implementation of every channel: plain functions, no Electron. */
export type Handlers = { [K in keyof InvokeApi]: (...args: Parameters<InvokeApi[K]>) => ReturnType<InvokeApi[K]> }

export type Emit = <K extends keyof EventMap>(event: K, payload: EventMap[K]) => void
