/**
 * The open project, owned by main: in memory, validated, and on disk.
 *
 * - Loading reads the file itself and runs `parseProject`; a file that fails
 *   to load is never written (no lowdb adapter is ever made for it).
 * - Every change goes through `apply` (commands from the renderer, parsed
 *   with CommandSchema) or `addArticles`; each bumps the revision and
 *   `updatedAt` and schedules a debounced save.
 * - Saving goes through lowdb's `Low` + `DataFile`, whose writer (steno)
 *   writes a temp file beside the target and renames it over the target, so
 *   a crash mid-save leaves the previous file intact. The text written is
 *   `serializeProject` (pretty JSON with a final newline).
 * - A failed save keeps the project in memory, reports 'error' and retries
 *   with backoff; `flush` saves at once (quit, close, before Save As).
 *
 * Plain Node: no Electron import, so unit tests and the end-to-end harness
 * use the same class on real files.
 */
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { Low } from 'lowdb'
import { DataFile } from 'lowdb/node'
import type { CommandResult, SaveStatus } from '../core/api'
import { applyCommand, CommandSchema, type Command } from '../core/commands'
import { newId, nowIso } from '../core/ids'
import { checkBlocks, parseProject, serializeProject, type LoadProblemCode } from '../core/projectFile'
import { ArticleSchema, emptyProject, PROJECT_EXTENSION, type Article, type Project } from '../core/schema'

export type ProjectStoreOptions = {
  /** Quiet time after the last change before saving. */
  debounceMs?: number
  /** Waits before retrying a failed save: the first failure waits the first, and so on; the last repeats. */
  retryDelaysMs?: readonly number[]
  now?: () => string
}

export type StoreErrorCode = LoadProblemCode | 'unreadable' | 'missing' | 'unsaved' | 'write-failed' | 'no-project'

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

export type StoreSnapshot = { path: string; project: Project; revision: number; save: SaveStatus }

type OpenDoc = { path: string; project: Project; low: Low<Project> }

export const DEFAULT_DEBOUNCE_MS = 300
export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 5000] as const

function makeLow(path: string, project: Project): Low<Project> {
  // DataFile = lowdb's JSONFile with our own serialiser. We never call
  // low.read(): loading goes through parseProject so nothing unvalidated gets in.
  const adapter = new DataFile<Project>(path, { parse: (text) => JSON.parse(text) as Project, stringify: serializeProject })
  return new Low<Project>(adapter, project)
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOSPC':
      return 'the disk is full'
    case 'ENOENT':
      return 'the folder does not exist'
    case 'EISDIR':
      return 'there is a folder with that name'
    case 'ENOTDIR':
      return 'part of the path is not a folder'
    default:
      return e?.message ?? String(err)
  }
}

/** "Story.quotemark.json" → "Story". */
export function projectNameFromPath(path: string): string {
  const name = basename(path)
  const lower = name.toLowerCase()
  if (lower.endsWith(PROJECT_EXTENSION)) return name.slice(0, -PROJECT_EXTENSION.length) || name
  if (lower.endsWith('.json')) return name.slice(0, -'.json'.length) || name
  return name
}

/** Read and validate a project file. Never writes. */
export async function readProjectFile(path: string): Promise<Project> {
  const name = basename(path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ProjectStoreError(`${name} cannot be opened: the file does not exist (it may have been moved or deleted).`, 'missing')
    if (code === 'EISDIR') throw new ProjectStoreError(`${name} cannot be opened: it is a folder, not a project file.`, 'unreadable')
    throw new ProjectStoreError(`${name} cannot be opened: ${describeFsError(err)}.`, 'unreadable')
  }
  // A byte-order mark (some Windows editors add one) is not part of the JSON.
  const result = parseProject(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name)
  if (!result.ok) throw new ProjectStoreError(result.message, result.code)
  return result.project
}

export class ProjectStore {
  private doc: OpenDoc | null = null
  private rev = 0
  private dirty = false
  private failures = 0
  private status: SaveStatus = { state: 'saved' }
  private debounceTimer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  /** Saves run one after another on this chain. */
  private chain: Promise<void> = Promise.resolve()
  private readonly listeners = new Set<(status: SaveStatus) => void>()
  private readonly debounceMs: number
  private readonly retryDelaysMs: readonly number[]
  private readonly now: () => string

