import type { QuotemarkApi, QuoteSheetRequest } from '../../../core/api'
import type { DeskStore } from '../deskStore'

/** Print the project's quote sheet, or save it as a PDF, and say how it went. */
export async function printQuoteSheet(store: DeskStore, api: QuotemarkApi, output: QuoteSheetRequest['output']): Promise<void> {
  if (!store.getState().project) return store.notify('info', 'Open a project first, then print its quote sheet.')
  const result = await api.printQuoteSheet({ output })
  if (!result.ok) {
    if (!result.cancelled) store.notify('error', result.error)
    return
  }
  const tags = `${result.count} ${result.count === 1 ? 'tag' : 'tags'}`
  store.notify('info', result.path ? `Saved the quote sheet (${tags}) as ${fileName(result.path)}.` : `Sent the quote sheet (${tags}) to the printer.`)
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
