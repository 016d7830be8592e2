/**
 * Where the server keeps projects: @hocuspocus/extension-database's fetch
 * and store over SQLite (db.ts), plus an update log that makes every
 * acknowledged change durable at once. Hocuspocus stores a document only
 * after a quiet spell (debounce), but acknowledges each update as soon as it
 * has applied it; so every update is appended to the log synchronously, in
 * the document's own update event, which runs before the acknowledgement is
 * sent. A `kill -9` then loses nothing a client was told was saved.
 *
 * Loading merges the compacted state with every logged update. Storing
 * writes the new state (merged into the stored one when other processes
 * share the file: one may have stored changes this one has not seen yet)
 * and deletes this process's log rows that the state now holds.
 *
 * A project stored in the team document's old layout is moved into the
 * current one as it loads (yLayout.ts's drainLegacy, logged like any change),
 * so an existing project is migrated the first time it is opened and every
 * desk that joins receives the current layout.
 */
import { randomUUID } from 'node:crypto'
import { Database } from '@hocuspocus/extension-database'
import type { Extension, afterLoadDocumentPayload } from '@hocuspocus/server'
import * as Y from 'yjs'
import { drainLegacy, hasLegacy } from '../main/team/yLayout'
import type { TeamDb } from './db'

/** The same bytes as a Buffer, without copying them (a project's whole state is ~17 MB at 20,000 tags). */
function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

export class DocumentStorage {
  /** Names this process's rows in the update log. */
  readonly writer = randomUUID()
  private readonly lastLogged = new Map<string, number>()

  /** `shared`: other processes write the same file (Redis): a stored state is merged with theirs, not replaced. */
  constructor(private readonly db: TeamDb, private readonly shared = false) {}

  /** The project's state: the compacted state and every update logged since, merged; null for a new project. */
  load(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Buffer } | undefined
    const logged = this.db.prepare('SELECT data FROM updates WHERE name = ? ORDER BY id').all(name) as Array<{ data: Buffer }>
    const parts = [...(row ? [row.state] : []), ...logged.map((r) => r.data)].map((b) => new Uint8Array(b))
    if (parts.length === 0) return null
    return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts)
  }

  /** Append one update to the log (synchronous: on disk when this returns). */
  log(name: string, update: Uint8Array): void {
    const info = this.db.prepare('INSERT INTO updates (name, writer, data) VALUES (?, ?, ?)').run(name, this.writer, view(update))
    this.lastLogged.set(name, Number(info.lastInsertRowid))
  }

  /** Write the compacted state (merged with what is stored) and drop this process's log rows it holds. */
  store(name: string, state: Uint8Array): void {
    const upTo = this.lastLogged.get(name) ?? 0
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Buffer } | undefined
      const merged = row && this.shared ? Y.mergeUpdates([new Uint8Array(row.state), state]) : state
      this.db.prepare('INSERT OR REPLACE INTO documents (name, state, stored_at) VALUES (?, ?, ?)').run(name, view(merged), new Date().toISOString())
      this.db.prepare('DELETE FROM updates WHERE name = ? AND writer = ? AND id <= ?').run(name, this.writer, upTo)
    }).immediate()
  }

  /** The Hocuspocus extensions: the database extension for fetch/store, and the log. */
  extensions(): Extension[] {
    const database = new Database({
      fetch: async ({ documentName }) => this.load(documentName),
      store: async ({ documentName, state }) => this.store(documentName, view(state))
    })
    const log: Extension = {
      extensionName: 'quotemark-update-log',
      afterLoadDocument: async ({ document, documentName }: afterLoadDocumentPayload) => {
        document.on('update', (update: Uint8Array) => this.log(documentName, update))
        if (hasLegacy(document)) document.transact(() => drainLegacy(document), 'quotemark-migrate')
      }
    }
    return [database, log]
  }
}
