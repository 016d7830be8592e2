/**
 * Who is told of a change in main: the window's bridge, the team session,
 * the save status line. Each listener is called in turn; one that throws
 * must not stop the others, nor the change or the save that told them.
 */
export class Listeners<T> {
  private readonly all = new Set<(value: T) => void>()

  /** Listen; the function returned stops listening. */
  add(listener: (value: T) => void): () => void {
    this.all.add(listener)
    return () => this.all.delete(listener)
  }

  /** Tell every listener, whatever any of them does. */
  tell(value: T): void {
    for (const listener of this.all) {
      try {
        listener(value)
      } catch {
        // one listener's failure must not stop the others, nor what told them
      }
    }
  }
}
