/**
 * The one contract between the window and main. Every channel is declared
 * here once: main registers one handler per key of `invokeChannels`, the
 * preload exposes one function per channel, and the end-to-end harness
 * bridges the same handlers into a plain browser page.
 */
import type { Command } from './commands'
import type { ArticleUpdateSummary } from './edits'
import type { ExportFormat } from './export'
import type { MergeSummary } from './merge'
import type { Article, Project, SourceDocument } from './schema'
import type { StatementsFound } from './statements/statements'
import type { CheckResult } from './verify/check'

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
  /** Set (the reason, in words) when the file may be read but not changed: made by a newer Quotemark. */
  readOnly?: string
  /** A message for the user about how this project came to be open (e.g. a file that failed to open). */
  notice?: string
  /** Tags found only approximately in edited text when the file was opened, for the reporter to check (set when there are any). */
  fuzzyIds?: string[]
}
export type Session = OpenSession | { status: 'none'; author: string; authorConfirmed: boolean; notice?: string }
export type AuthorResult = { ok: true; author: string } | { ok: false; error: string }

export type OpenResult = { ok: true; session: OpenSession } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; error: string }
/** `commandId` names the command it answers: the window's own id for its commands, main's for the ones it made (merge, update). */
export type CommandResult = { ok: true; revision: number; commandId: string } | { ok: false; error: string; revision: number; commandId: string }
export type ImportResult =
  /** `command` (null when nothing was added) has been applied and pushed as a projectChanged event with `commandId`; the window records it for undo. */
  | { ok: true; articles: Article[]; revision: number; skipped: string[]; command: Command | null; commandId: string | null }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: string }
export type DroppedFile = { name: string; content: string }
/** A source document imported (a transcript, a speech); `command` as for ImportResult. */
export type SourceImportResult =
  | { ok: true; source: SourceDocument; revision: number; command: Command; commandId: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: string }
/** Quotes checked against a source document: one result per tag asked about that is in the project. Nothing is recorded yet. */
export type CheckQuotesResult = { ok: true; sourceId: string; results: Array<{ tagId: string; result: CheckResult }> } | { ok: false; error: string }
export type ExportRequest = { format: ExportFormat; /** The tags to export; all of the project's when absent. */ annotationIds?: string[]; /** Names the file: "all", "filter" or an article title. */ scopeLabel?: string }
/** `notes`: what the export left out and why (addresses that are not web links), in words. */
export type ExportResult = { ok: true; path: string; count: number; notes: string[] } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; error: string }

/** The quote sheet printed (`print`, the system's print dialog) or saved as a PDF where the user chooses (`pdf`). */
export type QuoteSheetRequest = { output: 'pdf' | 'print' }
/** `path`: the PDF written (null when printed); `count`: how many tags the sheet holds. */
export type QuoteSheetResult = { ok: true; path: string | null; count: number } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; error: string }

/** An earlier version of the open project, kept in the app's data folder. */
export type BackupInfo = { id: string; /** When that version was saved (ISO). */ savedAt: string; /** Bytes. */ size: number; tags: number }
/**
 * A colleague's project merged into the open one (after its preview). `command` (null when
 * nothing came in) has been applied and pushed as a projectChanged event;
 * it is returned so the window can record it for undo.
 */
export type MergeResult =
  | { ok: true; summary: MergeSummary; revision: number; command: Command | null; commandId: string | null }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: string }
/**
 * What a colleague's project would change, before anything is applied: the
 * summary with one item per record. `token` names the merge main keeps
 * waiting for `applyMerge`; `revision` is the project's revision it was
 * computed against (an apply after any other change is refused).
 */
export type MergePreview = { token: string; source: string; revision: number; summary: MergeSummary }
export type MergePreviewResult = { ok: true; preview: MergePreview } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; error: string }
/** An article replaced by a newer version of its text, its tags re-anchored; `command` as for MergeResult. */
export type ArticleUpdateResult =
  | { ok: true; summary: ArticleUpdateSummary; revision: number; command: Command | null; commandId: string | null }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: string }

/** What main pushes after a change: small, never the whole project. */
export type ProjectChanged =
  /** `commandId` is the id the window gave the command (so it knows its own echo), or main's for changes main made. */
  | { kind: 'command'; revision: number; command: Command; commandId: string }
  | { kind: 'reopened'; session: Session }

/**
 * Working as a team (src/main/team): the connection as the window shows it.
 * `online` in step with the server; `connecting` the first try; `reconnecting`
 * just lost, trying again; `offline` gone a while (changes are kept and sent
 * when it returns); `off` not shared, left, or refused (`error` says why).
 * `peers` are the others here now, each with the article they have open.
 */
export type TeamPeerInfo = { name: string; initials: string; articleId: string | null }
export type TeamStatusEvent = {
  state: 'online' | 'connecting' | 'reconnecting' | 'offline' | 'off'
  peers: TeamPeerInfo[]
  /** The server's address, when the open project is shared. */
  url?: string
  /** People here now, me included. */
  here?: number
  /** A viewer's token: the server drops this desk's changes. */
  readOnly?: boolean
  error?: string
  /** Something from the team that was kept out (said once). */
  notice?: string
}
export type TeamRequest = { url: string; token: string }
/** Share and Join: how it went; `session` when a project was opened (Join) or replaced by the team's version (Share). */
export type TeamResult =
  | { ok: true; status: TeamStatusEvent; message: string; session?: OpenSession }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: string }

