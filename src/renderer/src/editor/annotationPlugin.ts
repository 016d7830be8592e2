/**
 * Annotations as stand-off ranges in ProseMirror plugin state. The stored
 * annotations (text offsets) are the source of truth; the plugin derives a
 * DecorationSet from them: one inline span per annotation, with a class per
 * kind, the annotation id as a data attribute and a "lane" so overlapping
 * tags stack as separate underlines instead of one colour hiding another.
 *
 * The state is immutable and rebuilt in `apply` from typed actions passed in
 * `tr.setMeta` (as prosemirror-history does); the key is private, callers use
 * the exported commands and selectors.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { Command } from '../../../core/commands'
import type { Annotation } from '../../../core/schema'
import { offsetToPos, posToOffset, type TextIndex } from './articleDoc'

export type AnnotationPluginState = {
  readonly articleId: string
  readonly index: TextIndex
  readonly annotations: ReadonlyMap<string, Annotation>
  readonly selectedId: string | null
  /** The tag under the pointer: it and its attribution (or what it attributes) are highlighted together. */
  readonly hoverId: string | null
  readonly decorations: DecorationSet
}

type Action =
  | { type: 'set'; annotations: readonly Annotation[] }
  | { type: 'apply'; command: Command }
  | { type: 'select'; id: string | null }
  | { type: 'hover'; id: string | null }

const key = new PluginKey<AnnotationPluginState>('quotemark-annotations')

type PMCommand = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean

export function annotationPlugin(options: { articleId: string; index: TextIndex; annotations: readonly Annotation[] }): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key,
    state: {
      init: (_config, state) => {
        const annotations = new Map(options.annotations.filter((a) => a.articleId === options.articleId).map((a) => [a.id, a]))
        return derive(state.doc, { articleId: options.articleId, index: options.index, annotations, selectedId: null, hoverId: null })
      },
      apply: (tr, prev) => {
        const action = tr.getMeta(key) as Action | undefined
        const mapped = tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev
        if (!action) return mapped
        return reduce(mapped, action, tr)
      }
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations ?? DecorationSet.empty
    }
  })
}

function reduce(prev: AnnotationPluginState, action: Action, tr: Transaction): AnnotationPluginState {
  switch (action.type) {
    case 'set': {
      const next = new Map(action.annotations.filter((a) => a.articleId === prev.articleId).map((a) => [a.id, a]))
      return sameAnnotations(prev.annotations, next) ? prev : withAnnotations(prev, next, tr)
    }
    case 'apply': {
      const next = applyToMap(prev, action.command)
      return next === prev.annotations ? prev : withAnnotations(prev, next, tr)
    }
    case 'select': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      return id === prev.selectedId ? prev : derive(tr.doc, { ...prev, selectedId: id })
    }
    case 'hover': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      return id === prev.hoverId ? prev : derive(tr.doc, { ...prev, hoverId: id })
    }
  }
}

function withAnnotations(prev: AnnotationPluginState, annotations: ReadonlyMap<string, Annotation>, tr: Transaction): AnnotationPluginState {
  const keep = (id: string | null) => (id && annotations.has(id) ? id : null)
  return derive(tr.doc, { ...prev, annotations, selectedId: keep(prev.selectedId), hoverId: keep(prev.hoverId) })
}

function sameAnnotations(a: ReadonlyMap<string, Annotation>, b: ReadonlyMap<string, Annotation>): boolean {
  if (a.size !== b.size) return false
  for (const [id, ann] of a) if (b.get(id) !== ann) return false
  return true
}

/** Apply a project command to this article's annotations only; other articles' commands leave the state alone. */
function applyToMap(prev: AnnotationPluginState, command: Command): ReadonlyMap<string, Annotation> {
  const steps = command.type === 'batch' ? command.commands : [command]
  let map = prev.annotations
  const edit = () => (map === prev.annotations ? (map = new Map(prev.annotations)) : map) as Map<string, Annotation>
  for (const step of steps) {
    if (step.type === 'annotation.add') {
      if (step.annotation.articleId === prev.articleId && !map.has(step.annotation.id)) edit().set(step.annotation.id, step.annotation)
    } else if (step.type === 'annotation.update') {
      const current = map.get(step.id)
      if (current) edit().set(step.id, { ...current, ...definedFields(step.patch), updatedAt: step.updatedAt, updatedBy: step.updatedBy })
    } else if (step.type === 'annotation.remove') {
      if (map.has(step.id)) edit().delete(step.id)
    } else if (step.type === 'annotation.reanchor') {
      const current = map.get(step.id)
      if (current) edit().set(step.id, { ...current, target: step.target, orphan: step.orphan, updatedAt: step.updatedAt, updatedBy: step.updatedBy })
    } else if (step.type === 'annotation.replace') {
      if (step.annotation.articleId === prev.articleId) edit().set(step.annotation.id, step.annotation)
      else if (map.has(step.annotation.id)) edit().delete(step.annotation.id)
    }
  }
  return map
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** Order tags by start (longer first on ties) so a tag's lane is stable and outer tags sit in lower lanes. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || b.target.end - a.target.end || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)
}

