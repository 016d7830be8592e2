/**
 * The window's side of source documents: adding one (through main, which
 * reads the file; recorded for undo like an import), removing one (asking
 * first when quotes were checked against it, whose checks go with it), and
 * opening the check of the selected quote.
 */
import type { DroppedFile, QuotemarkApi } from '../../../core/api'
import { nowIso } from '../../../core/ids'
import { removeSourceEdit } from '../../../core/verify/sourceEdits'
import { keyHint } from '../components/keyHint'
import { questions } from '../components/QuestionDialog'
import type { DeskStore } from '../deskStore'
import { Observable } from '../store/observable'

/** Which quotes a check covers: the one, all of its speaker's, or all in its article. */
export type CheckScope = 'quote' | 'speaker' | 'article'

/** Which tag's check is open (Check against source…), and for which of the quotes around it; tagId null when none. */
class CheckWindow extends Observable<{ tagId: string | null; scope: CheckScope }> {
  constructor() {
    super({ tagId: null, scope: 'quote' })
  }
  open = (tagId: string, scope: CheckScope = 'quote'): void => this.set({ tagId, scope })
  close = (): void => this.set({ tagId: null, scope: 'quote' })
}

export const checkWindow = new CheckWindow()

/** Add a source document chosen in a dialog (or dropped): one undo step. */
export async function addSource(store: DeskStore, api: QuotemarkApi, file?: DroppedFile): Promise<string | null> {
  if (!store.getState().project) {
    store.notify('info', 'Open or create a project first, then add a source to check its quotes against.')
    return null
  }
  const before = store.getState().project
  try {
    const result = file ? await api.importDroppedSource(file) : await api.importSource()
    if (!result.ok) {
      if (!result.cancelled) store.notify('error', result.error)
      return null
    }
    store.replica.recordFromMain(before, result)
    store.notify('info', `Added the source “${result.source.title}”. Select a quote and check it against the source (${keyHint('checkQuote')}).`)
    return result.source.id
  } catch (err) {
    store.notify('error', `The source could not be added: ${(err as Error).message}`)
    return null
  }
}

/** Remove a source document; when quotes were checked against it, ask first (their checks go too, and come back with undo). */
export async function removeSource(store: DeskStore, sourceId: string): Promise<void> {
  const project = store.getState().project
  const source = project?.sources.find((s) => s.id === sourceId)
  if (!project || !source) return
  const { command, cleared } = removeSourceEdit(project, sourceId, nowIso(), store.getState().author)
  if (cleared) {
    const answer = await questions.ask({
      title: `Remove the source “${source.title}”?`,
      text: `${cleared} ${cleared === 1 ? 'quote was' : 'quotes were'} checked against it; ${cleared === 1 ? 'its check goes' : 'their checks go'} with it. Undo brings everything back.`,
      answers: [{ value: 'remove', label: 'Remove source and checks', danger: true }]
    })
    if (answer !== 'remove') return
  }
  if (store.perform(command)) store.notify('info', `Removed the source “${source.title}”.`)
}

/** Open the check of the selected tag (a quote or claim); with none selected, of all the quotes in the open article. */
export function checkSelectedQuote(store: DeskStore): void {
  const { project, selectedAnnotationId, selectedArticleId } = store.getState()
  if (!project) return store.notify('info', 'Open a project first.')
  const tag = selectedAnnotationId ? store.index().annotationsById.get(selectedAnnotationId) : undefined
  if (tag && tag.kind !== 'attribution') return checkWindow.open(tag.id)
  const first = (store.index().byArticle.get(selectedArticleId ?? '') ?? []).find((a) => a.kind === 'quote')
  if (!tag && first) return checkWindow.open(first.id, 'article')
  store.notify('info', 'Select a quote first, then check it against a source.')
}
