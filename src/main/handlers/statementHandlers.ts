/**
 * Statements across outlets: the groups and contradictions of the open
 * project, found by the pure finder (core/statements) in main, where the
 * project is; the window accepts and rejects them as ordinary commands.
 */
import type { Handlers } from '../../core/api'
import { findStatements } from '../../core/statements/statements'
import type { HandlerContext } from './context'

type StatementHandlers = Pick<Handlers, 'findStatements'>

export function statementHandlers({ store }: HandlerContext): StatementHandlers {
  return {
    async findStatements(speakerId) {
      const snap = store.snapshot()
      if (!snap) return { groups: [], contradictions: [] }
      return findStatements(snap.project, speakerId ? { speakerId } : {})
    }
  }
}