/** Greedy interval partitioning: each tag goes in the lowest lane free at its start. */
export function assignLanes(sorted: readonly Annotation[]): Map<string, number> {
  const laneEnds: number[] = []
  const lanes = new Map<string, number>()
  for (const ann of sorted) {
    let lane = laneEnds.findIndex((end) => end <= ann.target.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = ann.target.end
    lanes.set(ann.id, lane)
  }
  return lanes
}

const statusLabel: Record<string, string> = { unverified: '?', verified: '✓', disputed: 'disputed', false: 'false', misleading: 'misleading' }

/** Tags shown together with the focused one: its attribution, or the tags an attribution attributes. */
function relatedTo(annotations: ReadonlyMap<string, Annotation>, focusId: string | null): Set<string> {
  const related = new Set<string>()
  const focus = focusId ? annotations.get(focusId) : undefined
  if (!focus) return related
  if (focus.attributionId) related.add(focus.attributionId)
  for (const a of annotations.values()) if (a.attributionId === focus.id) related.add(a.id)
  return related
}

function derive(doc: EditorState['doc'], base: Omit<AnnotationPluginState, 'decorations'>): AnnotationPluginState {
  const { index, annotations, selectedId, hoverId } = base
  // An orphan's words are no longer in the text: it is listed for re-attaching, not painted somewhere wrong.
  const sorted = [...annotations.values()].filter((a) => !a.orphan).sort(compareAnnotations)
  const lanes = assignLanes(sorted)
  const related = relatedTo(annotations, hoverId ?? selectedId)
  const decos: Decoration[] = []
  for (const ann of sorted) {
    const from = offsetToPos(index, ann.target.start)
    const to = offsetToPos(index, ann.target.end)
    if (to <= from) continue
    const lane = Math.min(lanes.get(ann.id) ?? 0, 5)
    const classes = ['qm-tag', `qm-${ann.kind}`]
    if (ann.kind === 'claim') classes.push(`qm-status-${ann.status}`)
    if (ann.id === selectedId) classes.push('qm-selected')
    if (related.has(ann.id)) classes.push('qm-related')
    decos.push(
      Decoration.inline(
        from,
        to,
        { nodeName: 'span', class: classes.join(' '), 'data-annotation-id': ann.id, 'data-kind': ann.kind, 'data-lane': String(lane) },
        { id: ann.id }
      )
    )
    if (ann.kind === 'claim') {
      // The claim's fact-check status, after its last word, so it reads in the text and not only in the sidebar.
      const status = ann.status
      decos.push(
        Decoration.widget(
          to,
          () => {
            const badge = document.createElement('span')
            badge.className = `qm-status-badge qm-status-${status}`
            badge.textContent = statusLabel[status] ?? status
            badge.title = `Claim: ${status}`
            badge.setAttribute('aria-label', `claim ${status}`)
            return badge
          },
          { side: 1, key: `status-${ann.id}-${status}`, ignoreSelection: true, id: ann.id }
        )
      )
    }
  }
  return { ...base, decorations: DecorationSet.create(doc, decos) }
}

function dispatchAction(action: Action): PMCommand {
  return (state, dispatch) => {
    if (!key.getState(state)) return false
    dispatch?.(state.tr.setMeta(key, action).setMeta('addToHistory', false))
    return true
  }
}

// Commands

export const setAnnotations = (annotations: readonly Annotation[]): PMCommand => dispatchAction({ type: 'set', annotations })
export const applyAnnotationCommand = (command: Command): PMCommand => dispatchAction({ type: 'apply', command })
export const selectAnnotation = (id: string | null): PMCommand => dispatchAction({ type: 'select', id })
export const hoverAnnotation = (id: string | null): PMCommand => dispatchAction({ type: 'hover', id })

// Selectors

export function annotationState(state: EditorState): AnnotationPluginState | undefined {
  return key.getState(state)
}

export function getAnnotations(state: EditorState): Annotation[] {
  return [...(key.getState(state)?.annotations.values() ?? [])].sort(compareAnnotations)
}

export function getSelectedAnnotationId(state: EditorState): string | null {
  return key.getState(state)?.selectedId ?? null
}

/** The editor selection as text offsets into the article, or null when it is empty. */
export function selectionToOffsets(state: EditorState): { start: number; end: number } | null {
  const plugin = key.getState(state)
  if (!plugin || state.selection.empty) return null
  const start = posToOffset(plugin.index, state.selection.from)
  const end = posToOffset(plugin.index, state.selection.to)
  return end > start ? { start, end } : null
}

/**
 * The selection as the user sees it right now. A key pressed straight after
 * Shift+End can arrive before ProseMirror has read the DOM selection, so the
 * DOM's own selection wins when it lies inside the editor.
 */
export function liveSelectionOffsets(view: EditorView): { start: number; end: number } | null {
  const plugin = key.getState(view.state)
  const sel = view.dom.ownerDocument.getSelection()
  if (plugin && sel && sel.rangeCount && sel.anchorNode && sel.focusNode && view.dom.contains(sel.anchorNode) && view.dom.contains(sel.focusNode)) {
    try {
      const a = posToOffset(plugin.index, view.posAtDOM(sel.anchorNode, sel.anchorOffset))
      const b = posToOffset(plugin.index, view.posAtDOM(sel.focusNode, sel.focusOffset))
      if (a !== b) return { start: Math.min(a, b), end: Math.max(a, b) }
    } catch {
      // a DOM position ProseMirror does not map (e.g. inside a widget): use its own selection
    }
  }
  return selectionToOffsets(view.state)
}

/** Tags covering a text offset, innermost (shortest) first: what a click there means. */
export function annotationsAtOffset(state: EditorState, offset: number): Annotation[] {
  return getAnnotations(state)
    .filter((a) => a.target.start <= offset && offset < a.target.end)
    .sort((a, b) => a.target.end - a.target.start - (b.target.end - b.target.start))
}
