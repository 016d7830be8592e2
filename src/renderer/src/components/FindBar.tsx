import { useEffect, useRef, useState } from 'react'
import type { EditorView } from 'prosemirror-view'
import { actionForKey, keyAction, keyLabel, matchesKey } from '../../../core/keymap'
import type { AnnotationKind } from '../../../core/schema'
import { clearFind, findState, setFindQuery, stepFind, type FindState } from '../editor/findInText'
import { liveSelectionOffsets } from '../editor/annotationPlugin'
import './findBar.css'

type Props = {
  viewRef: React.MutableRefObject<EditorView | null>
  /** Changes for each article shown, so the words are looked for again in the new one. */
  articleId: string
  /** Changes each time Ctrl+F is pressed, to take the keyboard back to the box. */
  opened: number
  onTag: (kind: AnnotationKind, range: { start: number; end: number }) => void
  onClose: () => void
}

/** The kinds the find bar's tag keys make, in the order of its `findTag` keys (Ctrl+1, 2, 3). */
const tagKinds: readonly AnnotationKind[] = ['quote', 'attribution', 'claim']

/**
 * The find bar over the article (Ctrl+F): the words to find, "3 of 12", next
 * and previous (Enter / Shift+Enter, F3 / Shift+F3). The current match is the
 * text's selection, so Ctrl+1/2/3 here tag it at once, and Esc closes the bar
 * with the keyboard back in the text on that match (where Q, A, C tag it).
 */
export function FindBar({ viewRef, articleId, opened, onTag, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Pick<FindState, 'matches' | 'current'>>({ matches: [], current: -1 })

  useEffect(() => {
    const view = viewRef.current
    const selected = view ? view.state.doc.textBetween(view.state.selection.from, view.state.selection.to) : ''
    if (selected && selected.length < 200 && !selected.includes('\n')) setQuery(selected)
    input.current?.focus()
    input.current?.select()
  }, [opened, viewRef])

  // Looked for again when the words change or another article is shown (its editor is made in the same commit, so next task).
  useEffect(() => {
    const timer = setTimeout(() => {
      const view = viewRef.current
      if (!view) return
      const caret = liveSelectionOffsets(view)?.start ?? 0
      setFound(setFindQuery(view, query, caret))
    })
    return () => clearTimeout(timer)
  }, [query, articleId, viewRef])

  useEffect(() => () => {
    const view = viewRef.current
    if (view) clearFind(view)
  }, [viewRef])

  const step = (direction: 1 | -1) => {
    const view = viewRef.current
    if (view) setFound(stepFind(view, direction))
  }
  const close = () => {
    const view = viewRef.current
    onClose()
    view?.focus()
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    const action = actionForKey(e.nativeEvent, 'find')
    if (action?.id === 'findTag') {
      const kind = tagKinds[action.keys.findIndex((k) => matchesKey(e.nativeEvent, k))]
      const view = viewRef.current
      const match = view && findState(view.state).matches[found.current]
      if (kind && match) onTag(kind, match)
    } else if (action?.id === 'findNext') step(1)
    else if (action?.id === 'findPrevious') step(-1)
    else if (action?.id === 'findClose') close()
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  const count = !query.trim() ? '' : found.matches.length ? `${found.current + 1} of ${found.matches.length}` : 'No matches'
  return (
    <div className="qm-find-bar" role="search" aria-label="Find in the article">
      <input
        ref={input}
        type="search"
        aria-label="Find in the article text"
        aria-describedby="qm-find-bar-count"
        placeholder="Find in the article…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id="qm-find-bar-count" className="qm-find-bar-count" role="status">
        {count}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!found.matches.length} aria-label={`Previous match (${keyLabel(keyAction('findPrevious').keys[0]!)})`}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={!found.matches.length} aria-label={`Next match (${keyLabel(keyAction('findNext').keys[0]!)})`}>
        ↓
      </button>
      <button type="button" onClick={close} aria-label="Close find (Esc)">
        ×
      </button>
    </div>
  )
}
