/**
 * Annotations as stand-off ranges in ProseMirror plugin state. The window's
 * replica of the project is the source of truth: the article view hands the
 * plugin the article's tags (and the selected one) after each change, and the
 * plugin derives its DecorationSet from them. It never applies project
 * commands itself: the command was applied once, by the replica.
 *
 * Painting is described in tagRuns.ts: one span per run of text covered by
 * the same set of tags, each tag drawing its underline in its own lane; the
 * decorations themselves are made in tagDecorations.ts. The
 * decorations are built in full once (`init`) and then kept up to date
 * incrementally: a change marks the stretches of text it touched (where a
 * changed tag is and was, where a tag's highlight or lane changed), widens
 * them to whole clusters of overlapping tags and whole old runs, and rebuilds
 * only the runs there. A tag action in an article with hundreds of tags then
 * costs a handful of spans, and ProseMirror redraws only those paragraphs.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { DecorationSet, type Decoration, type EditorView } from 'prosemirror-view'
import { compareAnnotations } from '../../../core/annotations'
import type { Annotation } from '../../../core/schema'
import { posToOffset, type TextIndex } from './articleDoc'
import { pushBadge, pushRuns, runsWithin, type TagDecorationSpec } from './tagDecorations'
import { assignLanes, clustersOf, isPlaced, type Cluster, type RunLook } from './tagRuns'

export type AnnotationPluginState = {
  readonly articleId: string
  readonly index: TextIndex
  readonly annotations: ReadonlyMap<string, Annotation>
  readonly selectedId: string | null
  /** The tag under the pointer: it and its attribution (or what it attributes) are highlighted together. */
  readonly hoverId: string | null
  /** The tags with a place in the text (tagRuns' isPlaced), in text order (compareAnnotations). */
  readonly placed: readonly Annotation[]
  /** Each placed tag's lane (uncapped). */
  readonly lanes: ReadonlyMap<string, number>
  /** Tags highlighted together with the focused one (hovered, else selected). */
  readonly related: ReadonlySet<string>
  /** A person's name by id: what a screen reader hears of a tag names its speaker. */
  readonly speakerName: (personId: string) => string | undefined
  readonly decorations: DecorationSet
}

type Action = { type: 'set'; annotations: readonly Annotation[]; selectedId?: string | null } | { type: 'select'; id: string | null } | { type: 'hover'; id: string | null } | { type: 'names' }

const key = new PluginKey<AnnotationPluginState>('quotemark-annotations')

type PMCommand = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean
type Doc = EditorState['doc']

export function annotationPlugin(options: { articleId: string; index: TextIndex; annotations: readonly Annotation[]; speakerName?: (personId: string) => string | undefined }): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key,
    state: {
      init: (_config, state) => {
        const annotations = new Map(options.annotations.filter((a) => a.articleId === options.articleId).map((a) => [a.id, a]))
        const speakerName = options.speakerName ?? (() => undefined)
        return derive(state.doc, { articleId: options.articleId, index: options.index, annotations, selectedId: null, hoverId: null, speakerName })
      },
      apply: (tr, prev) => {
        const action = tr.getMeta(key) as Action | undefined
        const mapped = tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev
        return action ? reduce(mapped, action, tr.doc) : mapped
      }
    },
    props: {
      decorations: (state) => key.getState(state)?.decorations ?? DecorationSet.empty
    }
  })
}

const noIds: ReadonlySet<string> = new Set()

