/**
 * Asking main for an answer that depends on a changing project (the
 * statements across articles: 0.5–1 s of main's time on a 20,000-tag
 * project) once a burst of changes has settled, not after each change.
 *
 * - `changed()`: something the answer depends on changed; ask when no other
 *   change has come for `settleMs`, so ten quick edits make one ask.
 * - `now()`: the question itself changed (the panel opened, another speaker
 *   was chosen); ask without waiting, since the user is looking for it.
 * - At most one ask is in flight: main runs one finding at a time anyway,
 *   and asks queued behind each other would only delay the one that counts.
 *   An ask due meanwhile is made once the one in flight is answered.
 * - An answer is shown only if nothing changed since it was asked: an older
 *   answer could still hold an offer just accepted, which would come back
 *   for a moment and let a key press act on it again.
 */

export type SettledAskOptions<T> = {
  readonly ask: () => Promise<T>
  readonly show: (answer: T) => void
  /** How long changes must stop before asking. */
  readonly settleMs?: number
  /** A failed ask; by default written to the console, as an unanswered ask always was. The next change asks again. */
  readonly failed?: (error: unknown) => void
}

export const SETTLE_MS = 300

export class SettledAsk<T> {
  private timer: ReturnType<typeof setTimeout> | null = null
  /** Counts changes, so an answer knows whether it is still current. */
  private revision = 0
  private inFlight = false
  /** An ask came due while another was in flight. */
  private due = false
  private stopped = false

  constructor(private readonly options: SettledAskOptions<T>) {}

  /** Something the answer depends on changed: ask once changes have settled. */
  changed(): void {
    if (this.stopped) return
    this.revision++
    this.cancelTimer()
    this.timer = setTimeout(this.fire, this.options.settleMs ?? SETTLE_MS)
  }

  /** The question changed: ask at once (or as soon as the ask in flight is answered). */
  now(): void {
    if (this.stopped) return
    this.revision++
    this.cancelTimer()
    this.fire()
  }

  /** No more asks, and no answer shown (the panel closed). */
  stop(): void {
    this.stopped = true
    this.cancelTimer()
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private fire = (): void => {
    this.timer = null
    if (this.stopped) return
    if (this.inFlight) {
      this.due = true
      return
    }
    const asked = this.revision
    this.inFlight = true
    void this.options.ask().then(
      (answer) => this.answered(() => !this.stopped && asked === this.revision && this.options.show(answer)),
      (error: unknown) => this.answered(() => (this.options.failed ?? console.error)(error))
    )
  }

  private answered(use: () => unknown): void {
    this.inFlight = false
    use()
    if (!this.due) return
    this.due = false
    this.fire()
  }
}
