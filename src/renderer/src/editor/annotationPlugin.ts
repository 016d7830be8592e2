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
 *
 * The decorations are built in full once (`init`) and then kept up to date
 * incrementally: an action works out which tags it touched (added, changed or
 * removed; the selected and the related ones whose highlight changes; the ones
 * whose lane moved), recomputes lanes only for the clusters of overlapping tags
 * around a change, and replaces only the touched tags' decorations. A tag
 * action in an article with hundreds of tags then costs a handful of
 * decorations, not a rebuild, and ProseMirror redraws only the paragraphs whose
 * decorations changed.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { compareAnnotations } from '../../../core/annotations'
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
  /** The tags with a place in the text (not orphans), in text order (compareAnnotations): what lanes are assigned over. */
  readonly placed: readonly Annotation[]
  /** Each placed tag's lane (uncapped). */
  readonly lanes: ReadonlyMap<string, number>
  /** Tags highlighted together with the focused one (hovered, else selected). */
  readonly related: ReadonlySet<string>
  readonly decorations: DecorationSet
}

type Action =
  | { type: 'set'; annotations: readonly Annotation[]; selectedId?: string | null }
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

const noIds: ReadonlySet<string> = new Set()

function reduce(prev: AnnotationPluginState, action: Action, tr: Transaction): AnnotationPluginState {
  switch (action.type) {
    case 'set': {
      const next = new Map(action.annotations.filter((a) => a.articleId === prev.articleId).map((a) => [a.id, a]))
      const changed = changedIds(prev.annotations, next)
      const annotations = changed.size ? next : prev.annotations
      const keep = (id: string | null) => (id && annotations.has(id) ? id : null)
      const selectedId = keep(action.selectedId === undefined ? prev.selectedId : action.selectedId)
      if (changed.size === 0 && selectedId === prev.selectedId) return prev
      return update(tr.doc, prev, { ...prev, annotations, selectedId, hoverId: keep(prev.hoverId) }, changed)
    }
    case 'apply': {
      const { map, changed } = applyToMap(prev, action.command)
      return map === prev.annotations ? prev : withAnnotations(prev, map, changed, tr)
    }
    case 'select': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      return id === prev.selectedId ? prev : update(tr.doc, prev, { ...prev, selectedId: id }, noIds)
    }
    case 'hover': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      return id === prev.hoverId ? prev : update(tr.doc, prev, { ...prev, hoverId: id }, noIds)
    }
  }
}

function withAnnotations(prev: AnnotationPluginState, annotations: ReadonlyMap<string, Annotation>, changed: ReadonlySet<string>, tr: Transaction): AnnotationPluginState {
  const keep = (id: string | null) => (id && annotations.has(id) ? id : null)
  return update(tr.doc, prev, { ...prev, annotations, selectedId: keep(prev.selectedId), hoverId: keep(prev.hoverId) }, changed)
}

/** Ids whose record differs between two maps (added, replaced or removed); records are immutable, so identity says it. */
function changedIds(a: ReadonlyMap<string, Annotation>, b: ReadonlyMap<string, Annotation>): Set<string> {
  const changed = new Set<string>()
  for (const [id, ann] of b) if (a.get(id) !== ann) changed.add(id)
  for (const id of a.keys()) if (!b.has(id)) changed.add(id)
  return changed
}

/** Apply a project command to this article's annotations only; other articles' commands leave the state alone. */
function applyToMap(prev: AnnotationPluginState, command: Command): { map: ReadonlyMap<string, Annotation>; changed: Set<string> } {
  const steps = command.type === 'batch' ? command.commands : [command]
  let map = prev.annotations
  const changed = new Set<string>()
  const edit = (id: string) => {
    changed.add(id)
    return (map === prev.annotations ? (map = new Map(prev.annotations)) : map) as Map<string, Annotation>
  }
  for (const step of steps) {
    if (step.type === 'annotation.add') {
      if (step.annotation.articleId === prev.articleId && !map.has(step.annotation.id)) edit(step.annotation.id).set(step.annotation.id, step.annotation)
    } else if (step.type === 'annotation.update') {
      const current = map.get(step.id)
      if (current) edit(step.id).set(step.id, { ...current, ...definedFields(step.patch), updatedAt: step.updatedAt, updatedBy: step.updatedBy })
    } else if (step.type === 'annotation.remove') {
      if (map.has(step.id)) edit(step.id).delete(step.id)
    } else if (step.type === 'annotation.reanchor') {
      const current = map.get(step.id)
      if (current) edit(step.id).set(step.id, { ...current, target: step.target, orphan: step.orphan, updatedAt: step.updatedAt, updatedBy: step.updatedBy })
    } else if (step.type === 'annotation.replace') {
      if (step.annotation.articleId === prev.articleId) edit(step.annotation.id).set(step.annotation.id, step.annotation)
      else if (map.has(step.annotation.id)) edit(step.annotation.id).delete(step.annotation.id)
    }
  }
  return { map, changed }
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}

// Tags are ordered by start (longer first on ties) so a tag's lane is stable and outer tags sit in lower lanes.
export { compareAnnotations }

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

type Base = Pick<AnnotationPluginState, 'articleId' | 'index' | 'annotations' | 'selectedId' | 'hoverId'>