function reduce(prev: AnnotationPluginState, action: Action, doc: Doc): AnnotationPluginState {
  switch (action.type) {
    case 'set': {
      const next = new Map(action.annotations.filter((a) => a.articleId === prev.articleId).map((a) => [a.id, a]))
      const changed = changedIds(prev.annotations, next)
      const annotations = changed.size ? next : prev.annotations
      const keep = (id: string | null) => (id && annotations.has(id) ? id : null)
      const selectedId = keep(action.selectedId === undefined ? prev.selectedId : action.selectedId)
      if (changed.size === 0 && selectedId === prev.selectedId) return prev
      return update(doc, prev, { ...prev, annotations, selectedId, hoverId: keep(prev.hoverId) }, changed)
    }
    case 'select': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      return id === prev.selectedId ? prev : update(doc, prev, { ...prev, selectedId: id }, noIds)
    }
    case 'hover': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      return id === prev.hoverId ? prev : update(doc, prev, { ...prev, hoverId: id }, noIds)
    }
    // People renamed, added or removed: every run is drawn again, so the names a screen reader hears are current.
    case 'names':
      return derive(doc, prev)
  }
}

/** Ids whose record differs between two maps (added, replaced or removed); records are immutable, so identity says it. */
function changedIds(a: ReadonlyMap<string, Annotation>, b: ReadonlyMap<string, Annotation>): Set<string> {
  const changed = new Set<string>()
  for (const [id, ann] of b) if (a.get(id) !== ann) changed.add(id)
  for (const id of a.keys()) if (!b.has(id)) changed.add(id)
  return changed
}

// Tags are ordered by start (longer first on ties) so a tag's lane is stable and outer tags sit in lower lanes.
export { compareAnnotations }
export { assignLanes } from './tagRuns'

/** Tags shown together with the focused one: its attribution, or the tags an attribution attributes. */
function relatedTo(annotations: ReadonlyMap<string, Annotation>, focusId: string | null): Set<string> {
  const related = new Set<string>()
  const focus = focusId ? annotations.get(focusId) : undefined
  if (!focus) return related
  if (focus.attributionId) related.add(focus.attributionId)
  for (const a of annotations.values()) if (a.attributionId === focus.id) related.add(a.id)
  return related
}

type Base = Pick<AnnotationPluginState, 'articleId' | 'index' | 'annotations' | 'selectedId' | 'hoverId' | 'speakerName'>

/** The whole state from scratch: on init (and the reference the incremental updates must equal). */
function derive(doc: Doc, base: Base): AnnotationPluginState {
  const { annotations, selectedId, hoverId } = base
  // An orphan's words are no longer in the text: it is listed for re-attaching, not painted somewhere wrong.
  const placed = [...annotations.values()].filter(isPlaced).sort(compareAnnotations)
  const lanes = assignLanes(placed)
  const related = relatedTo(annotations, hoverId ?? selectedId)
  const decos: Decoration[] = []
  for (const cluster of clustersOf(placed)) pushRuns(decos, base.index, cluster, { lanes, selectedId, related, speakerName: base.speakerName })
  for (const ann of placed) pushBadge(decos, base.index, ann)
  return { ...base, placed, lanes, related, decorations: DecorationSet.create(doc, decos) }
}

type Span = [number, number]

/**
 * The next state from `prev`, given the next base and the ids of the tags
 * whose records changed. Lanes are recomputed for the clusters a change
 * touches; runs are rebuilt over the stretches of text whose look changed,
 * widened to whole clusters and whole old runs.
 */
