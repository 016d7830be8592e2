/**
 * The team's changes on their way into the store. The records that changed
 * in the document are gathered and taken in one round per microtask:
 * repaired (repair.ts: repairs are written back, so every client converges),
 * turned into ONE command (remoteCommand.ts) and applied as the team's. A
 * batch the store refuses (a record it needs is usually half-arrived) is
 * applied as far as it can be and the rest tried again shortly; tries are
 * counted per record, and said only after a few. Kept apart from TeamSync
 * (the connection and the local side) because it needs only the pending
 * records, the retries and what it is handed here.
 */
import type * as Y from 'yjs'
import type { Command } from '../../core/commands'
import type { Project } from '../../core/schema'
import type { ProjectStore } from '../projectStore'
import { changedSet, markChanged, Repairer, type Changed } from './repair'
import { applicableSteps, remoteCommand, touchedIds } from './remoteCommand'
import { tell } from './teamEvents'
import type { TeamProblems } from './teamProblems'
import { drainLegacy, hasLegacy } from './yLayout'
import { collection, KINDS, type Kind } from './yRecords'

/** The origin of repairs written back: not remote changes to this client. */
export const REPAIR = 'quotemark-repair'
/** Old-layout records moved into the current layout: heard like remote changes (yLayout.ts). */
const MIGRATE = 'quotemark-migrate'
/** Rounds of remote changes applied by every TeamSync in this process, and the time they took (the bench reads it). */
export const teamSyncWork = { rounds: 0, ms: 0 }

/** Tries of a record the store refused before it is reported (it is usually half-arrived and whole a moment later). */
const MAX_RETRIES = 5

export class RemoteChanges {
  private pending: Changed = changedSet()
  private queued = false
  private readonly retries = new Map<string, number>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly store: ProjectStore,
    /** The project file synced: nothing is applied once the store holds another. */
    private readonly path: string,
    private readonly problems: TeamProblems,
    private readonly applied: Set<(command: Command) => void>,
    /** Nothing is applied before the first sync: it decides (TeamSync.synced()). */
    private readonly joined: () => boolean,
    private readonly stopped: () => boolean
  ) {}

  /** True while a round is queued (settled() waits for it). */
  get scheduled(): boolean { return this.queued }

  /** Records of one kind changed by someone else (the caller leaves out this client's own writes). */
  heard(kind: Kind, events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    for (const event of events) {
      if (event.path.length === 0) for (const key of event.changes.keys.keys()) markChanged(this.pending, kind, key)
      else markChanged(this.pending, kind, String(event.path[0]))
    }
    this.schedule()
  }

  schedule(): void {
    if (this.queued) return
    this.queued = true
    queueMicrotask(() => this.applyPending())
  }

  /** Old-layout records (a saved state or a desk from before layout 2) move into the current layout; the moves are heard as changes. */
  drainLegacy(): void {
    if (hasLegacy(this.doc)) this.doc.transact(() => drainLegacy(this.doc), MIGRATE)
  }

  /** Every record of the document and the store: used after loading the saved state and on the first sync. */
  reconcileAll(): void {
    const project = this.store.project
    if (!project) return
    const changed = changedSet()
    for (const kind of KINDS) {
      for (const r of project[kind]) markChanged(changed, kind, r.id)
      for (const id of collection(this.doc, kind).keys()) markChanged(changed, kind, id)
    }
    this.pending = changedSet()
    this.applyChanged(changed)
  }

  private applyPending(): void {
    if (!this.joined()) {
      this.queued = false
      return // the first sync decides (synced())
    }
    this.drainLegacy()
    this.queued = false
    const changed = this.pending
    this.pending = changedSet()
    this.applyChanged(changed)
  }

  private applyChanged(changed: Changed): void {
    const started = performance.now()
    try {
      this.applyChangedNow(changed)
    } finally {
      teamSyncWork.rounds++
      teamSyncWork.ms += performance.now() - started
    }
  }

  private applyChangedNow(changed: Changed): void {
    const store = this.store
    const project = store.project
    if (!project || store.path !== this.path) return
    const repairer = new Repairer(this.doc, project, changed, (kind, id) => this.problems.suspect(kind, id))
    this.doc.transact(() => repairer.run(), REPAIR)
    const command = remoteCommand(this.doc, project, changed, repairer.lookup)
    if (!command) return
    const outcome = store.applyTrusted(command, { origin: 'team' })
    if (outcome.ok) {
      this.retries.clear()
      return tell(this.applied, command)
    }
    this.applyWhatCan(project, command, outcome.error)
  }

  /**
   * A batch the store refused (a record it needs is still half-arrived): apply
   * every step that can be, and try the records of the others again shortly;
   * said only when they still cannot be applied after a few tries.
   */
  private applyWhatCan(project: Project, command: Command, error: string): void {
    const { batch, refusedSteps } = applicableSteps(project, command)
    if (batch && this.store.applyTrusted(batch, { origin: 'team' }).ok) tell(this.applied, batch)
    const again = touchedIds({ type: 'batch', label: 'retry', commands: refusedSteps })
    let tries = 0
    for (const [kind, ids] of again) for (const id of ids) {
      const key = `${kind}\u0000${id}`
      const n = (this.retries.get(key) ?? 0) + 1
      this.retries.set(key, n)
      tries = Math.max(tries, n)
    }
    if (tries > MAX_RETRIES) {
      const n = refusedSteps.length
      return this.problems.say(`${n} ${n === 1 ? 'change' : 'changes'} from the team could not be applied here (${error})`)
    }
    setTimeout(() => {
      if (this.stopped()) return
      for (const [kind, ids] of again) for (const id of ids) markChanged(this.pending, kind, id)
      this.schedule()
    }, 100 * tries).unref?.()
  }
}
