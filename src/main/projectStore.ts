/**
 * The open project, owned by main: in memory, validated, and on disk.
 *
 * - Loading reads the file itself and runs `parseProject`; a file that fails
 *   to load is never written (no lowdb adapter is ever made for it). A file
 *   larger than `maxFileBytes` is refused from its size alone, before any of
 *   it is read. Opening never writes, not even a migrated older file: the
 *   file is written only after a change.
 * - Every change goes through `apply` (commands from the renderer, parsed
 *   with CommandSchema), `applyInternal` (commands main made itself: merges,
 *   article updates) or `addArticles`; each bumps the revision and
 *   `updatedAt` and schedules a debounced save.
 * - Saving goes through lowdb's `Low` with our own adapter: the bytes are
 *   `serializeProject` (pretty JSON with a final newline), assembled by
 *   ProjectBytes from the kept bytes of every unchanged record, and written
 *   by writeFileDurable: a temp file beside the target, fsync, rename over
 *   the target, fsync of the folder. A crash or a power cut mid-save leaves
 *   the previous file intact; a finished save is on the disk. (lowdb's own
 *   DataFile writes through steno, which does not fsync.)
 * - A failed save keeps the project in memory, reports 'error' and retries
 *   with backoff; `flush` saves at once (quit, close, before Save As).
 *
 * The file on disk is shared with others (a sync client, a colleague on a
 * shared drive), so the store remembers a fingerprint (the bytes, size,
 * mtime, inode) of what it last read or wrote, and:
 * - a FileWatcher reports possible changes; a real change (the content
 *   differs) is reloaded when nothing is unsaved, else merged into the
 *   changes in memory (mergeProjects) and saved; listeners get a DiskChange.
 * - before every save the same check runs, so an older copy in memory never
 *   overwrites someone else's newer save: theirs is merged in first.
 * - a version on disk that cannot be loaded (cut short by a half-finished
 *   copy, a newer format, not a project) is never loaded and never written
 *   over: saving is refused with a message until the file can be read again
 *   (or the user uses Save As or restores a backup).
 * - with a backups folder, the file as it was is copied there before a save
 *   overwrites it: at the first save after opening, then at most once per
 *   `backupIntervalMs` (see backups.ts).
 *
 * Plain Node: no Electron import, so unit tests and the end-to-end harness
 * use the same class on real files.
 */
import type { Stats } from 'node:fs'
import { open as openFile, stat, type FileHandle } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { SaveStatus } from '../core/api'
import { applyCommand, CommandSchema, type Command } from '../core/commands'
import { newId, nowIso } from '../core/ids'
import { mergeProjects, type MergeSummary } from '../core/merge'
import { checkBlocks, describeReanchored, parseProject, serializeProject, type LoadProblemCode, type ReanchorCounts } from '../core/projectFile'
import { ArticleSchema, emptyProject, PROJECT_VERSION, PROJECT_EXTENSION, type Article, type Project } from '../core/schema'
import { BACKUP_INTERVAL_MS, Backups, isBackupId, MAX_BACKUPS, type BackupEntry } from './backups'
import { FileWatcher, type FileWatcherOptions } from './fileWatcher'
import { mergeChangeCount } from './mergeText'
import { describeFsError } from './fsErrors'
import { FolderSyncError, nodeFs, writeFileDurable, type DurableFs } from './durableWrite'
import { ProjectBytes } from './projectBytes'

/** Far beyond any real project (the sample is ~100 KB; a year of a newsroom's tagging is a few MB). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024

/** What the notices call the file on disk when merging it with the changes in memory. */
export const DISK_SOURCE = 'the version on disk'

export type ProjectStoreOptions = {
  /** Quiet time after the last change before saving. */
  debounceMs?: number
  /** Waits before retrying a failed save: the first failure waits the first, and so on; the last repeats. */
  retryDelaysMs?: readonly number[]
  now?: () => string
  /** Milliseconds since the epoch: names backups and paces them. */
  clock?: () => number
  /** Larger files are refused without being read. */
  maxFileBytes?: number
  /** Where backups go (<data folder>/backups); none are kept without it. See also useBackupsFolder. */
  backupsDir?: string | null
  backupIntervalMs?: number
  maxBackups?: number
  /** Watch the open file for changes by others (default on; the command line turns it off). */
  watch?: boolean | FileWatcherOptions
  /** The file system saves go through (tests: to see the fsyncs). */
  fs?: DurableFs
}