/** The whole state from scratch: on init (and the reference the incremental updates must equal). */
function derive(doc: EditorState['doc'], base: Base): AnnotationPluginState {
  const { annotations, selectedId, hoverId } = base
  // An orphan's words are no longer in the text: it is listed for re-attaching, not painted somewhere wrong.
  const placed = [...annotations.values()].filter((a) => !a.orphan).sort(compareAnnotations)
  const lanes = assignLanes(placed)
  const related = relatedTo(annotations, hoverId ?? selectedId)
  const decos: Decoration[] = []
  for (const ann of placed) pushDecorations(decos, base.index, ann, lanes.get(ann.id) ?? 0, ann.id === selectedId, related.has(ann.id))
  return { ...base, placed, lanes, related, decorations: DecorationSet.create(doc, decos) }
}

/**
 * The next state from `prev`, given the next base and the ids of the tags
 * whose records changed: lanes are recomputed for the clusters of overlapping
 * tags a change touches, and only the decorations of tags whose look changed
 * are replaced.
 */
function update(doc: EditorState['doc'], prev: AnnotationPluginState, base: Base, changed: ReadonlySet<string>): AnnotationPluginState {
  const { annotations, selectedId, hoverId } = base
  const touched = new Set(changed)
  let placed = prev.placed
  let lanes = prev.lanes
  if (changed.size) {
    // The placed list: drop the changed tags, merge their new versions back in text order.
    const incoming: Annotation[] = []
    for (const id of changed) {
      const ann = annotations.get(id)
      if (ann && !ann.orphan) incoming.push(ann)
    }
    incoming.sort(compareAnnotations)
    placed = mergeSorted(
      prev.placed.filter((a) => !changed.has(a.id)),
      incoming
    )
    // Where lanes may move: the clusters holding a changed tag, and those overlapping where a changed tag used to be.
    const was: [number, number][] = []
    for (const id of changed) {
      const old = prev.annotations.get(id)
      if (old && !old.orphan && old.target.end > old.target.start) was.push([old.target.start, old.target.end])
    }
    const next = new Map(prev.lanes)
    for (const id of changed) next.delete(id)
    for (let i = 0; i < placed.length; ) {
      let j = i + 1
      let end = placed[i]!.target.end
      let dirty = changed.has(placed[i]!.id)
      while (j < placed.length && placed[j]!.target.start < end) {
        end = Math.max(end, placed[j]!.target.end)
        dirty ||= changed.has(placed[j]!.id)
        j++
      }
      const start = placed[i]!.target.start
      if (dirty || was.some(([s, e]) => s < end && start < e)) {
        for (const [id, lane] of assignLanes(placed.slice(i, j))) {
          if (next.get(id) !== lane) {
            next.set(id, lane)
            touched.add(id)
          }
        }
      }
      i = j
    }
    lanes = next
  }

  // Highlights: the selected tag, and the tags related to the focused one.
  let related = prev.related
  const focus = hoverId ?? selectedId
  if (changed.size || focus !== (prev.hoverId ?? prev.selectedId)) {
    related = relatedTo(annotations, focus)
    for (const id of related) if (!prev.related.has(id)) touched.add(id)
    for (const id of prev.related) if (!related.has(id)) touched.add(id)
  }
  if (selectedId !== prev.selectedId) {
    if (prev.selectedId) touched.add(prev.selectedId)
    if (selectedId) touched.add(selectedId)
  }
  if (!touched.size) return { ...base, placed, lanes, related, decorations: prev.decorations }

  // Replace the touched tags' decorations (the inline span and a claim's badge), and nothing else.
  const stale = prev.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id !== undefined && touched.has(spec.id))
  const fresh: Decoration[] = []
  for (const id of touched) {
    const ann = annotations.get(id)
    if (ann && !ann.orphan) pushDecorations(fresh, base.index, ann, lanes.get(id) ?? 0, id === selectedId, related.has(id))
  }
  return { ...base, placed, lanes, related, decorations: prev.decorations.remove(stale).add(doc, fresh) }
}

/** Merge two lists sorted by compareAnnotations. */
function mergeSorted(a: readonly Annotation[], b: readonly Annotation[]): Annotation[] {
  if (!b.length) return a as Annotation[]
  const out: Annotation[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) out.push(compareAnnotations(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!)
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}

/** A tag's decorations: its inline span, and after a claim its fact-check status. */
function pushDecorations(out: Decoration[], index: TextIndex, ann: Annotation, lane: number, selected: boolean, related: boolean): void {
  const from = offsetToPos(index, ann.target.start)
  const to = offsetToPos(index, ann.target.end)
  if (to <= from) return
  let cls = `qm-tag qm-${ann.kind}`
  if (ann.kind === 'claim') cls += ` qm-status-${ann.status}`
  if (selected) cls += ' qm-selected'
  if (related) cls += ' qm-related'
  out.push(Decoration.inline(from, to, { nodeName: 'span', class: cls, 'data-annotation-id': ann.id, 'data-kind': ann.kind, 'data-lane': String(Math.min(lane, 5)) }, { id: ann.id }))
  if (ann.kind === 'claim') {
    // The claim's fact-check status, after its last word, so it reads in the text and not only in the sidebar.
    const status = ann.status
    out.push(
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

/** The state built from scratch for the same annotations, selection and hover: what every incremental update must equal (for tests). */
export function rebuiltState(state: EditorState): AnnotationPluginState | undefined {
  const plugin = key.getState(state)
  return plugin && derive(state.doc, plugin)
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
/** The article's annotations and the selected one together, in one transaction (one redraw). */
export const syncAnnotations = (annotations: readonly Annotation[], selectedId: string | null): PMCommand => dispatchAction({ type: 'set', annotations, selectedId })
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
