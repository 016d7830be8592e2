/**
 * Notices when a file may have changed on disk, and says so (debounced); it
 * does not decide whether it really did: the owner compares what is on disk
 * with what it last read or wrote.
 *
 * Two sources, because neither is enough alone:
 * - fs.watch on the file's FOLDER, not the file: sync clients, editors and
 *   our own saves (durableWrite.ts) replace a file by renaming a temp file over it, and
 *   a watch on the file itself follows the old inode and goes quiet after the
 *   first such replace. Events for other names in the folder are ignored.
 * - a slow poll (a stat every few seconds, done by the owner's check), for
 *   network drives and file systems where fs.watch reports nothing.
 *
 * Neither keeps the process alive (unref'd), and `close` stops both.
 */
import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'

export type FileWatcherOptions = {
  /** Quiet time after the last event before reporting (a rename-based save is several events). */
  debounceMs?: number
  /** How often to report anyway, for folders fs.watch cannot watch; 0 turns polling off. */
  pollMs?: number
  /** Use fs.watch (default); false leaves only the poll, as on a drive that reports nothing. */
  events?: boolean
}

export const DEFAULT_WATCH_DEBOUNCE_MS = 150
export const DEFAULT_WATCH_POLL_MS = 3000

export class FileWatcher {
  private watcher: FSWatcher | null = null
  private poller: ReturnType<typeof setInterval> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private closed = false
  private readonly name: string
  private readonly debounceMs: number
  private readonly pollMs: number
  private readonly events: boolean

  constructor(
    readonly path: string,
    /** Called after events settle, and on every poll tick. */
    private readonly onChange: () => void,
    options: FileWatcherOptions = {}
  ) {
    this.name = basename(path).normalize('NFC')
    this.debounceMs = options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS
    this.pollMs = options.pollMs ?? DEFAULT_WATCH_POLL_MS
    this.events = options.events ?? true
    this.start()
  }

  /** Whether fs.watch is running (false on folders it cannot watch; the poll still runs). */
  get watching(): boolean {
    return this.watcher !== null
  }

  close(): void {
    this.closed = true
    this.watcher?.close()
    this.watcher = null
    if (this.poller) clearInterval(this.poller)
    if (this.timer) clearTimeout(this.timer)
    this.poller = this.timer = null
  }

  private start(): void {
    if (this.events) this.startEvents()
    if (this.pollMs > 0) {
      this.poller = setInterval(() => {
        if (!this.closed) this.onChange()
      }, this.pollMs)
      this.poller.unref?.()
    }
  }

  private startEvents(): void {
    try {
      const watcher = watch(dirname(this.path), { persistent: false }, (_event, filename) => {
        // Some platforms do not say which file; then it may be ours.
        // macOS may report the name decomposed (NFD): compare composed forms.
        const changed = filename === null || filename === undefined ? null : filename.toString().normalize('NFC')
        if (changed === null || changed === this.name) this.schedule()
      })
      watcher.on('error', () => {
        // The folder went away or cannot be watched any more: the poll carries on.
        watcher.close()
        if (this.watcher === watcher) this.watcher = null
      })
      this.watcher = watcher
    } catch {
      this.watcher = null
    }
  }

  private schedule(): void {
    if (this.closed) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      if (!this.closed) this.onChange()
    }, this.debounceMs)
    this.timer.unref?.()
  }
}