  constructor(options: ProjectStoreOptions = {}) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS
    this.now = options.now ?? nowIso
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

  snapshot(): StoreSnapshot | null {
    const doc = this.doc
    return doc ? { path: doc.path, project: doc.project, revision: this.rev, save: this.status } : null
  }

  /** Listen to save status changes; returns the unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // ---- opening and closing -------------------------------------------------

  /** Open an existing project file. On failure the current project stays open and the file is not touched. */
  async open(path: string): Promise<StoreSnapshot> {
    const abs = resolve(path)
    const project = await readProjectFile(abs)
    await this.leaveCurrent()
    return this.switchTo({ path: abs, project, low: makeLow(abs, project) })
  }

  /** Create (or overwrite: the save dialog has confirmed it) a project file with an empty project, and open it. */
  async create(path: string, name = projectNameFromPath(path)): Promise<StoreSnapshot> {
    return this.createFrom(path, emptyProject(name, newId(), this.now()))
  }

  /** Write `project` to a new file at `path` and open it. */
  async createFrom(path: string, project: Project): Promise<StoreSnapshot> {
    const abs = resolve(path)
    await this.leaveCurrent()
    const low = makeLow(abs, project)
    await this.writeNew(low, abs)
    return this.switchTo({ path: abs, project, low })
  }

  /**
   * Write the project in memory to `path` and continue in that file; the old
   * file keeps what it had at its last successful save. This works even when
   * the old file cannot be saved any more (that is when people use Save As).
   */
  async saveAs(path: string): Promise<StoreSnapshot> {
    const doc = this.requireDoc()
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
    const low = makeLow(abs, written)
    await this.writeNew(low, abs)
    const latest = this.requireDoc().project
    const snap = this.switchTo({ path: abs, project: latest, low })
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
    this.doc = null
    this.dirty = false
    this.failures = 0
    this.setStatus({ state: 'saved' })
  }

  /** Stop timers (tests, shutdown). Does not save. */
  dispose(): void {
    this.clearTimers()
  }

  // ---- changes -------------------------------------------------------------

  /** Validate and apply a command from the renderer (untrusted input). */
  apply(input: unknown): ApplyOutcome {
    const doc = this.doc
    if (!doc) return { ok: false, error: 'No project is open.', revision: this.rev }
    const parsed = CommandSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
      return { ok: false, error: `That change could not be applied: it is not a valid command${where}: ${issue?.message ?? 'invalid'}.`, revision: this.rev }
    }
    const result = applyCommand(doc.project, parsed.data)
    if (!result.ok) return { ok: false, error: result.error, revision: this.rev }
    doc.project = { ...result.project, updatedAt: this.now() }
    this.rev++
    this.changed()
    return { ok: true, revision: this.rev, command: parsed.data }
  }

  /** Add imported articles to the open project. Returns the new revision. */
  addArticles(articles: readonly Article[]): number {
    const doc = this.requireDoc()
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
    const written = doc.project
    this.dirty = false
    this.setStatus({ state: 'saving' })
    try {
      doc.low.data = written
      await doc.low.write()
    } catch (err) {
      const reason = describeFsError(err)
      const message = `Could not save ${basename(doc.path)}: ${reason}. Your changes are kept in Quotemark; it will try again.`
      if (this.doc === doc) {
        this.dirty = true
        this.failures++
        this.setStatus({ state: 'error', error: message })
        this.scheduleRetry()
      }
      throw new ProjectStoreError(message, 'write-failed', reason)
    }
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

  /** Save the current project before switching away; refuse to switch if it cannot be saved. */
  private async leaveCurrent(): Promise<void> {
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
  }

  private async writeNew(low: Low<Project>, path: string): Promise<void> {
    try {
      await low.write()
    } catch (err) {
      throw new ProjectStoreError(`Could not write ${basename(path)}: ${describeFsError(err)}.`, 'write-failed')
    }
  }

  private switchTo(doc: OpenDoc): StoreSnapshot {
    this.clearTimers()
    this.doc = doc
    this.dirty = false
    this.failures = 0
    this.rev++
    this.setStatus({ state: 'saved' })
    return this.snapshot()!
  }
}
