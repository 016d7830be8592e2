import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { MergePreview as Preview } from '../../../core/api'
import { countsByKind, type MergeChange, type MergeItem, type MergeRecordKind } from '../../../core/merge'
import './mergePreview.css'

type Props = {
  preview: Preview
  /** Resolves when the merge has been applied or refused; the dialog closes then. */
  onApply: () => Promise<void>
  onCancel: () => void
  /** Show the item's record behind the dialog: a tag in its article, a person in People, an article. */
  onOpen: (item: MergeItem) => void
}

const KIND_LABEL: Record<MergeRecordKind, string> = { article: 'Articles', tag: 'Tags', person: 'People', link: 'Links', rejection: 'Rejected suggestions' }
const CHANGES: { change: MergeChange; label: string }[] = [
  { change: 'new', label: 'New' },
  { change: 'updated', label: 'Updated' },
  { change: 'deleted', label: 'Deleted' },
  { change: 'conflict', label: 'Conflicts' }
]
/** Conflicts first: they are what the reporter has to decide. */
const ORDER: Record<MergeChange, number> = { conflict: 0, updated: 1, new: 2, deleted: 3 }

/**
 * What merging a colleague's file would change, before anything is applied:
 * counts by kind of record, then one line per record, each opening it behind
 * the dialog (the dialog is not modal, so the project stays readable). Arrow
 * keys move through the lines, Enter opens one, Escape cancels; Apply makes
 * the whole merge one step of undo.
 */
export function MergePreview({ preview, onApply, onCancel, onOpen }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const [applying, setApplying] = useState(false)
  const { summary, source } = preview
  const items = [...summary.items].sort((a, b) => ORDER[a.change] - ORDER[b.change])
  const counts = countsByKind(summary)
  const kinds = (Object.keys(counts) as MergeRecordKind[]).filter((k) => CHANGES.some(({ change }) => counts[k][change] > 0))

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.show()
    const first = el?.querySelector<HTMLElement>('.qm-merge-item, .qm-merge-apply')
    first?.focus()
  }, [])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      return onCancel()
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('.qm-merge-item') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (at < 0) return
    e.preventDefault()
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus()
  }

  const apply = async () => {
    setApplying(true)
    await onApply()
  }

  const title = `Merge ${source}`
  return (
    <dialog ref={dialog} className="qm-dialog qm-merge-preview" aria-label={title} onKeyDown={onKeyDown}>
      <h2>{title}?</h2>
      {items.length === 0 ? (
        <p className="qm-merge-nothing">Nothing to merge: {source} has nothing this project does not already have.</p>
      ) : (
        <>
          <p className="qm-muted">Nothing has changed yet. Open a line to see its record; Apply brings it all in as one step you can undo.</p>
          <table className="qm-merge-counts" aria-label="What the merge would change">
            <thead>
              <tr>
                <th />
                {CHANGES.map(({ change, label }) => (
                  <th key={change} scope="col">{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {kinds.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{KIND_LABEL[kind]}</th>
                  {CHANGES.map(({ change }) => (
                    <td key={change} className={change === 'conflict' && counts[kind][change] ? 'qm-merge-conflict-count' : undefined}>
                      {counts[kind][change] || '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ul ref={list} className="qm-merge-items" aria-label="Records the merge would change">
            {items.map((item, i) => (
              <li key={`${item.change}-${item.record}-${item.id}-${i}`}>
                <button type="button" className={`qm-merge-item qm-merge-${item.change}`} onClick={() => onOpen(item)}>
                  <span className="qm-merge-change">{CHANGES.find((c) => c.change === item.change)!.label.replace(/s$/, '')}</span> {item.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="qm-form-actions">
        {items.length ? (
          <button type="button" className="qm-merge-apply" disabled={applying} onClick={() => void apply()}>
            Apply the merge
          </button>
        ) : null}
        <button type="button" className={items.length ? undefined : 'qm-merge-apply'} onClick={onCancel}>
          {items.length ? 'Cancel' : 'Close'}
        </button>
      </div>
    </dialog>
  )
}

/**
 * Open a person's row in the People tab once the tab is drawn (the tab keeps
 * which row is open itself, so its row is clicked, as the reporter would).
 * Focus stays where it is: in the preview, so the next line is one key away.
 */
export function openPersonRow(name: string | undefined): void {
  if (!name) return
  requestAnimationFrame(() => {
    const rows = [...document.querySelectorAll<HTMLButtonElement>('.qm-people-list .qm-person-row')]
    const row = rows.find((r) => r.querySelector('.qm-article-title')?.textContent === name)
    if (!row) return
    const focused = document.activeElement as HTMLElement | null
    if (row.getAttribute('aria-pressed') !== 'true') row.click()
    row.scrollIntoView({ block: 'nearest' })
    focused?.focus()
  })
}
