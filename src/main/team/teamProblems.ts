/**
 * What TeamSync says about data from the team it could not take: a record
 * that fails the schema (said only if it still does after a grace period: a
 * record may be half-arrived, its new field values still on their way) and
 * changes the store refused. Each message is said once.
 */
import type * as Y from 'yjs'
import { tell } from './teamEvents'
import { readRecord, type Kind } from './yRecords'

export class TeamProblems {
  private readonly reported = new Set<string>()
  private readonly suspects = new Set<string>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly listeners: Set<(message: string) => void>,
    private readonly graceMs: number,
    private readonly stopped: () => boolean
  ) {}

  /** A record that failed the schema: reported if it still fails `graceMs` later. */
  suspect(kind: Kind, id: string): void {
    const key = `${kind}\u0000${id}`
    if (this.suspects.has(key)) return
    this.suspects.add(key)
    setTimeout(() => {
      this.suspects.delete(key)
      if (this.stopped()) return
      const again = readRecord(this.doc, kind, id)
      if (again && !again.ok) this.say(`A ${kind.replace(/s$/, '').replace(/^peop$/, 'person')} from the team (${id.slice(0, 60)}) was kept out: ${again.reason.slice(0, 200)}`)
    }, this.graceMs).unref?.()
  }

  say(message: string): void {
    if (this.reported.has(message)) return
    this.reported.add(message)
    tell(this.listeners, message)
  }
}
