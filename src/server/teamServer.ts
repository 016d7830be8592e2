/**
 * The team server: a Hocuspocus server whose documents are Quotemark projects
 * (one Yjs document per project, named by the project's name on the server),
 * kept in SQLite (storage.ts) and opened only by their members' tokens
 * (members.ts). A viewer's connection is read-only: Hocuspocus drops its
 * updates and tells its client they were not saved. Listens on loopback
 * unless told otherwise (cli.ts refuses other addresses without
 * --allow-remote); TLS belongs to a reverse proxy in front of it.
 * With a Redis URL, several processes serve the same projects
 * (@hocuspocus/extension-redis) and share one data folder.
 */
import { Redis } from '@hocuspocus/extension-redis'
import { Server, type Extension, type onAuthenticatePayload } from '@hocuspocus/server'
import { openTeamDb, type TeamDb } from './db'
import { memberForToken } from './members'
import { memoryExtension } from './memory'
import { DocumentStorage } from './storage'
import { readWireToken, WIRE_LAYOUT } from './token'

export type TeamServerOptions = {
  host: string
  port: number
  dataDir: string
  redisUrl?: string
  /** Quiet time before a document's compacted state is written (the update log holds it meanwhile; default 30 s). */
  storeDebounceMs?: number
  log?: (line: string) => void
}

export type RunningTeamServer = { port: number; host: string; db: TeamDb; stop(): Promise<void> }

export const DEFAULT_PORT = 1234
export const DEFAULT_HOST = '127.0.0.1'
/** Quiet time before a project's state is compacted into one row, and the longest it waits while changes keep coming. */
export const STORE_DEBOUNCE_MS = 30_000
export const STORE_MAX_DEBOUNCE_MS = 300_000

function authExtension(db: TeamDb, log: (line: string) => void): Extension {
  return {
    extensionName: 'quotemark-auth',
    onAuthenticate: async ({ token: sent, documentName, connectionConfig }: onAuthenticatePayload) => {
      const { token, layout } = readWireToken(sent ?? '')
      if (layout < WIRE_LAYOUT) {
        log(`refused a connection to ${documentName}: a desk from before team layout ${WIRE_LAYOUT}`)
        throw new Error('This Quotemark is older than the team server: update it to open this project.')
      }
      const member = memberForToken(db, documentName, token)
      if (!member) {
        log(`refused a connection to ${documentName}: unknown token`)
        throw new Error('Not a member of this project.')
      }
      connectionConfig.readOnly = member.role === 'viewer'
      return { member: member.name, role: member.role }
    }
  }
}

function redisExtension(url: string): Extension {
  const parsed = new URL(url)
  return new Redis({ host: parsed.hostname, port: Number(parsed.port || 6379), options: { lazyConnect: false, maxRetriesPerRequest: 3 } })
}

export async function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer> {
  const log = options.log ?? (() => undefined)
  const db = openTeamDb(options.dataDir)
  const storage = new DocumentStorage(db, Boolean(options.redisUrl))
  const extensions: Extension[] = [authExtension(db, log), ...storage.extensions(), memoryExtension()]
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl))
  const server = new Server({
    name: `quotemark-${storage.writer.slice(0, 8)}`,
    address: options.host,
    port: options.port,
    quiet: true,
    // Every change is in the update log the moment it is applied, so the whole state is compacted rarely: encoding a
    // 20,000-tag project takes the event loop for a second or more, and every desk would wait for it.
    debounce: options.storeDebounceMs ?? STORE_DEBOUNCE_MS,
    maxDebounce: Math.max(options.storeDebounceMs ?? STORE_DEBOUNCE_MS, STORE_MAX_DEBOUNCE_MS),
    extensions
  })
  await server.listen()
  const port = server.address.port
  log(`quotemark-server listening on ws://${options.host}:${port} (data in ${options.dataDir})`)
  return {
    port,
    host: options.host,
    db,
    async stop() {
      await server.destroy()
      db.close()
    }
  }
}
