/**
 * Changes the window makes to tags, people, links and articles: each one a
 * command with the window's id for it, applied through the store's one door
 * (which pushes the projectChanged event that names the same id).
 */
import type { Handlers } from '../../core/api'
import { newId } from '../../core/ids'
import type { HandlerContext } from './context'

export function tagHandlers(ctx: HandlerContext): Pick<Handlers, 'applyCommand'> {
  return {
    applyCommand(command, givenId) {
      // A window that names no id still gets one back, so its reply and its echo can be matched.
      const commandId = givenId ?? newId()
      const outcome = ctx.store.applyUntrusted(command, commandId)
      if (!outcome.ok) return Promise.resolve({ ok: false, error: outcome.error, revision: outcome.revision, commandId })
      return Promise.resolve({ ok: true, revision: outcome.revision, commandId })
    }
  }
}
