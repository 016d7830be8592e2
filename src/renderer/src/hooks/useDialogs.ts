import { useCallback, useState } from 'react'
import type { ArticleUpdateResult, MergePreview, QuotemarkApi } from '../../../core/api'
import { kindLabel } from '../components/kinds'
import type { DeskStore } from '../deskStore'

/** Tags a summary asks the reporter to check (found only approximately), each openable. */
export type CheckItem = { readonly id: string; readonly label: string }

/** The window's dialogs: which one is open (at most one at a time in practice), a merge waiting in its preview, and a merge or update summary to read. */
export type DialogState = {
  readonly exporting: boolean
  readonly restoring: boolean
  readonly pasting: boolean
  readonly help: boolean
  readonly merging: MergePreview | null
  readonly summary: { readonly title: string; readonly lines: readonly string[]; readonly check?: readonly CheckItem[] } | null
}

const closed: DialogState = { exporting: false, restoring: false, pasting: false, help: false, merging: null, summary: null }

export type SetDialogs = (patch: Partial<DialogState>) => void

export function useDialogs(): [DialogState, SetDialogs] {
  const [dialogs, setDialogs] = useState<DialogState>(closed)
  const set = useCallback<SetDialogs>((patch) => setDialogs((d) => ({ ...d, ...patch })), [])
  return [dialogs, set]
}

/** *Merge…*: ask main for a colleague's file and what merging it would change, and show that preview (nothing is applied yet). */
export async function previewMerge(store: DeskStore, api: QuotemarkApi, setDialogs: SetDialogs): Promise<void> {
  try {
    const result = await api.previewMerge()
    if (result.ok) setDialogs({ merging: result.preview, summary: null })
    else if (!result.cancelled) store.notify('error', result.error)
  } catch (err) {
    store.notify('error', (err as Error).message)
  }
}

/** The tags `ids` names that are in the project now, as "Quote “words” in “Article”" to open. */
export function checkItems(store: DeskStore, ids: readonly string[] | undefined): CheckItem[] {
  const project = store.getState().project
  const index = store.index()
  const items: CheckItem[] = []
  for (const id of ids ?? []) {
    const tag = index.annotationsById.get(id)
    const article = tag && project?.articles.find((a) => a.id === tag.articleId)
    if (tag) items.push({ id, label: `${kindLabel[tag.kind]} “${tag.target.exact}”${article ? ` in “${article.title}”` : ''}` })
  }
  return items
}

/** Replace an article's text through main, then show what happened to its tags, listing those found approximately. Resolves whether it was done. */
export async function updateArticleAndSummarise(store: DeskStore, setDialogs: SetDialogs, title: string, run: () => Promise<ArticleUpdateResult>): Promise<boolean> {
  let fuzzyIds: string[] | undefined
  const lines = await store.applyFromMain(async () => {
    const result = await run()
    if (result.ok) fuzzyIds = result.summary.fuzzyIds
    return result
  })
  if (!lines) return false
  setDialogs({ summary: { title, lines, check: checkItems(store, fuzzyIds) } })
  return true
}
