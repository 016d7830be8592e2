/**
 * ProjectStores for the unit tests of the store itself: quick saves and
 * retries, every status it reports recorded, all disposed after each test.
 */
import { readFile } from 'node:fs/promises'
import type { SaveStatus } from '../../../src/core/api'
import type { Project } from '../../../src/core/schema'
import { ProjectStore } from '../../../src/main/projectStore'

const stores: ProjectStore[] = []

export function newStore(options: ConstructorParameters<typeof ProjectStore>[0] = {}): { store: ProjectStore; statuses: SaveStatus[] } {
  const store = new ProjectStore({ debounceMs: 30, retryDelaysMs: [40], ...options })
  const statuses: SaveStatus[] = []
  store.onStatus((s) => statuses.push(s))
  stores.push(store)
  return { store, statuses }
}

/** Dispose of every store made with newStore since the last call (for afterEach). */
export async function disposeStores(): Promise<void> {
  for (const store of stores.splice(0)) await store.dispose()
}

export async function readJson(path: string): Promise<Project> {
  return JSON.parse(await readFile(path, 'utf8')) as Project
}