export const menuCommands = ['new', 'open', 'saveAs', 'import', 'importUrl', 'export', 'close', 'undo', 'redo', 'findInText', 'findTags', 'openSample', 'mergeProject', 'restoreBackup', 'printQuoteSheet', 'quoteSheetPdf', 'suggest', 'suggestAll', 'shareTeam', 'joinTeam', 'leaveTeam', 'statements', 'importSource', 'checkQuote', 'deleteArticle', 'splitTag', 'joinTag', 'growEnd', 'shrinkEnd', 'growStart', 'shrinkStart', 'textLarger', 'textSmaller', 'textReset'] as const
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
  /** `commandId`: an id the window chose for this command; main's reply and its projectChanged event carry it back. */
  applyCommand(command: Command, commandId: string): Promise<CommandResult>
  importArticles(): Promise<ImportResult>
  importDroppedFiles(files: DroppedFile[]): Promise<ImportResult>
  /** Fetch a web page (http or https) in main and import it as an article whose source is the address. */
  importUrl(url: string): Promise<ImportResult>
  openExternal(url: string): Promise<boolean>
  setAuthor(name: string): Promise<AuthorResult>
  /** The article text's size (a percentage, one of TEXT_SIZES in textSize.ts), from app settings. */
  getTextSize(): Promise<number>
  /** Remember a text size; answers the size kept (the usual one for a size not offered). */
  setTextSize(size: number): Promise<number>
  exportAnnotations(request: ExportRequest): Promise<ExportResult>
  copyText(text: string): Promise<boolean>
  /** The project's quote sheet as a page, printed or saved as a PDF. */
  printQuoteSheet(request: QuoteSheetRequest): Promise<QuoteSheetResult>
  /** Earlier versions of the open project, newest first (empty when none is open). */
  listBackups(): Promise<BackupInfo[]>
  /** Make backup `id` the open project's content and save it; the version open before becomes a backup itself. */
  restoreBackup(id: string): Promise<OpenResult>
  /** Ask for a colleague's project file and say what merging it would change; nothing is applied yet. */
  previewMerge(): Promise<MergePreviewResult>
  /** Apply the previewed merge `token` as one change; refused when the project changed since the preview. */
  applyMerge(token: string): Promise<MergeResult>
  /** Ask for a text or Markdown file with a newer version of the article and update it, re-anchoring its tags. */
  updateArticle(articleId: string): Promise<ArticleUpdateResult>
  /** The same from pasted or dropped text (`name` decides plain text or Markdown by its extension). */
  updateArticleFromText(articleId: string, file: DroppedFile): Promise<ArticleUpdateResult>
  /** Share the open project with a team server: uploaded when the server has none by that name, else this file takes the team's version. The file remembers the server. */
  shareWithTeam(request: TeamRequest): Promise<TeamResult>
  /** Ask for a new local file (save dialog) and open the team's project into it. */
  joinTeamProject(request: TeamRequest): Promise<TeamResult>
  /** Stop working with the team on the open project (the file stays as it is). */
  leaveTeam(): Promise<TeamStatusEvent>
  getTeamStatus(): Promise<TeamStatusEvent>
  /** Tell the others which article I have open (null: none). */
  setTeamPresence(articleId: string | null): Promise<void>
  /** Statements told by more than one article of the open project (with a person's id, only those involving their tags); none when no project is open. */
  findStatements(speakerId: string | null): Promise<StatementsFound>
  /** Ask for a file (a transcript, subtitles, a speech) and add it to the project as a source document quotes are checked against. */
  importSource(): Promise<SourceImportResult>
  /** The same from a dropped or pasted file. */
  importDroppedSource(file: DroppedFile): Promise<SourceImportResult>
  /** Check these tags' words against a source document; the window shows the comparison and records what the reporter saves. */
  checkQuotes(sourceId: string, tagIds: string[]): Promise<CheckQuotesResult>
}

export interface EventMap {
  projectChanged: ProjectChanged
  saveStatus: SaveStatus
  menuCommand: MenuCommand
  teamStatus: TeamStatusEvent
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
  importUrl: 'article:import-url',
  openExternal: 'shell:open-external',
  setAuthor: 'settings:set-author',
  getTextSize: 'settings:get-text-size',
  setTextSize: 'settings:set-text-size',
  exportAnnotations: 'export:annotations',
  copyText: 'clipboard:write-text',
  printQuoteSheet: 'export:quote-sheet',
  listBackups: 'project:list-backups',
  restoreBackup: 'project:restore-backup',
  previewMerge: 'project:merge-preview',
  applyMerge: 'project:merge-apply',
  updateArticle: 'article:update',
  updateArticleFromText: 'article:update-from-text',
  shareWithTeam: 'team:share',
  joinTeamProject: 'team:join',
  leaveTeam: 'team:leave',
  getTeamStatus: 'team:status',
  setTeamPresence: 'team:presence',
  findStatements: 'statements:find',
  importSource: 'source:import',
  importDroppedSource: 'source:import-dropped',
  checkQuotes: 'source:check-quotes'
} as const satisfies Record<keyof InvokeApi, string>

export const eventChannels = {
  projectChanged: 'event:project-changed',
  saveStatus: 'event:save-status',
  menuCommand: 'event:menu-command',
  teamStatus: 'event:team-status'
} as const satisfies Record<keyof EventMap, string>

export type Unsubscribe = () => void

export interface QuotemarkApi extends InvokeApi {
  onProjectChanged(listener: (payload: ProjectChanged) => void): Unsubscribe
  onSaveStatus(listener: (payload: SaveStatus) => void): Unsubscribe
  onMenuCommand(listener: (payload: MenuCommand) => void): Unsubscribe
  onTeamStatus(listener: (payload: TeamStatusEvent) => void): Unsubscribe
}

/** The main-side implementation of every channel: plain functions, no Electron. */
export type Handlers = { [K in keyof InvokeApi]: (...args: Parameters<InvokeApi[K]>) => ReturnType<InvokeApi[K]> }

export type Emit = <K extends keyof EventMap>(event: K, payload: EventMap[K]) => void
