/**
 * The window's copy of the open project. Main owns the file; the replica holds
 * the snapshot main sent and keeps it in step:
 *
 * - The user's commands are applied here at once (optimistically), recorded
 *   for undo, and sent to main with an id the window chose. Main's reply and
 *   its `projectChanged` echo carry that id back, so the replica knows its own
 *   commands by id and never applies them twice.
 * - Commands that did not start here (another window, a merge, an import, an
 *   article update) arrive as `projectChanged` events and are applied once.
 * - `revision()` is the last of main's revisions the replica has taken in: it
 *   moves with main's events and sessions only, in the order main sent them
 *   (not React state: nothing on screen shows it).
 * - A refused or failed command rolls back by taking main's copy again.
 */
import type { ArticleUpdateResult, ImportResult, MergeResult, OpenResult, ProjectChanged, QuotemarkApi, SaveStatus, Session } from '../../../core/api'
import { applyCommand, type Command } from '../../../core/commands'
import { canRedo, canUndo, emptyHistory, recordStep, redoStep, undoStep, type History } from '../../../core/history'
import { newId, nowIso } from '../../../core/ids'
import type { Project } from '../../../core/schema'
import { describeUpdate } from './describeUpdate'
import type { Notice } from './notices'
import { Observable } from './observable'

export type ReplicaState = {
  readonly loading: boolean
  readonly path: string | null
  readonly project: Project | null
  readonly author: string
  readonly authorConfirmed: boolean
  /** Why the open file cannot be changed (made by a newer Quotemark), or null. */
  readonly readOnly: string | null
  readonly save: SaveStatus
  readonly history: History
  /** Tags found only approximately in edited text (on opening, or by an article update) that the reporter has not marked checked. */
  readonly approximate: readonly string[]
}

export const initialReplica: ReplicaState = {
  loading: true,
  path: null,
  project: null,
  author: '',
  authorConfirmed: true,
  readOnly: null,
  save: { state: 'saved' },
  history: emptyHistory,
  approximate: []
}

type Notify = (tone: Notice['tone'], text: string) => void
/** Told when a session replaces the project: `samePath` when it is the same file reloaded or merged. */
type OnAdopt = (session: Session, samePath: boolean) => void

export class Replica extends Observable<ReplicaState> {
  /** Ids of the commands this window sent whose echo has not come back yet. */
  private readonly mine = new Set<string>()
  private taken = 0

  constructor(
    private readonly api: QuotemarkApi,
    private readonly notify: Notify,
    private readonly onAdopt: OnAdopt = () => {},
    private readonly makeId: () => string = newId
  ) {
    super(initialReplica)
  }

  /** Listen to main (returns what stops listening); `load` then takes the current session. */
  listen(): () => void {
    const stops = [this.api.onProjectChanged((e) => this.onProjectChanged(e)), this.api.onSaveStatus((save) => this.set({ save }))]
    return () => stops.forEach((stop) => stop())
  }

  async load(): Promise<void> {
    try {
      this.adopt(await this.api.getSession())
    } catch (err) {
      this.set({ loading: false })
      this.notify('error', `Quotemark could not open a project: ${(err as Error).message}`)
    }
  }

  adopt(session: Session, noticeTone: Notice['tone'] = 'error'): void {
    const samePath = session.status === 'open' && this.state.path === session.path
    if (session.status === 'open') {
      this.taken = session.revision
      this.set({
        loading: false,
        path: session.path,
        project: session.project,
        author: session.author,
        authorConfirmed: session.authorConfirmed,
        readOnly: session.readOnly ?? null,
        save: session.save,
        history: samePath ? this.state.history : emptyHistory,
        approximate: session.fuzzyIds ?? (samePath ? this.state.approximate : [])
      })
    } else {
      this.taken = 0
      this.set({ ...initialReplica, loading: false, author: session.author, authorConfirmed: session.authorConfirmed })
    }
    this.onAdopt(session, samePath)
    if (session.notice && session.notice !== (session.status === 'open' ? session.readOnly : undefined)) this.notify(noticeTone, session.notice)
  }

  private onProjectChanged(event: ProjectChanged): void {
    // Reloaded or merged because the file changed on disk: main says what happened, in words.
    if (event.kind === 'reopened') return this.adopt(event.session, 'info')
    const { project } = this.state
    if (!project || event.revision <= this.taken) return
    this.taken = event.revision
    // The echo of this window's own command: already applied here.
    if (this.mine.delete(event.commandId)) return
    // A change that did not start in this window: apply it if it still applies.
    const result = applyCommand(project, event.command)
    if (result.ok) this.set({ project: result.project })
  }