export type StoreErrorCode = LoadProblemCode | 'unreadable' | 'missing' | 'too-large' | 'unsaved' | 'write-failed' | 'no-project' | 'changed-on-disk' | 'no-backups'

/** A failure with a message meant for the user (it names the file). */
export class ProjectStoreError extends Error {
  override name = 'ProjectStoreError'
  constructor(
    message: string,
    readonly code: StoreErrorCode,
    /** For write failures: the cause in a few words ("permission denied"). */
    readonly reason?: string
  ) {
    super(message)
  }
}

export type ApplyOutcome = { ok: true; revision: number; command: Command } | { ok: false; error: string; revision: number }

export type StoreSnapshot = { path: string; project: Project; revision: number; save: SaveStatus; /** Said once when opening, e.g. tags re-anchored in edited text. */ notice?: string; readOnly?: string }

/** What happened when the open file changed on disk. */
export type DiskChange =
  | { kind: 'reloaded'; notice: string }
  | { kind: 'merged'; notice: string; summary: MergeSummary }
  | { kind: 'unreadable'; notice: string }

/**
 * What the store knows of a file's content without reading it again: its
 * bytes (null when unknown), to compare with what is on disk when its size,
 * mtime or inode say it may have changed. Comparing bytes is faster than
 * hashing them, and the bytes of the last save are at hand anyway.
 */
type Fingerprint = { bytes: Buffer | null; size: number; mtimeMs: number; ino: number }

type OpenDoc = {
  path: string
  project: Project
  low: Low<Project>
  /** Writes through `low`; holds the bytes of its last write. */
  file: ProjectFile
  /** The file as this store last read or wrote it; null when unknown (forces a full check). */
  disk: Fingerprint | null
  /** A version on disk that could not be loaded and must not be written over. */
  blocked: (Fingerprint & { message: string }) | null
  /** Clock time of the last backup made for this file in this session. */
  lastBackupAt: number | null
  watcher: FileWatcher | null
  /** Set while switching away: changes found on disk then are merged and saved, but not announced. */
  leaving: boolean
  /** Why this file may be read but never written (made by a newer Quotemark); null for a normal file. */
  readOnly: string | null
}

type SyncOutcome = 'same' | 'reloaded' | 'merged' | 'blocked' | 'unblocked'

export const DEFAULT_DEBOUNCE_MS = 300
export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 5000] as const

/**
 * lowdb's adapter for one project file: writes serializeProject's bytes
 * (from ProjectBytes, which keeps each record's) atomically and durably.
 * Never reads: loading goes through parseProject so nothing unvalidated gets in.
 */
class ProjectFile implements Adapter<Project> {
  /** The bytes of the last write begun (the file's content once it resolves). */
  written: Buffer = Buffer.alloc(0)

  constructor(
    readonly path: string,
    private readonly serializer: ProjectBytes,
    private readonly fs: DurableFs
  ) {}

  read(): Promise<Project | null> {
    return Promise.reject(new Error('A project file is read with loadProjectFile, never through lowdb.'))
  }

  write(project: Project): Promise<void> {
    this.written = this.serializer.bytes(project)
    return writeFileDurable(this.path, this.written, this.fs)
  }
}


