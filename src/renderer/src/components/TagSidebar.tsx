import { memo, startTransition, useDeferredValue, useEffect, useRef, useState } from 'react'
import { speakerIdOf, type ProjectIndex } from '../../../core/annotations'
import { keyAction, matchesKey } from '../../../core/keymap'
import type { Annotation, Person, Project } from '../../../core/schema'
import type { DeskStore } from '../deskStore'
import { keyHint } from './keyHint'
import { TagDetails } from './TagDetails'
import { TagHeading } from './TagHeading'

/**
 * An article with hundreds of tags lists the first rows at once and the rest
 * in steps after the article has painted, so opening it is not held up by
 * rows below the fold (the selected tag's row is always there).
 */
const FIRST_ROWS = 40
const MORE_ROWS = 200

type Props = {
  articleId: string
  annotations: readonly Annotation[]
  selectedId: string | null
  project: Project
  index: ProjectIndex
  store: DeskStore
  linking: boolean
  setLinking: (on: boolean) => void
}

/** The article's tags in text order; the selected one opens for everything that can be said about it. */
export const TagSidebar = memo(function TagSidebar({ articleId, annotations, selectedId, project, index, store, linking, setLinking }: Props) {
  const list = useRef<HTMLOListElement>(null)
  // The selected tag's details (a form of a dozen fields) open in a render of their own, after the frame that shows
  // the selection: a tag action paints the new tag at once, and its details follow.
  const detailsId = useDeferredValue(selectedId)
  const [listed, setListed] = useState({ articleId, rows: FIRST_ROWS })
  const rows = Math.max(listed.articleId === articleId ? listed.rows : FIRST_ROWS, selectedId ? annotations.findIndex((a) => a.id === selectedId) + 1 : 0)
  useEffect(() => {
    if (rows >= annotations.length) return
    // After the frame that shows what is listed so far has painted: the next rows, as a transition React may interrupt.
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setListed({ articleId, rows: rows + MORE_ROWS })))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [articleId, rows, annotations.length])
  useEffect(() => {
    if (!selectedId) return
    // After the next frame has painted: the text shows a new or chosen tag first, then the list scrolls to its row
    // (which may lay out and paint rows that were out of view).
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => list.current?.querySelector(`[data-tag-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' }))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [selectedId])
  if (!annotations.length) {
    return (
      <p className="qm-empty">
        No tags in this article yet. Select words in the text and press <kbd>{keyHint('quote')}</kbd> for a quote, <kbd>{keyHint('attribution')}</kbd> for an attribution or <kbd>{keyHint('claim')}</kbd> for a claim.
      </p>
    )
  }
  return (
    <ol className="qm-tag-list" aria-label="Tags in this article" ref={list}>
      {(rows < annotations.length ? annotations.slice(0, rows) : annotations).map((ann) =>
        ann.id === detailsId ? (
          <TagRow key={ann.id} annotation={ann} speaker={index.peopleById.get(speakerIdOf(index, ann) ?? '')} store={store} details={{ project, index, linking, setLinking }} />
        ) : (
          <TagRow key={ann.id} annotation={ann} speaker={index.peopleById.get(speakerIdOf(index, ann) ?? '')} store={store} />
        )
      )}
    </ol>
  )
})

type RowProps = {
  annotation: Annotation
  speaker: Person | undefined
  store: DeskStore
  /** Only the selected tag has details open, and only its row re-renders when the project changes elsewhere. */
  details?: { project: Project; index: ProjectIndex; linking: boolean; setLinking: (on: boolean) => void }
}

/**
 * Delete (the text's key for deleting the selected tag) on a row deletes that
 * row's tag; the keyboard moves to the row that takes its place, or the one
 * before it when it was the last.
 */
function deleteFromRow(e: React.KeyboardEvent<HTMLButtonElement>, ann: Annotation, store: DeskStore): void {
  if (!keyAction('delete').keys.some((k) => matchesKey(e, k))) return
  e.preventDefault()
  const item = e.currentTarget.closest('li')
  const list = item?.parentElement
  const at = list ? Array.from(list.children).indexOf(item!) : -1
  store.removeAnnotation(ann.id)
  requestAnimationFrame(() => {
    const rows = list?.querySelectorAll<HTMLButtonElement>(':scope > li > .qm-tag-summary')
    if (rows?.length) rows[Math.min(at, rows.length - 1)]!.focus()
  })
}

const TagRow = memo(
  function TagRow({ annotation: ann, speaker, store, details }: RowProps) {
    const selected = details !== undefined
    return (
      <li data-tag-id={ann.id} className={`qm-tag-item qm-kind-${ann.kind}${selected ? ' qm-current' : ''}`}>
        <button type="button" className="qm-tag-summary" aria-pressed={selected} onClick={() => store.selectAnnotation(selected ? null : ann.id)} onKeyDown={(e) => deleteFromRow(e, ann, store)}>
          <TagHeading annotation={ann} speaker={speaker} />
          <span className="qm-tag-exact">{ann.target.exact}</span>
          {ann.note && !selected ? <span className="qm-tag-note">{ann.note}</span> : null}
        </button>
        {details ? <TagDetails annotation={ann} project={details.project} index={details.index} store={store} linking={details.linking} setLinking={details.setLinking} /> : null}
      </li>
    )
  },
  (a, b) =>
    a.annotation === b.annotation &&
    a.speaker === b.speaker &&
    a.store === b.store &&
    a.details?.project === b.details?.project &&
    a.details?.index === b.details?.index &&
    a.details?.linking === b.details?.linking &&
    a.details?.setLinking === b.details?.setLinking
)
