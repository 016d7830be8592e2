/**
 * The open project, owned by main: in memory, validated, and on disk.
 *
 * Every change to the open project, whatever its origin — a command from the
 * window (and so undo), a merge or an article update main built, a reload or
 * merge from disk, a restored backup — passes through `replaceProject`: it
 * swaps the project, bumps the revision, schedules the save and tells the
 * listeners what changed. Commands reach it through `applyUntrusted` (from
 * the window: parsed with CommandSchema first) or `applyTrusted` (built by
 * main from validated projects); both are checked by applyCommand.
 *
 * Around it, each in its own module:
 * - projectReader.ts: bytes → validated project (size limit, parse, migrate);
 * - projectDoc.ts: lowdb's `Low` over the durable adapter, per open file;
 * - saveScheduler.ts: debounced saves, retries, the save status, one chain;
 * - diskSync.ts: someone else's change on disk, reloaded or merged;
 * - backups.ts: earlier versions, kept before a save overwrites them.
 *
 * Opening never writes, not even a migrated older file: the file is written
 * only after a change. A file that fails to load is never written. Plain
 * Node: no Electron import, so unit tests and the end-to-end harness use the
 * same class on real files.
 */
import { resolve, basename } from 'node:path'
import type { SaveStatus } from '../core/api'
import { applyCommand, CommandSchema, type Command } from '../core/commands'
import { newId } from '../core/ids'
import { emptyProject, type Project } from '../core/schema'
import { Backups, type BackupEntry } from './backups'
import { settleAfterSync, syncWithDisk, type DiskChange, type DiskSyncHost } from './diskSync'
import { FileWatcher } from './fileWatcher'
import { Listeners } from './listeners'
import { ProjectBytes } from './projectBytes'
import { openingNotes } from './projectReader'
import { DurableProjectAdapter, newDoc, projectOf, type OpenDoc } from './projectDoc'
import type { ProjectParser } from './offThread'
import { backupBeforeWrite, restoreBackupInto, savePending, writeNewDoc, writeOpenDoc } from './projectWriter'
import { SaveScheduler } from './saveScheduler'
import { invalidCommandMessage, projectNameFromPath, ProjectStoreError, unsavedOnLeaving } from './storeErrors'
import { storeSettings, type ApplyOutcome, type ChangeOrigin, type ProjectStoreOptions, type Replace, type StoreChange, type StoreSettings, type StoreSnapshot } from './storeTypes'

export { DISK_SOURCE, type DiskChange } from './diskSync'
export { loadProjectFile, MAX_PROJECT_BYTES, readProjectFile } from './projectReader'
export { DEFAULT_DEBOUNCE_MS, DEFAULT_RETRY_DELAYS_MS } from './saveScheduler'
export type { ApplyOutcome, ChangeOrigin, ProjectStoreOptions, StoreChange, StoreSnapshot } from './storeTypes'
export { formatBytes, projectNameFromPath, ProjectStoreError, type StoreErrorCode } from './storeErrors'

export class ProjectStore {
  private doc: OpenDoc | null = null
  private rev = 0
  private readonly saves: SaveScheduler
  private readonly changeListeners = new Listeners<StoreChange>()
  private readonly diskListeners = new Listeners<DiskChange>()
  private readonly settings: StoreSettings
  /** Keeps each record's bytes between saves, for every file this store writes (records are shared by Save As). */
  private readonly serializer = new ProjectBytes()
  private backups: Backups | null = null

  constructor(options: ProjectStoreOptions = {}) {
    const settings = (this.settings = storeSettings(options))
    this.saves = new SaveScheduler({ debounceMs: settings.debounceMs, retryDelaysMs: settings.retryDelaysMs, write: () => this.writePending() })
    if (options.backupsDir) this.useBackupsFolder(options.backupsDir)
  }

  /** Where file text becomes a project (a worker in the app). */
  get parser(): ProjectParser { return this.settings.parser }

  // ---- state -------------------------------------------------------------