function update(doc: Doc, prev: AnnotationPluginState, base: Base, changed: ReadonlySet<string>): AnnotationPluginState {
  const { annotations, selectedId, hoverId } = base
  const dirty: Span[] = []
  const mark = (ann: Annotation | undefined) => ann && isPlaced(ann) && dirty.push([ann.target.start, ann.target.end])
  let placed = prev.placed
  let lanes = prev.lanes
  let clusters: Cluster[] | null = null
  if (changed.size) {
    const incoming = [...changed].map((id) => annotations.get(id)).filter((a): a is Annotation => a !== undefined && isPlaced(a))
    placed = mergeSorted(
      prev.placed.filter((a) => !changed.has(a.id)),
      incoming.sort(compareAnnotations)
    )
    for (const id of changed) {
      mark(prev.annotations.get(id))
      mark(annotations.get(id))
    }
    clusters = clustersOf(placed)
    // Lanes only move inside clusters a changed tag is in or was in.
    const next = new Map(prev.lanes)
    for (const id of changed) next.delete(id)
    for (const cluster of clusters) {
      if (!dirty.some(([s, e]) => s < cluster.end && cluster.start < e)) continue
      for (const [id, lane] of assignLanes(cluster.tags)) next.set(id, lane)
    }
    lanes = next
  }

  // Highlights: the selected tag, and the tags related to the focused one.
  let related = prev.related
  const focus = hoverId ?? selectedId
  if (changed.size || focus !== (prev.hoverId ?? prev.selectedId)) {
    related = relatedTo(annotations, focus)
    for (const id of related) if (!prev.related.has(id)) mark(annotations.get(id))
    for (const id of prev.related) if (!related.has(id)) mark(annotations.get(id))
  }
  if (selectedId !== prev.selectedId) {
    if (prev.selectedId) mark(annotations.get(prev.selectedId))
    if (selectedId) mark(annotations.get(selectedId))
  }
  if (!dirty.length) return { ...base, placed, lanes, related, decorations: prev.decorations }

  clusters ??= clustersOf(placed)
  const region = widen(dirty, clusters, prev)
  const stale: Decoration[] = []
  for (const [s, e] of region) stale.push(...runsWithin(prev.decorations, prev.index, s, e))
  const fresh: Decoration[] = []
  const look: RunLook = { lanes, selectedId, related, speakerName: base.speakerName }
  for (const cluster of clusters) if (region.some(([s, e]) => cluster.start < e && s < cluster.end)) pushRuns(fresh, base.index, cluster, look)
  // A claim's badge changes only with the claim itself.
  if (changed.size) {
    stale.push(...prev.decorations.find(undefined, undefined, (spec: TagDecorationSpec) => spec.id !== undefined && changed.has(spec.id)))
    for (const id of changed) {
      const ann = annotations.get(id)
      if (ann && isPlaced(ann)) pushBadge(fresh, base.index, ann)
    }
  }
  return { ...base, placed, lanes, related, decorations: prev.decorations.remove(stale).add(doc, fresh) }
}

/** Grow the dirty stretches until no new cluster and no old run crosses their edges; merged and sorted. */
function widen(dirty: readonly Span[], clusters: readonly Cluster[], prev: AnnotationPluginState): Span[] {
  let region = mergeSpans(dirty)
  for (;;) {
    const grown: Span[] = [...region]
    for (const [s, e] of region) {
      for (const c of clusters) if (c.start < e && s < c.end) grown.push([c.start, c.end])
      for (const d of runsWithin(prev.decorations, prev.index, s, e)) {
        const spec = d.spec as TagDecorationSpec
        grown.push([spec.start!, spec.end!])
      }
    }
    const next = mergeSpans(grown)
    if (next.length === region.length && next.every(([s, e], i) => s === region[i]![0] && e === region[i]![1])) return region
    region = next
  }
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0])
  const out: Span[] = []
  for (const [s, e] of sorted) {
    const last = out[out.length - 1]
    if (last && s < last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
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
export const selectAnnotation = (id: string | null): PMCommand => dispatchAction({ type: 'select', id })
export const hoverAnnotation = (id: string | null): PMCommand => dispatchAction({ type: 'hover', id })
export const redrawTagNames: PMCommand = dispatchAction({ type: 'names' })

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

/**
 * The caret (the selection's head) as a text offset into the article: where
 * a split goes. As for liveSelectionOffsets, the DOM's own selection wins when
 * it lies inside the editor (a key pressed straight after a click).
 */
export function caretOffset(view: EditorView): number | null {
  const plugin = key.getState(view.state)
  if (!plugin) return null
  const sel = view.dom.ownerDocument.getSelection()
  if (sel?.focusNode && view.dom.contains(sel.focusNode)) {
    try {
      return posToOffset(plugin.index, view.posAtDOM(sel.focusNode, sel.focusOffset))
    } catch {
      // a DOM position ProseMirror does not map: use its own selection
    }
  }
  return posToOffset(plugin.index, view.state.selection.head)
}