/** "812 bytes", "14 KB", "3.5 MB", "250 MB", "2.1 GB". */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB']
  ]
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size
      return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} ${unit}`
    }
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
}

/** "Story.quotemark.json" → "Story". */
export function projectNameFromPath(path: string): string {
  const name = basename(path)
  const lower = name.toLowerCase()
  if (lower.endsWith(PROJECT_EXTENSION)) return name.slice(0, -PROJECT_EXTENSION.length) || name
  if (lower.endsWith('.json')) return name.slice(0, -'.json'.length) || name
  return name
}

function fingerprintOf(info: Stats, bytes: Buffer | null): Fingerprint {
  return { bytes, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino }
}

function sameBytes(bytes: Buffer, known: Fingerprint | null): boolean {
  return known !== null && known.bytes !== null && known.bytes.equals(bytes)
}

function sameStat(info: Stats, known: Fingerprint): boolean {
  return info.size === known.size && info.mtimeMs === known.mtimeMs && info.ino === known.ino
}

/**
 * The bytes of a project file, refusing anything but a regular file and
 * anything larger than `maxBytes` from its size alone, before reading.
 */
async function readProjectBytes(path: string, maxBytes: number): Promise<{ bytes: Buffer; info: Stats }> {
  const name = basename(path)
  const refuseLarge = (size: number): ProjectStoreError =>
    new ProjectStoreError(
      `${name} cannot be opened: it is ${formatBytes(size)}, more than a Quotemark project can be (at most ${formatBytes(maxBytes)}). It is probably not a Quotemark project.`,
      'too-large'
    )
  const fail = (err: unknown): ProjectStoreError => {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return new ProjectStoreError(`${name} cannot be opened: the file does not exist (it may have been moved or deleted).`, 'missing')
    if (code === 'EISDIR') return new ProjectStoreError(`${name} cannot be opened: it is a folder, not a project file.`, 'unreadable')
    return new ProjectStoreError(`${name} cannot be opened: ${describeFsError(err)}.`, 'unreadable')
  }
  let info: Stats
  try {
    info = await stat(path)
  } catch (err) {
    throw fail(err)
  }
  // A folder, a pipe or a device: opening a pipe would wait forever for a writer.
  if (info.isDirectory()) throw new ProjectStoreError(`${name} cannot be opened: it is a folder, not a project file.`, 'unreadable')
  if (!info.isFile()) throw new ProjectStoreError(`${name} cannot be opened: it is not a file.`, 'unreadable')
  if (info.size > maxBytes) throw refuseLarge(info.size)
  let handle
  try {
    handle = await openFile(path, 'r')
  } catch (err) {
    throw fail(err)
  }
  try {
    // The size again from the open file (it may have been replaced meanwhile), then the bytes.
    const opened = await handle.stat()
    if (opened.size > maxBytes) throw refuseLarge(opened.size)
    const bytes = await readWhole(handle, opened.size, maxBytes)
    if (bytes.length > maxBytes) throw refuseLarge(bytes.length)
    return { bytes, info: opened }
  } catch (err) {
    if (err instanceof ProjectStoreError) throw err
    throw fail(err)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * The whole file, read in as few calls as the OS allows into one buffer of
 * the size fstat gave (FileHandle.readFile reads 512 KB per trip to the
 * thread pool: forty trips for a 20 MB project). A file that grew meanwhile
 * is read to its end; one that shrank is cut where it ends.
 */
async function readWhole(handle: FileHandle, size: number, maxBytes: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled)
    if (bytesRead === 0) return bytes.subarray(0, filled)
    filled += bytesRead
  }
  const probe = Buffer.allocUnsafe(1)
  if ((await handle.read(probe, 0, 1, filled)).bytesRead === 0) return bytes
  // Longer than fstat said: read the rest as it comes, still refusing a file too large.
  const parts: Buffer[] = [bytes, Buffer.from(probe)]
  let total = filled + 1
  for (let at = total; total <= maxBytes; ) {
    const chunk = Buffer.allocUnsafe(1 << 20)
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, at)
    if (bytesRead === 0) break
    parts.push(chunk.subarray(0, bytesRead))
    at += bytesRead
    total += bytesRead
  }
  return Buffer.concat(parts)
}

function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8')
  // A byte-order mark (some Windows editors add one) is not part of the JSON.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

type LoadedFile = { project: Project; fingerprint: Fingerprint; migratedFrom: number | null; reanchored?: ReanchorCounts; newerVersion?: number }

/** Read, size-check and validate a project file, with a fingerprint of what was read. Never writes. */
export async function loadProjectFile(path: string, maxBytes = MAX_PROJECT_BYTES, options: { allowNewer?: boolean } = {}): Promise<LoadedFile> {
  const { bytes, info } = await readProjectBytes(path, maxBytes)
  const result = parseProject(decodeText(bytes), basename(path), undefined, options)
  if (!result.ok) throw new ProjectStoreError(result.message, result.code)
  return { project: result.project, fingerprint: fingerprintOf(info, bytes), migratedFrom: result.migratedFrom, reanchored: result.reanchored, newerVersion: result.newerVersion }
}

/** Read and validate a project file. Never writes. */
export async function readProjectFile(path: string, options: { maxBytes?: number } = {}): Promise<Project> {
  return (await loadProjectFile(path, options.maxBytes ?? MAX_PROJECT_BYTES)).project
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export class ProjectStore {
  private doc: OpenDoc | null = null
  private rev = 0
  private dirty = false
  private failures = 0
  private status: SaveStatus = { state: 'saved' }
  private debounceTimer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  /** Saves and disk checks run one after another on this chain. */
  private chain: Promise<void> = Promise.resolve()
  private readonly listeners = new Set<(status: SaveStatus) => void>()
  private readonly diskListeners = new Set<(change: DiskChange) => void>()
  private readonly debounceMs: number
  private readonly retryDelaysMs: readonly number[]
  private readonly now: () => string
  private readonly clock: () => number
  private readonly maxFileBytes: number
  private readonly backupIntervalMs: number
  private readonly maxBackups: number
  private readonly watchOptions: FileWatcherOptions | null
  private readonly fs: DurableFs
  /** Keeps each record's bytes between saves, for every file this store writes (records are shared by Save As). */
  private readonly serializer = new ProjectBytes()
  private backups: Backups | null = null

  constructor(options: ProjectStoreOptions = {}) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS
    this.now = options.now ?? nowIso
    this.clock = options.clock ?? Date.now
    this.maxFileBytes = options.maxFileBytes ?? MAX_PROJECT_BYTES
    this.backupIntervalMs = options.backupIntervalMs ?? BACKUP_INTERVAL_MS
    this.maxBackups = options.maxBackups ?? MAX_BACKUPS
    this.watchOptions = options.watch === false ? null : options.watch === true || options.watch === undefined ? {} : options.watch
    this.fs = options.fs ?? nodeFs
    if (options.backupsDir) this.useBackupsFolder(options.backupsDir)
  }

  // ---- state -------------------------------------------------------------

  get isOpen(): boolean {
    return this.doc !== null
  }
  get path(): string | null {
    return this.doc?.path ?? null
  }
  get project(): Project | null {
    return this.doc?.project ?? null
  }
  get revision(): number {
    return this.rev
  }
  get saveStatus(): SaveStatus {
    return this.status
  }
  /** Changes in memory that are not on disk yet. */
  get hasUnsavedChanges(): boolean {
    return this.doc !== null && this.dirty
  }
  /** The largest project file this store opens. */
  get maxProjectBytes(): number {
    return this.maxFileBytes
  }
  /** Whether backups are kept (a backups folder is set). */
  get keepsBackups(): boolean {
    return this.backups !== null
  }

  snapshot(): StoreSnapshot | null {
    const doc = this.doc
    if (!doc) return null
    const snap: StoreSnapshot = { path: doc.path, project: doc.project, revision: this.rev, save: this.status }
    return doc.readOnly ? { ...snap, readOnly: doc.readOnly } : snap
  }

  /** Listen to save status changes; returns the unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Listen to changes found on disk (reloaded, merged, unreadable); returns the unsubscribe function. */
  onDiskChange(listener: (change: DiskChange) => void): () => void {
    this.diskListeners.add(listener)
    return () => this.diskListeners.delete(listener)
  }

  /** Keep backups in `dir` (<data folder>/backups) from now on. */
  useBackupsFolder(dir: string): void {
    this.backups = new Backups(resolve(dir), this.maxBackups, this.clock)
  }

  // ---- opening and closing -------------------------------------------------

  /** Open an existing project file. On failure the current project stays open and the file is not touched. Never writes the file it opens. */
  async open(path: string): Promise<StoreSnapshot> {
    const abs = resolve(path)
    const loaded = await loadProjectFile(abs, this.maxFileBytes, { allowNewer: true })
    await this.leaveCurrent()
    const doc = this.newDoc(abs, loaded.project, loaded.fingerprint)
    if (loaded.newerVersion) {
      doc.readOnly = `${basename(abs)} was made by a newer version of Quotemark (file format ${loaded.newerVersion}; this one writes format ${PROJECT_VERSION}), so it is open read-only: nothing can be changed or saved. Update Quotemark to edit it.`
    }
    const snap = this.switchTo(doc)
    const notice = doc.readOnly ?? describeReanchored(basename(abs), loaded.reanchored)
    return notice ? { ...snap, notice } : snap
  }

  /** Create (or overwrite: the save dialog has confirmed it) a project file with an empty project, and open it. */
  async create(path: string, name = projectNameFromPath(path)): Promise<StoreSnapshot> {
    return this.createFrom(path, emptyProject(name, newId(), this.now()))
  }

  /** Write `project` to a new file at `path` and open it. */
  async createFrom(path: string, project: Project): Promise<StoreSnapshot> {
    const abs = resolve(path)
    await this.leaveCurrent()
    const doc = this.newDoc(abs, project, null)
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
    // Try to bring the old file up to date first; if it cannot be written the
    // new file still receives everything that is in memory.
    await this.flush().catch(() => undefined)
    const current = this.requireDoc()
    const written = current.project
    const next = this.newDoc(abs, written, null)
    await this.writeNew(next)
    const latest = this.requireDoc().project
    next.project = latest
    const snap = this.switchTo(next)
    if (latest !== written) {
      this.changed()
      return this.snapshot()!
    }
    return snap
  }

  /** Save and close. If the save fails the project stays open and this throws. */
  async close(): Promise<void> {
    if (!this.doc) return
    await this.leaveCurrent()
    this.clearTimers()
    this.doc?.watcher?.close()
    this.doc = null
    this.serializer.clear()
    this.dirty = false
    this.failures = 0
    this.setStatus({ state: 'saved' })
  }

  /** Stop timers and the file watcher (tests, shutdown). Does not save. */
  dispose(): void {
    this.clearTimers()
    this.doc?.watcher?.close()
    if (this.doc) this.doc.watcher = null
  }

  // ---- changes -------------------------------------------------------------

  /** Validate and apply a command from the renderer (untrusted input). */
  apply(input: unknown): ApplyOutcome {
    if (!this.doc) return { ok: false, error: 'No project is open.', revision: this.rev }
    const parsed = CommandSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
      return { ok: false, error: `That change could not be applied: it is not a valid command${where}: ${issue?.message ?? 'invalid'}.`, revision: this.rev }
    }
    return this.applyInternal(parsed.data)
  }

  /**
   * Apply a command main built itself from validated projects (a merge, an
   * article update). It is checked by applyCommand like any other, but not
   * size-limited by CommandSchema: a colleague's project may bring in more
   * records than one command from the window may carry.
   */
  applyInternal(command: Command): ApplyOutcome {
    const doc = this.doc
    if (!doc) return { ok: false, error: 'No project is open.', revision: this.rev }
    if (doc.readOnly) return { ok: false, error: doc.readOnly, revision: this.rev }
    const result = applyCommand(doc.project, command)
    if (!result.ok) return { ok: false, error: result.error, revision: this.rev }
    doc.project = { ...result.project, updatedAt: this.now() }
    this.rev++
    this.changed()
    return { ok: true, revision: this.rev, command }
  }

  /** Add imported articles to the open project. Returns the new revision. */
  addArticles(articles: readonly Article[]): number {
    const doc = this.requireDoc()
    if (doc.readOnly) throw new ProjectStoreError(doc.readOnly, 'invalid')
    if (articles.length === 0) return this.rev
    const project = doc.project
    const ids = new Set<string>([...project.articles, ...project.annotations, ...project.people, ...project.links].map((r) => r.id))
    const checked: Article[] = []
    for (const article of articles) {
      const parsed = ArticleSchema.safeParse(article)
      if (!parsed.success) throw new ProjectStoreError(`The article "${article.title}" is not valid: ${parsed.error.issues[0]?.message ?? 'invalid'}.`, 'invalid')
      const blocks = checkBlocks(parsed.data.text, parsed.data.blocks)
      if (blocks) throw new ProjectStoreError(`The article "${article.title}" ${blocks}.`, 'invalid')
      if (ids.has(parsed.data.id)) throw new ProjectStoreError(`The id ${parsed.data.id} is already used in this project.`, 'invalid')
      ids.add(parsed.data.id)
      checked.push(parsed.data)
    }
    doc.project = { ...project, articles: [...project.articles, ...checked], updatedAt: this.now() }
    this.rev++
    this.changed()
    return this.rev
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
    const run = this.chain.then(async () => {
      if (this.doc !== doc) return
      const outcome = await this.syncWithDisk(doc)
      if (this.doc !== doc) return
      if (outcome === 'reloaded') {
        this.clearTimers()
        this.failures = 0
        this.setStatus({ state: 'saved', savedAt: this.now() })
      } else if (outcome === 'merged' || outcome === 'unblocked') {
        // Theirs is in memory with ours: save the two together (or, unblocked, what was waiting).
        this.clearTimers()
        this.failures = 0
        if (this.dirty) this.changed()
        else this.setStatus({ state: 'saved', savedAt: this.now() })
      } else if (outcome === 'blocked' && doc.blocked) {
        this.setStatus({ state: 'error', error: doc.blocked.message })
      }
    })
    this.chain = run.catch(() => undefined)
    return this.chain
  }

  /**
   * Compare the file on disk with what this store last read or wrote and
   * take in someone else's change. Runs on the chain. Never throws.
   */
  private async syncWithDisk(doc: OpenDoc): Promise<SyncOutcome> {
    const name = basename(doc.path)
    let info: Stats
    try {
      info = await stat(doc.path)
    } catch {
      // Gone (moved, deleted, a sync client between delete and create) or out of reach: nothing to take in; a save writes it again.
      return 'same'
    }
    if (!info.isFile()) return 'same'
    if (doc.disk && sameStat(info, doc.disk)) return 'same'
    if (doc.blocked && sameStat(info, doc.blocked)) return 'same'

    let read: { bytes: Buffer; info: Stats }
    try {
      read = await readProjectBytes(doc.path, this.maxFileBytes)
    } catch (err) {
      if (err instanceof ProjectStoreError && err.code === 'too-large') {
        return this.block(doc, fingerprintOf(info, null), `${name} changed on disk, and the new version is ${formatBytes(info.size)}, more than a Quotemark project can be.`)
      }
      return 'same' // could not read it just now; the next check tries again
    }
    const seen = fingerprintOf(read.info, read.bytes)
    if (sameBytes(read.bytes, doc.disk)) {
      // Touched, copied back, or our own write: same content.
      doc.disk = seen
      if (!doc.blocked) return 'same'
      doc.blocked = null
      return 'unblocked'
    }
    if (doc.blocked && sameBytes(read.bytes, doc.blocked)) {
      doc.blocked = { ...seen, message: doc.blocked.message }
      return 'same'
    }

    const result = parseProject(decodeText(read.bytes), name)
    if (!result.ok) {
      // "Story.quotemark.json is empty or cut short: …" → "Story.quotemark.json changed on disk, and the new version is empty or cut short: …"
      const what = result.message.startsWith(`${name} `) ? `the new version ${result.message.slice(name.length + 1)}` : `the new version cannot be opened: ${result.message}`
      return this.block(doc, seen, `${name} changed on disk, and ${what}`)
    }
    doc.blocked = null

    if (!this.dirty) {
      doc.project = result.project
      doc.disk = seen
      this.rev++
      this.announce(doc, { kind: 'reloaded', notice: `${name} changed on disk: reloaded.` })
      return 'reloaded'
    }

    const merged = mergeProjects(doc.project, result.project, { source: DISK_SOURCE, now: this.now() })
    if (merged.command) {
      const applied = applyCommand(doc.project, merged.command)
      if (!applied.ok) {
        return this.block(doc, seen, `${name} changed on disk, and Quotemark could not combine that version with your unsaved changes (${applied.error.replace(/\.$/, '')}).`)
      }
      doc.project = { ...applied.project, updatedAt: this.now() }
      this.rev++
    }
    doc.disk = seen
    const count = mergeChangeCount(merged.summary)
    const notice =
      count > 0
        ? `${name} changed on disk: merged ${plural(count, 'change')} from the version on disk with yours.`
        : `${name} changed on disk: it had nothing your version lacks, so yours is kept.`
    this.announce(doc, { kind: 'merged', notice, summary: merged.summary })
    return 'merged'
  }

  private block(doc: OpenDoc, seen: Fingerprint, what: string): SyncOutcome {
    const message = `${what} Quotemark keeps the version you have open and will not save over that file until it can be read again; use Save As to keep your version in another file.`
    doc.blocked = { ...seen, message }
    this.announce(doc, { kind: 'unreadable', notice: message })
    return 'blocked'
  }

  private announce(doc: OpenDoc, change: DiskChange): void {
    if (doc.leaving || this.doc !== doc) return
    for (const listener of this.diskListeners) {
      try {
        listener(change)
      } catch {
        // a listener's failure must not break saving
      }
    }
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
    const backups = this.backups
    if (!backups) throw new ProjectStoreError('Quotemark keeps no backups here.', 'no-backups')
    if (!isBackupId(id)) throw new ProjectStoreError('That is not a backup of this project.', 'invalid')
    const path = await backups.find(doc.path, id)
    if (!path) throw new ProjectStoreError(`There is no backup ${id} of ${basename(doc.path)} (it may have been replaced by newer ones).`, 'missing')
    let restored: Project
    try {
      restored = (await loadProjectFile(path, this.maxFileBytes)).project
    } catch (err) {
      const reason = err instanceof Error ? err.message.replace(`${basename(path)} `, 'it ').replace(/^it cannot be opened: /, '') : String(err)
      throw new ProjectStoreError(`The backup ${id} of ${basename(doc.path)} cannot be restored: ${reason}`, err instanceof ProjectStoreError ? err.code : 'unreadable')
    }
    const run = this.chain.then(async () => {
      if (this.doc !== doc) throw new ProjectStoreError('The project was closed before the backup could be restored.', 'no-project')
      await this.syncWithDisk(doc)
      if (this.doc !== doc) throw new ProjectStoreError('The project was closed before the backup could be restored.', 'no-project')
      // A version on disk that cannot be read is kept as well: the restore writes over it.
      if (doc.blocked) await backups.copyFile(doc.path, this.maxFileBytes)
      await backups.keepText(doc.path, serializeProject(doc.project))
      doc.blocked = null
      doc.project = { ...restored, updatedAt: this.now() }
      doc.lastBackupAt = this.clock()
      this.rev++
      this.dirty = true
      if (this.debounceTimer) clearTimeout(this.debounceTimer)
      this.debounceTimer = null
      this.setStatus({ state: 'saving' })
      // A failed write is reported through the status and retried, like any save.
      await this.writeCurrent(doc).catch(() => undefined)
    })
    this.chain = run.catch(() => undefined)
    await run
    return this.snapshot()!
  }

  private async backupBeforeWrite(doc: OpenDoc): Promise<void> {
    if (!this.backups) return
    const at = this.clock()
    if (doc.lastBackupAt !== null && at - doc.lastBackupAt < this.backupIntervalMs) return
    try {
      await this.backups.copyFile(doc.path, this.maxFileBytes)
      doc.lastBackupAt = at
    } catch (err) {
      // A backup that cannot be made must not stop the save it protects; the next save tries again.
      console.warn(`Quotemark could not back up ${doc.path}: ${(err as Error).message}`)
    }
  }

  // ---- saving --------------------------------------------------------------

  /** Save pending changes now. Resolves when they are on disk; rejects (with a message naming the file) if writing fails. */
  flush(): Promise<void> {
    this.clearTimers()
    return this.save()
  }

  private changed(): void {
    this.dirty = true
    // While a failed save waits to be retried, the retry writes the latest state
    // and the error stays on screen until a save succeeds.
    if (this.retryTimer) return
    if (this.status.state !== 'unsaved') this.setStatus({ state: 'unsaved' })
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null
      this.save().catch(() => undefined) // reported through the status; retried
    }, this.debounceMs)
  }

  private save(): Promise<void> {
    const run = this.chain.then(() => this.writePending())
    this.chain = run.catch(() => undefined)
    return run
  }

  private async writePending(): Promise<void> {
    const doc = this.doc
    if (!doc || !this.dirty) return
    // Never write an older copy over someone else's newer save: take theirs in first.
    await this.syncWithDisk(doc)
    if (this.doc !== doc || !this.dirty) return
    if (doc.blocked) {
      const message = doc.blocked.message
      this.failures++
      this.setStatus({ state: 'error', error: message })
      this.scheduleRetry()
      throw new ProjectStoreError(message, 'changed-on-disk', 'the file changed on disk and cannot be read')
    }
    this.setStatus({ state: 'saving' })
    await this.backupBeforeWrite(doc)
    if (this.doc !== doc) return
    await this.writeCurrent(doc)
  }

  /** Write the project in memory to its file now (no disk check, no backup). */
  private async writeCurrent(doc: OpenDoc): Promise<void> {
    const written = doc.project
    this.dirty = false
    try {
      doc.low.data = written
      await doc.low.write()
    } catch (err) {
      // Renamed into place, but the folder could not be synced: the file is ours; say so, and save again.
      if (err instanceof FolderSyncError) doc.disk = await this.fingerprintWritten(doc.path, doc.file.written)
      const reason = describeFsError(err, true)
      const message = `Could not save ${basename(doc.path)}: ${reason}. Your changes are kept in Quotemark; it will try again.`
      if (this.doc === doc) {
        this.dirty = true
        this.failures++
        this.setStatus({ state: 'error', error: message })
        this.scheduleRetry()
      }
      throw new ProjectStoreError(message, 'write-failed', reason)
    }
    doc.disk = await this.fingerprintWritten(doc.path, doc.file.written)
    if (this.doc !== doc) return
    this.failures = 0
    if (this.dirty) {
      // Changed while writing: the debounce timer set by changed() will save again.
      if (!this.debounceTimer) this.changed()
      else this.setStatus({ state: 'unsaved' })
    } else {
      this.setStatus({ state: 'saved', savedAt: this.now() })
    }
  }

  /**
   * The fingerprint of a file just written with `bytes`. When the file does
   * not look like ours (someone wrote between our rename and this stat) only
   * the bytes are kept, so the next check reads the file and compares.
   */
  private async fingerprintWritten(path: string, bytes: Buffer): Promise<Fingerprint> {
    const unknown: Fingerprint = { bytes, size: -1, mtimeMs: Number.NaN, ino: -1 }
    try {
      const info = await stat(path)
      return info.size === bytes.length ? fingerprintOf(info, bytes) : unknown
    } catch {
      return unknown
    }
  }

  private scheduleRetry(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = null
    if (this.retryTimer) clearTimeout(this.retryTimer)
    const delays = this.retryDelaysMs
    const delay = delays[Math.min(this.failures - 1, delays.length - 1)] ?? DEFAULT_RETRY_DELAYS_MS[0]
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.save().catch(() => undefined)
    }, delay)
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.debounceTimer = this.retryTimer = null
  }

  private setStatus(status: SaveStatus): void {
    this.status = status
    for (const listener of this.listeners) {
      try {
        listener(status)
      } catch {
        // a listener's failure must not break saving
      }
    }
  }

  // ---- helpers -------------------------------------------------------------

  private requireDoc(): OpenDoc {
    if (!this.doc) throw new ProjectStoreError('No project is open.', 'no-project')
    return this.doc
  }

  private newDoc(path: string, project: Project, disk: Fingerprint | null): OpenDoc {
    const file = new ProjectFile(path, this.serializer, this.fs)
    return { path, project, low: new Low<Project>(file, project), file, disk, blocked: null, lastBackupAt: null, watcher: null, leaving: false, readOnly: null }
  }

  /** Save the current project before switching away; refuse to switch if it cannot be saved. */
  private async leaveCurrent(): Promise<void> {
    const leaving = this.doc
    if (leaving) leaving.leaving = true
    try {
      while (this.doc && this.dirty) {
        const doc = this.doc
        try {
          await this.flush()
        } catch (err) {
          const reason = err instanceof ProjectStoreError && err.reason ? err.reason : (err as Error).message
          throw new ProjectStoreError(
            `${basename(doc.path)} has changes that could not be saved (${reason}), so it stays open. Use Save As to save it somewhere else.`,
            'unsaved',
            reason
          )
        }
      }
      await this.chain
    } finally {
      if (leaving) leaving.leaving = false
    }
  }

  /** Write a new file for `doc` (creating, or overwriting after the dialog confirmed it: the old file is backed up first). */
  private async writeNew(doc: OpenDoc): Promise<void> {
    if (this.backups) {
      try {
        await this.backups.copyFile(doc.path, this.maxFileBytes)
      } catch {
        // nothing to keep, or it cannot be kept: the dialog has confirmed the overwrite
      }
    }
    try {
      await doc.low.write()
    } catch (err) {
      throw new ProjectStoreError(`Could not write ${basename(doc.path)}: ${describeFsError(err, true)}.`, 'write-failed')
    }
    doc.disk = await this.fingerprintWritten(doc.path, doc.file.written)
  }

  private switchTo(doc: OpenDoc): StoreSnapshot {
    this.clearTimers()
    const previous = this.doc
    previous?.watcher?.close()
    if (previous) previous.watcher = null
    this.doc = doc
    this.dirty = false
    this.failures = 0
    this.rev++
    if (this.watchOptions) doc.watcher = new FileWatcher(doc.path, () => void this.checkDisk(), this.watchOptions)
    this.setStatus({ state: 'saved' })
    return this.snapshot()!
  }
}
