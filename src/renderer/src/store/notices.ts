/**
 * The messages the window shows above the panes: errors stay until the user
 * dismisses them, confirmations fade after a few seconds. At most four are
 * shown; a new one pushes the oldest out.
 */
import { Observable } from './observable'

export type Notice = { id: number; tone: 'error' | 'info'; text: string }

export const MAX_NOTICES = 4
export const INFO_FADES_AFTER_MS = 6000

export class Notices extends Observable<{ readonly list: readonly Notice[] }> {
  private seq = 0

  constructor(private readonly later: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms)) {
    super({ list: [] })
  }

  notify = (tone: Notice['tone'], text: string): void => {
    const notice = { id: ++this.seq, tone, text }
    this.set({ list: [...this.state.list.slice(1 - MAX_NOTICES), notice] })
    if (tone === 'info') this.later(() => this.dismiss(notice.id), INFO_FADES_AFTER_MS)
  }

  dismiss = (id: number): void => {
    if (this.state.list.some((n) => n.id === id)) this.set({ list: this.state.list.filter((n) => n.id !== id) })
  }
}
