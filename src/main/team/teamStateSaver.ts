/**
 * The team state kept beside the project (`<name>.quotemark-team`), so work
 * done offline reaches the team when the connection returns: the whole Yjs
 * state once, then each batch of updates appended (no 20 MB rewrite per
 * tag), and the whole state again when compacting (closing).
 */
import * as Y from 'yjs'
import { appendTeamUpdate, writeTeamState } from './teamFiles'

export class TeamStateSaver {
  private timer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  /** Updates not yet appended to the file. */
  private unsaved: Uint8Array[] = []
  /** Whether the file holds a whole state to append to. */
  written = false

  constructor(
    private readonly path: string | null,
    private readonly doc: Y.Doc,
    /** Nothing is saved before the document has joined (it would be an empty state). */
    private readonly joined: () => boolean,
    private readonly delayMs = 300
  ) {}

  /** An update to keep: appended a moment later. */
  add(update: Uint8Array): void {
    this.unsaved.push(update)
    this.schedule()
  }

  schedule(): void {
    if (!this.path || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.saveNow()
    }, this.delayMs)
  }

  /** Append what changed since the last save; the whole state when the file has none yet, or when `compact` (closing). */
  saveNow(compact = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const path = this.path
    if (!path || !this.joined() || (!compact && this.unsaved.length === 0)) return this.saving
    const whole = compact || !this.written
    const bytes = whole ? Y.encodeStateAsUpdate(this.doc) : Y.mergeUpdates(this.unsaved)
    this.unsaved = []
    this.written = true
    this.saving = this.saving.then(() => (whole ? writeTeamState(path, bytes) : appendTeamUpdate(path, bytes))).catch(() => undefined)
    return this.saving
  }
}
