/**
 * When the open project is written: a debounced save after the last change,
 * retries with backoff after a failure (the project stays in memory, the
 * status says why), and one chain on which saves, disk checks and restores
 * run one after another. What a save does is the store's `write`; this only
 * decides when, and keeps the status the window shows.
 */
import type { SaveStatus } from '../core/api'
import { Listeners } from './listeners'

export const DEFAULT_DEBOUNCE_MS = 300
export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 5000] as const

export type SaveSchedulerOptions = {
  debounceMs: number
  /** Waits before retrying a failed save: the first failure waits the first, and so on; the last repeats. */
  retryDelaysMs: readonly number[]
  /** Writes what is pending (the store's save). Rejects when it failed (after calling `failed`). */
  write: () => Promise<void>
}

export class SaveScheduler {
  /** Changes in memory that are not on disk yet. */
  dirty = false
  private failures = 0
  private status: SaveStatus = { state: 'saved' }
  private debounceTimer: ReturnType<typeof setTimeout> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private chain: Promise<void> = Promise.resolve()
  private readonly listeners = new Listeners<SaveStatus>()

  constructor(private readonly options: SaveSchedulerOptions) {}

  get saveStatus(): SaveStatus {
    return this.status
  }

  get debouncing(): boolean {
    return this.debounceTimer !== null
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    return this.listeners.add(listener)
  }

  setStatus(status: SaveStatus): void {
    this.status = status
    // (A listener's failure must not break saving.)
    this.listeners.tell(status)
  }

  /** Run `task` after everything already on the chain; the chain goes on whether it fails or not. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task)
    this.chain = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  /** Resolves when everything on the chain so far has run. */
  settled(): Promise<void> {
    return this.chain
  }

  /** Something changed: save after the quiet time (or with the retry already waiting). */
  changed(): void {
    this.dirty = true
    // While a failed save waits to be retried, the retry writes the latest state
    // and the error stays on screen until a save succeeds.
    if (this.retryTimer) return
    if (this.status.state !== 'unsaved') this.setStatus({ state: 'unsaved' })
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null
      this.save().catch(() => undefined) // reported through the status; retried
    }, this.options.debounceMs)
  }

  /** Save pending changes now. */
  flush(): Promise<void> {
    this.clearTimers()
    return this.save()
  }

  save(): Promise<void> {
    return this.enqueue(this.options.write)
  }

  /** A save failed with `message`: keep the changes, show why, try again later. */
  failed(message: string): void {
    this.dirty = true
    this.failures++
    this.setStatus({ state: 'error', error: message })
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = null
    if (this.retryTimer) clearTimeout(this.retryTimer)
    const delays = this.options.retryDelaysMs
    const delay = delays[Math.min(this.failures - 1, delays.length - 1)] ?? DEFAULT_RETRY_DELAYS_MS[0]
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.save().catch(() => undefined)
    }, delay)
  }

  /** A save finished: saved, unless something changed while it was writing (then save again). */
  succeeded(savedAt: string): void {
    this.failures = 0
    if (!this.dirty) return this.setStatus({ state: 'saved', savedAt })
    if (!this.debounceTimer) this.changed()
    else this.setStatus({ state: 'unsaved' })
  }

  /** Nothing is pending any more (a new file, a reload): no timers, no failures. */
  reset(status: SaveStatus = { state: 'saved' }): void {
    this.clearTimers()
    this.dirty = false
    this.failures = 0
    this.setStatus(status)
  }

  /** Stop waiting: no debounced save, no retry (a write about to happen now, or shutdown). */
  clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.debounceTimer = this.retryTimer = null
  }
}
