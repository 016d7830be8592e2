/**
 * What TeamSync tells the window: the connection's status (for the toolbar:
 * "Online · 3 here", "Offline — changes kept", "Reconnecting…"), who else is
 * in the project and in which article (awareness), and the listeners' plumbing.
 */
import type { Awareness } from 'y-protocols/awareness'

export type TeamState = 'connecting' | 'online' | 'reconnecting' | 'refused' | 'stopped'
export type TeamStatus = {
  state: TeamState
  url: string
  project: string
  /** People connected to this project now, me included (from awareness). */
  here: number
  /** Local changes the server has not acknowledged yet (kept in the saved state meanwhile). */
  pending: number
  /** True when this member is a viewer: the server drops their changes, so the window should not offer any. */
  readOnly: boolean
  /** Why the server refused, when state is 'refused'. */
  reason?: string
  /** Milliseconds since the epoch when the state last changed. */
  since: number
}
export type TeamPeer = { clientId: number; name: string; articleId: string | null }

/** The others in the project (awareness states other than mine), with the article each has open. */
export function peersOf(awareness: Awareness | null, myClientId: number): TeamPeer[] {
  if (!awareness) return []
  const out: TeamPeer[] = []
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === myClientId) continue
    const user = (state as { user?: { name?: unknown; articleId?: unknown } }).user
    if (user && typeof user.name === 'string') out.push({ clientId, name: user.name.slice(0, 200), articleId: typeof user.articleId === 'string' ? user.articleId.slice(0, 200) : null })
  }
  return out
}

export function on<T>(set: Set<(v: T) => void>, listener: (v: T) => void): () => void {
  set.add(listener)
  return () => set.delete(listener)
}

export function tell<T>(set: Set<(v: T) => void>, value: T): void {
  for (const listener of set) {
    try {
      listener(value)
    } catch {
      // a listener's failure must not stop the sync
    }
  }
}
