/**
 * The window's view of working as a team: the connection's status as main
 * reports it (TeamSync, through the `teamStatus` event), which team dialog is
 * open (Share or Join, from the File menu), and the last thing said about it.
 * One per window: the toolbar shows it, the article list shows who is where.
 * Leave team (File menu) stops syncing the open project and keeps the file;
 * the window then takes main's session again (a viewer's project is no
 * longer read-only once it is only a local file).
 */
import type { QuotemarkApi, Session, TeamStatusEvent } from '../../../core/api'
import { Observable } from './observable'

export type TeamDialogKind = 'share' | 'join'
export type TeamWindowState = { readonly status: TeamStatusEvent; readonly dialog: TeamDialogKind | null; readonly said: string | null }

const off: TeamStatusEvent = { state: 'off', peers: [] }

export class TeamWindow extends Observable<TeamWindowState> {
  private api: QuotemarkApi | null = null
  private stop: (() => void) | null = null

  constructor() {
    super({ status: off, dialog: null, said: null })
  }

  /** Listen to main once (later calls do nothing) and take the current status. */
  connect(api: QuotemarkApi): void {
    if (this.api) return
    this.api = api
    this.stop = api.onTeamStatus((status) => this.set({ status }))
    void api.getTeamStatus().then((status) => this.set({ status })).catch(() => undefined)
  }

  disconnect(): void {
    this.stop?.()
    this.stop = null
    this.api = null
  }

  open(dialog: TeamDialogKind): void {
    this.set({ dialog, said: null })
  }

  close(): void {
    this.set({ dialog: null })
  }

  take(status: TeamStatusEvent, said: string | null): void {
    this.set({ status, said })
  }

  /** Stop working with the team on the open project; the file stays as it is. What happened is said in the toolbar. */
  async leave(adopt: (session: Session) => void): Promise<void> {
    const api = this.api
    if (!api) return
    const { state, error } = this.getState().status
    if (state === 'off' && !error) return this.set({ said: 'This project is not shared with a team.' })
    const status = await api.leaveTeam()
    adopt(await api.getSession())
    const said = 'Left the team: no longer synced; your file stays as it is.'
    this.set({ status, said })
  }
}

/** The window's one TeamWindow. */
export const teamWindow = new TeamWindow()