  get isOpen(): boolean { return this.doc !== null }
  get path(): string | null { return this.doc?.path ?? null }
  get project(): Project | null { return this.doc ? projectOf(this.doc) : null }
  get revision(): number { return this.rev }
  get saveStatus(): SaveStatus { return this.saves.saveStatus }
  /** Changes in memory that are not on disk yet. */
  get hasUnsavedChanges(): boolean { return this.doc !== null && this.saves.dirty }
  /** The largest project file this store opens. */
  get maxProjectBytes(): number { return this.settings.maxFileBytes }
  /** Whether backups are kept (a backups folder is set). */
  get keepsBackups(): boolean { return this.backups !== null }

  snapshot(): StoreSnapshot | null {
    const doc = this.doc
    if (!doc) return null
    const snap: StoreSnapshot = { path: doc.path, project: projectOf(doc), revision: this.rev, save: this.saves.saveStatus }
    return doc.readOnly ? { ...snap, readOnly: doc.readOnly } : snap
  }

  /** Listen to save status changes; returns the unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void { return this.saves.onStatus(listener) }

  /** Listen to every change of the open project (after it happened); returns the unsubscribe function. */
  onChange(listener: (change: StoreChange) => void): () => void { return this.changeListeners.add(listener) }

  /** Listen to changes found on disk (reloaded, merged, unreadable); returns the unsubscribe function. */
  onDiskChange(listener: (change: DiskChange) => void): () => void { return this.diskListeners.add(listener) }

  /** Keep backups in `dir` (<data folder>/backups) from now on. */
  useBackupsFolder(dir: string): void {
    this.backups = new Backups(resolve(dir), this.settings.maxBackups, this.settings.clock)
  }

  // ---- opening and closing -------------------------------------------------

  /** Open an existing project file. On failure the current project stays open and the file is not touched. Never writes the file it opens. */
  async open(path: string): Promise<StoreSnapshot> {
    const abs = resolve(path)
    const adapter = this.adapterFor(abs, true)
    const project = await adapter.read()
    const loaded = adapter.loaded!
    await this.leaveCurrent()
    const doc = newDoc(adapter, project, loaded.fingerprint)
    const { readOnly, ...said } = openingNotes(basename(abs), loaded)
    if (readOnly) doc.readOnly = readOnly
    return { ...this.switchTo(doc), ...said }
  }

  /** Create (or overwrite: the save dialog has confirmed it) a project file with an empty project, and open it. */
  async create(path: string, name = projectNameFromPath(path)): Promise<StoreSnapshot> {
    // `removed` (format 5): a project that keeps tombstones gets revisions on every record it changes (see revisions.ts).
    return this.createFrom(path, { ...emptyProject(name, newId(), this.settings.now()), removed: [] })
  }

  /** Write `project` to a new file at `path` and open it. */
  async createFrom(path: string, project: Project): Promise<StoreSnapshot> {
    await this.leaveCurrent()
    const doc = newDoc(this.adapterFor(resolve(path)), project, null)
    await this.writeNew(doc)
    return this.switchTo(doc)
  }

  /**
   * Write the project in memory to `path` and continue in that file; the old
   * file keeps what it had at its last successful save. This works even when
   * the old file cannot be saved any more (that is when people use Save As).
   */
  async saveAs(path: string): Promise<StoreSnapshot> {
    const doc = this.requireDoc()
    // Writing it in this version's format would drop what the newer one meant: a read-only file stays read-only.
    if (doc.readOnly) throw new ProjectStoreError(doc.readOnly, 'invalid')
    const abs = resolve(path)
    if (abs === doc.path) {
      await this.flush()
      return this.snapshot()!
    }
    // Try to bring the old file up to date first; if it cannot be written the new file still receives everything in memory.
    await this.flush().catch(() => undefined)
    const written = projectOf(this.requireDoc())
    const next = newDoc(this.adapterFor(abs), written, null)
    await this.writeNew(next)
    const latest = projectOf(this.requireDoc())
    next.low.data = latest
    const snap = this.switchTo(next)
    if (latest === written) return snap
    this.saves.changed()
    return this.snapshot()!
  }

