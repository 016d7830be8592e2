/**
 * A first look at a team server before Share or Join touches any file: can it
 * be reached, does it take this token, is the token a viewer's, and does the
 * server already hold the project. A throwaway document is synced and
 * dropped, so each problem is said in words while the local project is still
 * as it was.
 */
import { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { parseToken, wireToken } from '../../server/token'
import { QuietWebSocket } from '../team/quietSocket'
import { isEmptyTeamDoc } from '../team/yRecords'

export type TeamProbe = { ok: true; project: string; readOnly: boolean; hasProject: boolean } | { ok: false; error: string }

export const PROBE_TIMEOUT_MS = 8000

export function unreachable(url: string): string {
  return `Could not reach the team server at ${url}. Is it running, and is the address right?`
}

export function refused(reason: string | undefined): string {
  const why = reason && reason !== 'permission-denied' ? ` (${reason})` : ''
  return `The team server refused this token${why}. Ask whoever runs the server for a new one (quotemark-server add-member).`
}

export function probeTeam(url: string, token: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<TeamProbe> {
  const parsed = parseToken(token)
  if (!parsed) return Promise.resolve({ ok: false, error: 'That is not a Quotemark team token: a token starts with qm1. and is printed by quotemark-server add-member.' })
  return new Promise((resolve) => {
    const doc = new Y.Doc()
    let done = false
    let provider: HocuspocusProvider | null = null
    const finish = (result: TeamProbe): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      provider?.destroy()
      doc.destroy()
      resolve(result)
    }
    const timer = setTimeout(() => finish({ ok: false, error: unreachable(url) }), timeoutMs)
    try {
      provider = new HocuspocusProvider({
        url,
        name: parsed.project,
        document: doc,
        token: wireToken(token),
        WebSocketPolyfill: QuietWebSocket,
        onAuthenticationFailed: ({ reason }: { reason: string }) => finish({ ok: false, error: refused(reason) }),
        onSynced: ({ state }: { state: boolean }) => {
          if (state) finish({ ok: true, project: parsed.project, readOnly: provider?.authorizedScope === 'readonly', hasProject: !isEmptyTeamDoc(doc) })
        },
        // Closed before any answer: nobody listens there (a refusal arrives before its close).
        onClose: () => setTimeout(() => provider?.isAuthenticated || finish({ ok: false, error: unreachable(url) }), 200)
      } as ConstructorParameters<typeof HocuspocusProvider>[0])
    } catch (err) {
      finish({ ok: false, error: `${unreachable(url)} (${err instanceof Error ? err.message : String(err)})` })
    }
  })
}
