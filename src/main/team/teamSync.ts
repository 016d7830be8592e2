/**
 * TeamSync: the open project mirrored into a Yjs document (yRecords.ts) and
 * kept in step with the team server through a HocuspocusProvider.
 *
 * - Local changes: every change that passes the store's one door, except the
 *   ones this class made ('team'), is written into the document in one
 *   transaction with a local origin: the records the command touched, or the
 *   whole project after a reload or a restore.
 * - Remote changes (remoteChanges.ts): the records that changed in the
 *   document are checked against the schema and the concurrency rules
 *   (repair.ts: repairs are written back, so every client converges), then
 *   become ONE command (remoteCommand.ts) applied with
 *   `store.applyTrusted(command, { origin: 'team' })`; the window hears it
 *   like any change. Undo lives in the window and holds only the window's
 *   own commands, so it never undoes a colleague's change.
 * - Offline: the document's state is saved beside the project
 *   (teamFiles.ts); local changes go on being written into it and are sent
 *   when the connection returns.
 * - First connection of a project (no saved state): when the server's
 *   document is empty the project is uploaded; when it already holds a
 *   project, this file takes the team's version (its earlier content stays
 *   in the backups).
 */
import { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import type { Command } from '../../core/commands'
import type { ProjectStore, StoreChange } from '../projectStore'
import { parseToken, wireToken } from '../../server/token'
import { RemoteChanges, REPAIR } from './remoteChanges'
import { touchedIds } from './remoteCommand'
import { QuietWebSocket } from './quietSocket'
import { on, peersOf, tell, type TeamPeer, type TeamState, type TeamStatus } from './teamEvents'
import { readTeamState, teamStatePath, writeTeamLink } from './teamFiles'
import { TeamProblems } from './teamProblems'
import { TeamStateSaver } from './teamStateSaver'
import { storedRecord } from './storeLookup'
import { LEGACY_KINDS } from './yLayout'
import { collection, deleteRecord, isEmptyTeamDoc, KINDS, markTeamDoc, writeRecord, type Rec } from './yRecords'

export type { TeamPeer, TeamState, TeamStatus } from './teamEvents'
export { teamSyncWork } from './remoteChanges'

export type TeamSyncOptions = {
  store: ProjectStore
  /** ws://127.0.0.1:1234, or wss://… behind a TLS proxy. */
  url: string
  token: string
  /** Shown to the others (awareness). */
  userName?: string
  /** Where the document's state is kept; default beside the project file; null keeps none. */
  statePath?: string | null
  /** Remember url, project and token beside the project file once connected (default true when statePath is kept). */
  rememberLink?: boolean
  saveDelayMs?: number
  /** How long a record that fails the schema may stay so before it is reported (it may be half-arrived). */
  badRecordGraceMs?: number
  /** The WebSocket class (default: the ws package, for Node). */
  WebSocketPolyfill?: unknown
}

const LOCAL = 'quotemark-local'
const LOADED = 'quotemark-loaded'

export class TeamSync {
  readonly doc = new Y.Doc()
  readonly project: string
  private provider: HocuspocusProvider | null = null
  private joined = false
  private status: TeamStatus
  private wasOnline = false
  /** The Yjs state kept beside the project for offline work. */
  private readonly saver: TeamStateSaver
  private readonly problems: TeamProblems
  /** The team's changes on their way into the store. */
  private readonly remote: RemoteChanges
  private readonly listeners = { status: new Set<(s: TeamStatus) => void>(), peers: new Set<(p: TeamPeer[]) => void>(), problem: new Set<(m: string) => void>(), applied: new Set<(c: Command) => void>() }
  private readonly unsubscribe: Array<() => void> = []
  private readonly statePath: string | null
  private readonly path: string

  private constructor(private readonly options: TeamSyncOptions) {
    const parsed = parseToken(options.token)
    if (!parsed) throw new Error('That is not a Quotemark team token (it starts with qm1.).')
    if (!options.store.path) throw new Error('No project is open.')
    this.project = parsed.project
    this.path = options.store.path
    this.statePath = options.statePath === undefined ? teamStatePath(this.path) : options.statePath
    const stopped = (): boolean => this.status.state === 'stopped'
    this.problems = new TeamProblems(this.doc, this.listeners.problem, options.badRecordGraceMs ?? 3000, stopped)
    this.remote = new RemoteChanges(this.doc, options.store, this.path, this.problems, this.listeners.applied, () => this.joined, stopped)
    this.saver = new TeamStateSaver(this.statePath, this.doc, () => this.joined, options.saveDelayMs ?? 300)
    this.status = { state: 'connecting', url: options.url, project: this.project, here: 0, pending: 0, readOnly: false, since: Date.now() }
  }

  /** Open the saved state (if any), bring the store up to it, and connect. */
  static async start(options: TeamSyncOptions): Promise<TeamSync> {
    const sync = new TeamSync(options)
    const saved = sync.statePath ? await readTeamState(sync.statePath) : null
    if (saved?.length) {
      sync.doc.transact(() => {
        for (const update of saved) Y.applyUpdate(sync.doc, update, LOADED)
      }, LOADED)
      sync.saver.written = true
      sync.joined = true
      sync.listen()
      sync.remote.drainLegacy()
      sync.remote.reconcileAll()
    } else sync.listen()
    sync.connect()
    return sync
  }

  // ---- what the window sees ------------------------------------------------

  get currentStatus(): TeamStatus { return this.status }
  /** True once the first sync with the server has happened (now or in an earlier session). */
  get hasJoined(): boolean { return this.joined }

  onStatus(listener: (s: TeamStatus) => void): () => void { return on(this.listeners.status, listener) }
  onPeers(listener: (p: TeamPeer[]) => void): () => void { return on(this.listeners.peers, listener) }
  /** A record from the team that was kept out (said once per record and reason). */
  onProblem(listener: (message: string) => void): () => void { return on(this.listeners.problem, listener) }
  /** Every command applied from the team (after the store applied it). */
  onApplied(listener: (command: Command) => void): () => void { return on(this.listeners.applied, listener) }

  peers(): TeamPeer[] {
    return peersOf(this.provider?.awareness ?? null, this.doc.clientID)
  }

  /** Tell the others which article I am in (null: none). */
  setPresence(articleId: string | null): void {
    this.provider?.setAwarenessField('user', { name: this.options.userName ?? 'Someone', articleId })
  }

  // ---- connection ----------------------------------------------------------

  /** Connect (again): offline changes are sent. */
  connect(): void {
    if (this.provider) return this.reconnect(this.provider)
    const provider = new HocuspocusProvider({
      url: this.options.url,
      name: this.project,
      document: this.doc,
      token: wireToken(this.options.token),
      WebSocketPolyfill: this.options.WebSocketPolyfill ?? QuietWebSocket,
      onSynced: ({ state }) => state && this.synced(),
      onAuthenticated: () => this.updateStatus(),
      onStatus: () => this.updateStatus(),
      onUnsyncedChanges: () => this.updateStatus(),
      onAuthenticationFailed: ({ reason }) => {
        this.setState('refused', reason || 'The server refused this token.')
        provider.disconnect()
      },
      onAwarenessChange: () => {
        this.updateStatus()
        tell(this.listeners.peers, this.peers())
      }
    } as ConstructorParameters<typeof HocuspocusProvider>[0])
    this.provider = provider
    this.setPresence(null)
  }

  private reconnect(provider: HocuspocusProvider): void {
    const socket = provider.configuration.websocketProvider
    // After disconnect() the socket stays "connected" until its close arrives; connecting before that would be a no-op.
    if (!socket.shouldConnect && (socket.status as string) === 'connected') {
      setTimeout(() => this.provider === provider && this.reconnect(provider), 10)
      return
    }
    void provider.connect()
  }

  /** Work offline: changes are kept and sent on connect(). */
  disconnect(): void {
    this.provider?.disconnect()
  }

  /** Resolves when the server has acknowledged every local change and every remote one is applied (tests, Share's "done"). */
  async settled(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs
    while (!(this.provider?.isSynced && this.provider.unsyncedChanges === 0 && !this.remote.scheduled && this.joined)) {
      if (Date.now() > until) throw new Error(`Not in step with the team server after ${timeoutMs} ms (${this.status.state}).`)
      await new Promise((r) => setTimeout(r, 10))
    }
  }

  /** Save the state, disconnect and stop listening. */
  async stop(): Promise<void> {
    for (const off of this.unsubscribe.splice(0)) off()
    this.provider?.destroy()
    this.provider = null
    await this.saver.saveNow(true)
    this.setState('stopped')
    this.doc.destroy()
  }

  private synced(): void {
    if (!this.joined) {
      this.remote.drainLegacy()
      if (isEmptyTeamDoc(this.doc)) this.pushAll()
      this.joined = true
      this.remote.reconcileAll()
      const viewer = this.provider?.authorizedScope === 'readonly' ? { viewer: true } : {}
      if (this.statePath && this.options.rememberLink !== false) void writeTeamLink(this.path, { url: this.options.url, project: this.project, token: this.options.token, ...viewer }).catch(() => undefined)
      this.saver.schedule()
    }
    this.wasOnline = true
    this.updateStatus()
  }

  private updateStatus(): void {
    if (this.status.state === 'refused' || this.status.state === 'stopped') return
    const provider = this.provider
    const connected = provider?.isSynced === true && (provider.configuration.websocketProvider.status as string) === 'connected'
    const state: TeamState = connected ? 'online' : this.wasOnline ? 'reconnecting' : 'connecting'
    const here = (provider?.awareness?.getStates().size ?? 0) || (connected ? 1 : 0)
    const pending = provider?.unsyncedChanges ?? 0
    const readOnly = provider?.authorizedScope === 'readonly'
    if (state !== this.status.state || here !== this.status.here || pending !== this.status.pending || readOnly !== this.status.readOnly) {
      this.status = { ...this.status, state, here, pending, readOnly, since: state === this.status.state ? this.status.since : Date.now() }
      tell(this.listeners.status, this.status)
    }
  }

  private setState(state: TeamState, reason?: string): void {
    this.status = { ...this.status, state, reason, since: Date.now() }
    tell(this.listeners.status, this.status)
  }

  // ---- local → document ----------------------------------------------------

  private listen(): void {
    this.unsubscribe.push(this.options.store.onChange((change) => this.localChange(change)))
    for (const kind of KINDS) {
      const handler = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, txn: Y.Transaction): void => {
        if (txn.origin !== LOCAL && txn.origin !== REPAIR) this.remote.heard(kind, events) // this client's own writes are not news
      }
      collection(this.doc, kind).observeDeep(handler)
      this.unsubscribe.push(() => collection(this.doc, kind).unobserveDeep(handler))
    }
    for (const kind of LEGACY_KINDS) {
      const handler = (): void => this.remote.schedule()
      this.doc.getMap(kind).observe(handler)
      this.unsubscribe.push(() => this.doc.getMap(kind).unobserve(handler))
    }
    const onUpdate = (update: Uint8Array, origin: unknown): void => {
      if (origin === LOADED) return
      this.saver.add(update)
    }
    this.doc.on('update', onUpdate)
    this.unsubscribe.push(() => this.doc.off('update', onUpdate))
  }

  private localChange(change: StoreChange): void {
    if (change.origin === 'team' || !this.joined || this.options.store.path !== this.path) return
    const project = this.options.store.project
    if (!project) return
    if (!change.command) return this.pushAll()
    const touched = touchedIds(change.command)
    this.doc.transact(() => {
      markTeamDoc(this.doc)
      for (const [kind, ids] of touched) {
        for (const id of ids) {
          const record = storedRecord(project, kind, id) as Rec | undefined
          if (record) writeRecord(this.doc, kind, record)
          else deleteRecord(this.doc, kind, id)
        }
      }
    }, LOCAL)
  }

  /** Make the document hold exactly the store's project (upload, reload, restore). */
  private pushAll(): void {
    const project = this.options.store.project
    if (!project) return
    this.doc.transact(() => {
      markTeamDoc(this.doc)
      for (const kind of KINDS) {
        const records = project[kind] as Rec[]
        const keep = new Set(records.map((r) => r.id))
        for (const record of records) writeRecord(this.doc, kind, record)
        for (const id of [...collection(this.doc, kind).keys()]) if (!keep.has(id)) deleteRecord(this.doc, kind, id)
      }
    }, LOCAL)
  }
}