  /** Save and close. If the save fails the project stays open and this throws. */
  async close(): Promise<void> {
    if (!this.doc) return
    await this.leaveCurrent()
    this.doc?.watcher?.close()
    this.doc = null
    this.serializer.clear()
    this.saves.reset()
  }

  /**
   * Stop timers and the file watcher (tests, shutdown) and wait for a write
   * already under way to land, so nothing writes into the project's folder
   * after this resolves. Starts no save: one still waiting for its debounce
   * does not run.
   */
  async dispose(): Promise<void> {
    this.saves.clearTimers()
    this.doc?.watcher?.close()
    if (this.doc) this.doc.watcher = null
    await this.saves.settled()
  }

  // ---- changes: the one door -------------------------------------------------

  /** Validate and apply a command from the window (untrusted input). */
  applyUntrusted(input: unknown, commandId: string = newId()): ApplyOutcome {
    if (!this.doc) return { ok: false, error: 'No project is open.', revision: this.rev }
    const parsed = CommandSchema.safeParse(input)
    if (!parsed.success) return { ok: false, error: invalidCommandMessage(parsed.error.issues[0]), revision: this.rev }
    return this.applyTrusted(parsed.data, { origin: 'window', commandId })
  }

  /**
   * Apply a command main built itself from validated projects (a merge, an
   * article update, an import). It is checked by applyCommand like any
   * other, but not size-limited by CommandSchema: a colleague's project may
   * bring in more records than one command from the window may carry.
   */
  applyTrusted(command: Command, from: { origin: ChangeOrigin; commandId?: string } = { origin: 'main' }): ApplyOutcome {
    const doc = this.doc
    if (!doc) return { ok: false, error: 'No project is open.', revision: this.rev }
    if (doc.readOnly) return { ok: false, error: doc.readOnly, revision: this.rev }
    const result = applyCommand(projectOf(doc), command)
    if (!result.ok) return { ok: false, error: result.error, revision: this.rev }
    const commandId = from.commandId ?? newId()
    this.replaceProject(result.project, { origin: from.origin, command, commandId })
    return { ok: true, revision: this.rev, command, commandId }
  }

  /**
   * The one door: make `project` the open project, bump the revision, schedule
   * the save (unless it is what the file holds) and tell the listeners.
   */
  private replaceProject(project: Project, change: Replace): void {
    const doc = this.requireDoc()
    const dirty = change.dirty ?? true
    doc.low.data = dirty ? { ...project, updatedAt: this.settings.now() } : project
    this.rev++
    if (dirty) this.saves.changed()
    const heard: StoreChange = { revision: this.rev, origin: change.origin, command: change.command ?? null, commandId: change.commandId ?? null }
    if (change.notice) heard.notice = change.notice
    // A listener's failure must not undo a change that happened.
    this.changeListeners.tell(heard)
  }

  // ---- the file on disk ----------------------------------------------------

  /**
   * Look at the open file now (the watcher calls this): if someone else
   * changed it, reload it or merge it with the unsaved changes, as saving
   * does. Resolves when done; never rejects.
   */
  checkDisk(): Promise<void> {
    const doc = this.doc
    if (!doc) return Promise.resolve()
    return this.saves
      .enqueue(async () => {
        if (this.doc !== doc) return
        const outcome = await syncWithDisk(doc, this.diskHost())
        if (this.doc !== doc) return
        settleAfterSync(outcome, doc, this.saves, this.settings.now())
      })
      .catch(() => undefined)
  }

  private diskHost(): DiskSyncHost {
    return {
      maxFileBytes: this.settings.maxFileBytes,
      parser: this.parser,
      hasUnsavedChanges: this.hasUnsavedChanges,
      now: this.settings.now,
      replaceProject: (project, change) => this.replaceProject(project, change),
      announce: (doc, change) => this.announce(doc, change)
    }
  }

