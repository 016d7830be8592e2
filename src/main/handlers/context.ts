/**
 * What every area's handlers share: the services (store, settings, dialogs),
 * the event sender, one queue for work that must not overlap (switching
 * projects, dialogs), and the session the window is given.
 */
import type { Emit, OpenSession, Session } from '../../core/api'
import { nowIso } from '../../core/ids'
import type { Dialogs } from '../dialogs'
import { importInThread, type FileImporter } from '../offThread'
import type { QuoteSheetPrinter } from '../quoteSheetPrinting'
import type { ProjectStore, StoreSnapshot } from '../projectStore'
import type { Settings } from '../settings'

export type HandlerDeps = {
  store: ProjectStore
  settings: Settings
  dialogs: Dialogs
  emit: Emit
  /** Folder holding seeds/manifest.json and the seed articles (read only). */
  seedsDir: string
  /** Folder the sample project is copied to (the app's data folder). */
  sampleDir: string
  /**
   * Where backups of saved projects go: <sampleDir>/backups unless given;
   * null keeps none. Ignored when the store was made with its own folder.
   */
  backupsDir?: string | null
  now?: () => string
  /** Where an article file becomes an article: the reader worker in the app (offThread.ts); in this thread by default. */
  importFile?: FileImporter
  /** Makes the printed quote sheet: Electron's in the app (quoteSheetPrinter.ts); none where nothing can print. */
  printer?: QuoteSheetPrinter
}

/** An OpenResult that was not cancelled. */
export type Opened = { ok: true; session: OpenSession } | { ok: false; error: string }

export type HandlerContext = Omit<HandlerDeps, 'now' | 'importFile'> & {
  now: () => string
  importFile: FileImporter
  /** Runs `fn` after every earlier exclusive call has finished (a double-clicked menu, a renderer that asks twice). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>
  openSession(snap: StoreSnapshot, notice?: string): OpenSession
  currentSession(notice?: string): Session
  /** The window's result for a project that opened: it joins the recent list only now, after it opened. */
  opened(snap: StoreSnapshot): Promise<Opened>
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

export function failure(err: unknown): Opened {
  return { ok: false, error: message(err) }
}

export function createContext(deps: HandlerDeps): HandlerContext {
  const { store, settings } = deps
  let queue: Promise<unknown> = Promise.resolve()
  const openSession = (snap: StoreSnapshot, notice?: string): OpenSession => {
    const session: OpenSession = { status: 'open', path: snap.path, project: snap.project, revision: snap.revision, save: snap.save, author: settings.author, authorConfirmed: settings.authorConfirmed }
    if (notice) session.notice = notice
    if (snap.readOnly) session.readOnly = snap.readOnly
    if (snap.fuzzyIds?.length) session.fuzzyIds = snap.fuzzyIds
    return session
  }
  const currentSession = (notice?: string): Session => {
    const snap = store.snapshot()
    if (snap) return openSession(snap, notice)
    const none = { status: 'none', author: settings.author, authorConfirmed: settings.authorConfirmed } as const
    return notice ? { ...none, notice } : none
  }
  return {
    ...deps,
    now: deps.now ?? nowIso,
    importFile: deps.importFile ?? importInThread,
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      const run = queue.then(fn, fn)
      queue = run.catch(() => undefined)
      return run
    },
    openSession,
    currentSession,
    async opened(snap) {
      await settings.addRecent(snap.path)
      return { ok: true, session: openSession(snap, snap.notice) }
    }
  }
}
