/**
 * Handles on the two ends of the selected tag, to drag either end onto other
 * words. While dragging, the words the tag would cover are shown as the text
 * selection; on release the tag is resized through `onResize` (one command,
 * one undo step, the tag's id, speaker, note and links kept). The keys do
 * the same a word at a time (Alt+Shift+arrows, see keymap.ts); the handles
 * are for the pointer only, hidden from assistive technology.
 */
import { Plugin, TextSelection, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { annotationState } from './annotationPlugin'
import { offsetToPos, posToOffset, type TextIndex } from './articleDoc'
import { isPlaced } from './tagRuns'
import './tagHandles.css'

export type Edge = 'start' | 'end'
export type OnResize = (id: string, edge: Edge, offset: number) => void

/** The selected tag's place, or null when none is selected (or it has no place in the text). */
function selectedPlace(state: EditorState): { id: string; start: number; end: number } | null {
  const plugin = annotationState(state)
  const tag = plugin?.selectedId ? plugin.annotations.get(plugin.selectedId) : undefined
  return tag && isPlaced(tag) ? { id: tag.id, start: tag.target.start, end: tag.target.end } : null
}

export function tagHandlesPlugin(index: TextIndex, onResize: () => OnResize): Plugin {
  let shown: { key: string; set: DecorationSet } | null = null
  return new Plugin({
    props: {
      decorations(state) {
        const place = selectedPlace(state)
        if (!place) return null
        const key = `${place.id}:${place.start}:${place.end}`
        if (shown?.key !== key) {
          const handle = (edge: Edge, offset: number) =>
            Decoration.widget(offsetToPos(index, offset), (view) => handleElement(view, index, edge, onResize), {
              side: edge === 'start' ? -1 : 1,
              key: `handle-${edge}-${key}`,
              ignoreSelection: true,
              stopEvent: () => true
            })
          shown = { key, set: DecorationSet.create(state.doc, [handle('start', place.start), handle('end', place.end)]) }
        }
        return shown.set
      }
    }
  })
}

function handleElement(view: EditorView, index: TextIndex, edge: Edge, onResize: () => OnResize): HTMLElement {
  const el = document.createElement('span')
  el.className = `qm-tag-handle qm-tag-handle-${edge}`
  el.setAttribute('aria-hidden', 'true')
  el.contentEditable = 'false'
  el.title = edge === 'start' ? 'Drag to move the start of the tag' : 'Drag to move the end of the tag'
  el.dataset.tagHandle = edge
  el.addEventListener('mousedown', (event) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.stopPropagation()
    dragEnd(view, index, edge, onResize())
  })
  return el
}

/** Follow the pointer until the button is released, showing the words the tag would cover; then resize it there. */
function dragEnd(view: EditorView, index: TextIndex, edge: Edge, onResize: OnResize): void {
  const place = selectedPlace(view.state)
  if (!place) return
  const fixed = offsetToPos(index, edge === 'start' ? place.end : place.start)
  let offset: number | null = null
  const move = (event: MouseEvent) => {
    const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
    if (!at) return
    offset = posToOffset(index, at.pos)
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, fixed, at.pos)).setMeta('addToHistory', false))
  }
  const up = () => {
    window.removeEventListener('mousemove', move)
    window.removeEventListener('mouseup', up)
    view.dom.classList.remove('qm-resizing')
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, fixed)).setMeta('addToHistory', false))
    if (offset !== null) onResize(place.id, edge, offset)
  }
  view.dom.classList.add('qm-resizing')
  window.addEventListener('mousemove', move)
  window.addEventListener('mouseup', up)
}
