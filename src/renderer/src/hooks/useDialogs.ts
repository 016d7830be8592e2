import { useCallback, useState } from 'react'

/** The window's dialogs: which one is open (at most one at a time in practice), and a merge or update summary to read. */
export type DialogState = {
  readonly exporting: boolean
  readonly restoring: boolean
  readonly pasting: boolean
  readonly help: boolean
  readonly summary: { readonly title: string; readonly lines: readonly string[] } | null
}

const closed: DialogState = { exporting: false, restoring: false, pasting: false, help: false, summary: null }

export type SetDialogs = (patch: Partial<DialogState>) => void

export function useDialogs(): [DialogState, SetDialogs] {
  const [dialogs, setDialogs] = useState<DialogState>(closed)
  const set = useCallback<SetDialogs>((patch) => setDialogs((d) => ({ ...d, ...patch })), [])
  return [dialogs, set]
}
