/**
 * The window's view of working as a team: the connection's status as main
 * reports it (TeamSync, through the `teamStatus` event), which team dialog is
 * open (Share or Join, from the File menu), and the last thing said about it.
 * One per window: the toolbar shows it, the article list shows who is where.
 */
import type { QuotemarkApi, TeamStatusEvent } from '../../../core/api'
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
}

/** The window's one TeamWindow. */
export const teamWindow = new TeamWindow()