  private announce(doc: OpenDoc, change: DiskChange): void {
    // Not while switching away (those changes are merged and saved, not announced); a listener's failure must not break saving.
    if (!doc.leaving && this.doc === doc) this.diskListeners.tell(change)
  }

  // ---- backups ---------------------------------------------------------------

  /** The backups of the open project, newest first. */
  async listBackups(): Promise<BackupEntry[]> {
    const doc = this.requireDoc()
    if (!this.backups) return []
    return this.backups.list(doc.path)
  }

  /**
   * Make backup `id` the current content of the open project and save it to
   * the project's own file. The current version (with any unsaved changes,
   * and anything someone saved on disk meanwhile) first becomes a backup
   * itself, so restoring it again undoes the restore.
   */
  async restoreBackup(id: unknown): Promise<StoreSnapshot> {
    const doc = this.requireDoc()
    await restoreBackupInto(doc, id, {
      backups: this.backups,
      maxFileBytes: this.settings.maxFileBytes,
      parser: this.parser,
      isOpen: (d) => this.doc === d,
      sync: (d) => syncWithDisk(d, this.diskHost()),
      enqueue: (task) => this.saves.enqueue(task),
      replace: (project) => {
        doc.blocked = null
        doc.lastBackupAt = this.settings.clock()
        this.replaceProject(project, { origin: 'restore' })
        this.saves.clearTimers()
        this.saves.setStatus({ state: 'saving' })
        // A failed write is reported through the status and retried, like any save.
        return this.writeCurrent(doc).catch(() => undefined)
      }
    })
    return this.snapshot()!
  }

  // ---- saving --------------------------------------------------------------

  /** Save pending changes now. Resolves when they are on disk; rejects (with a message naming the file) if writing fails. */
  flush(): Promise<void> {
    return this.saves.flush()
  }

  private async writePending(): Promise<void> {
    const doc = this.doc
    if (!doc || !this.saves.dirty) return
    await savePending(doc, {
      saves: this.saves,
      isOpen: (d) => this.doc === d,
      now: this.settings.now,
      sync: (d) => syncWithDisk(d, this.diskHost()),
      backup: (d) => backupBeforeWrite(d, { backups: this.backups, intervalMs: this.settings.backupIntervalMs, maxFileBytes: this.settings.maxFileBytes, at: this.settings.clock() })
    })
  }

  private writeCurrent(doc: OpenDoc): Promise<void> {
    return writeOpenDoc(doc, { saves: this.saves, isOpen: (d) => this.doc === d, now: this.settings.now })
  }

  // ---- helpers -------------------------------------------------------------

  private requireDoc(): OpenDoc {
    if (!this.doc) throw new ProjectStoreError('No project is open.', 'no-project')
    return this.doc
  }

  private adapterFor(path: string, allowNewer = false): DurableProjectAdapter {
    return new DurableProjectAdapter(path, this.serializer, this.settings.fs, { maxBytes: this.settings.maxFileBytes, allowNewer, parser: this.parser })
  }

  /** Save the current project before switching away; refuse to switch if it cannot be saved. */
  private async leaveCurrent(): Promise<void> {
    const leaving = this.doc
    if (leaving) leaving.leaving = true
    try {
      while (this.doc && this.saves.dirty) {
        const doc = this.doc
        await this.flush().catch((err: unknown) => {
          throw unsavedOnLeaving(doc.path, err)
        })
      }
      await this.saves.settled()
    } finally {
      if (leaving) leaving.leaving = false
    }
  }

  private writeNew(doc: OpenDoc): Promise<void> {
    return writeNewDoc(doc, this.backups, this.settings.maxFileBytes)
  }

  private switchTo(doc: OpenDoc): StoreSnapshot {
    const previous = this.doc
    previous?.watcher?.close()
    if (previous) previous.watcher = null
    this.doc = doc
    this.rev++
    if (this.settings.watch) doc.watcher = new FileWatcher(doc.path, () => void this.checkDisk(), this.settings.watch)
    this.saves.reset()
    return this.snapshot()!
  }
}
