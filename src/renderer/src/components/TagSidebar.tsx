import { useEffect, useRef, useState } from 'react'
import { annotationKinds, type Annotation, type AnnotationKind } from '../../../core/schema'
import { kindLabel } from './kinds'

type Props = {
  annotations: readonly Annotation[]
  selectedId: string | null
  onSelect: (id: string | null) => void
  onUpdate: (id: string, patch: { kind?: AnnotationKind; note?: string }) => void
  onDelete: (id: string) => void
}

/** The article's tags in text order; the selected one opens for its kind, note and deletion. */
export function TagSidebar({ annotations, selectedId, onSelect, onUpdate, onDelete }: Props) {
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (selectedId) list.current?.querySelector(`[data-tag-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedId])
  if (!annotations.length) {
    return (
      <p className="qm-empty">
        No tags in this article yet. Select words in the text and press <kbd>Q</kbd> for a quote, <kbd>A</kbd> for an attribution or <kbd>C</kbd> for a claim.
      </p>
    )
  }
  return (
    <ol className="qm-tag-list" aria-label="Tags in this article" ref={list}>
      {annotations.map((ann) => (
        <li key={ann.id} data-tag-id={ann.id} className={`qm-tag-item qm-kind-${ann.kind}${ann.id === selectedId ? ' qm-current' : ''}`}>
          <button
            type="button"
            className="qm-tag-summary"
            aria-pressed={ann.id === selectedId}
            onClick={() => onSelect(ann.id === selectedId ? null : ann.id)}
          >
            <span className={`qm-chip qm-chip-${ann.kind}`}>{kindLabel[ann.kind]}</span>
            <span className="qm-tag-exact">{ann.target.exact}</span>
            {ann.note && ann.id !== selectedId ? <span className="qm-tag-note">{ann.note}</span> : null}
          </button>
          {ann.id === selectedId ? <TagDetails annotation={ann} onUpdate={onUpdate} onDelete={onDelete} /> : null}
        </li>
      ))}
    </ol>
  )
}

function TagDetails({ annotation, onUpdate, onDelete }: { annotation: Annotation; onUpdate: Props['onUpdate']; onDelete: Props['onDelete'] }) {
  const [note, setNote] = useState(annotation.note)
  useEffect(() => setNote(annotation.note), [annotation.id, annotation.note])
  const commitNote = () => onUpdate(annotation.id, { note })
  return (
    <div className="qm-tag-details">
      <fieldset className="qm-kind-choice">
        <legend>Kind</legend>
        {annotationKinds.map((kind) => (
          <label key={kind}>
            <input type="radio" name={`kind-${annotation.id}`} checked={annotation.kind === kind} onChange={() => onUpdate(annotation.id, { kind })} />
            {kindLabel[kind]}
          </label>
        ))}
      </fieldset>
      <label className="qm-note">
        Note
        <textarea
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
          onBlur={commitNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              commitNote()
            }
          }}
          placeholder="Context, doubts, what to check… (Ctrl+Enter saves)"
        />
      </label>
      <p className="qm-provenance">
        {annotation.author ? `Tagged by ${annotation.author}, ` : 'Tagged '}
        {new Date(annotation.createdAt).toLocaleString()}
        {annotation.updatedAt !== annotation.createdAt ? ` · changed ${new Date(annotation.updatedAt).toLocaleString()}` : ''}
      </p>
      <button type="button" className="qm-danger" onClick={() => onDelete(annotation.id)}>
        Delete tag <kbd>Del</kbd>
      </button>
    </div>
  )
}
