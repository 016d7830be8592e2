/**
 * A small observable value: immutable state replaced by `set`, listeners told
 * after each change. The stores React reads through useSyncExternalStore are
 * built on it, so a snapshot is the same object until something changes.
 */
export class Observable<T extends object> {
  private listeners = new Set<() => void>()

  constructor(protected state: T) {}

  getState = (): T => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  protected set(patch: Partial<T>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }
}