  /** Apply a command here at once, record it for undo, and send it to main; main's refusal rolls it back. */
  perform(command: Command, record = true): boolean {
    const { project, history, readOnly } = this.state
    if (!project) return false
    if (readOnly) {
      this.notify('error', readOnly)
      return false
    }
    const result = applyCommand(project, command)
    if (!result.ok) {
      this.notify('error', result.error)
      return false
    }
    this.set({ project: result.project, history: record ? recordStep(history, project, command, nowIso(), this.state.author) : history })
    void this.send(command)
    return true
  }

  private async send(command: Command): Promise<void> {
    const id = this.makeId()
    this.mine.add(id)
    try {
      const reply = await this.api.applyCommand(command, id)
      if (reply.ok) return
      this.mine.delete(id)
      this.notify('error', `That change was not saved: ${reply.error}`)
    } catch (err) {
      this.mine.delete(id)
      this.notify('error', `That change was not saved: ${(err as Error).message}`)
    }
    // Main is the source of truth: take its copy again rather than guess.
    this.adopt(await this.api.getSession())
  }

  undo(): boolean {
    const step = undoStep(this.state.history, nowIso())
    if (!step || !this.perform(step.command, false)) return false
    this.set({ history: step.history })
    return true
  }

  redo(): boolean {
    const step = redoStep(this.state.history, nowIso())
    if (!step || !this.perform(step.command, false)) return false
    this.set({ history: step.history })
    return true
  }

  revision = (): number => this.taken

  canUndo = (): boolean => canUndo(this.state.history)
  canRedo = (): boolean => canRedo(this.state.history)

  /**
   * A change main made on the window's request (merge, article update,
   * import): recorded for undo against the project as it was before, and
   * taken in now if its echo has not arrived yet (the echo is then skipped).
   */
  recordFromMain(before: Project | null, change: { command: Command | null; commandId: string | null; revision: number }): void {
    const { command, commandId, revision } = change
    if (before && command) this.set({ history: recordStep(this.state.history, before, command, nowIso(), this.state.author) })
    const project = this.state.project
    if (!project || !command || revision <= this.taken) return
    const result = applyCommand(project, command)
    if (!result.ok) return void this.reload()
    if (commandId) this.mine.add(commandId)
    this.taken = revision
    this.set({ project: result.project })
  }

  /**
   * Merge a colleague's project, or replace an article's text with a newer
   * version: main applies the change (and pushes it); here it is recorded for
   * undo against the project as it was before. Answers with the summary's lines.
   */
  async changeThroughMain(run: () => Promise<MergeResult | ArticleUpdateResult>): Promise<string[] | null> {
    const before = this.state.project
    try {
      const result = await run()
      if (!result.ok) {
        if (!result.cancelled) this.notify('error', result.error)
        return null
      }
      this.recordFromMain(before, result)
      if ('lines' in result.summary) return result.summary.lines
      const found = result.summary.fuzzyIds ?? []
      if (found.length) this.set({ approximate: [...new Set([...this.state.approximate, ...found])] })
      return describeUpdate(result.summary)
    } catch (err) {
      this.notify('error', (err as Error).message)
      return null
    }
  }

  /** The reporter has checked the tags found approximately: the list of them goes. */
  clearApproximate(): void {
    if (this.state.approximate.length) this.set({ approximate: [] })
  }

  /** Articles an import added, through their command (recorded for undo: Undo takes them out again). */
  takeImport(before: Project | null, result: Extract<ImportResult, { ok: true }>): void {
    this.recordFromMain(before, result)
  }

  async reload(noticeTone: Notice['tone'] = 'info'): Promise<void> {
    this.adopt(await this.api.getSession(), noticeTone)
  }

  /** New, open, open recent, sample, save as: all answer with a session or a reason. */
  async openWith(action: () => Promise<OpenResult>): Promise<void> {
    try {
      const result = await action()
      if (result.ok) this.adopt(result.session)
      else if (!result.cancelled) this.notify('error', result.error)
    } catch (err) {
      this.notify('error', (err as Error).message)
    }
  }

  async close(): Promise<void> {
    this.adopt(await this.api.closeProject())
  }

  /** The name new tags carry, kept in app settings; asked once. */
  async setAuthor(name: string): Promise<void> {
    const result = await this.api.setAuthor(name)
    if (result.ok) this.set({ author: result.author, authorConfirmed: true })
    else this.notify('error', result.error)
  }
}
