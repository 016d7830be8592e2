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
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { Command } from '../../../core/commands'
import type { Annotation } from '../../../core/schema'
import { offsetToPos, posToOffset, type TextIndex } from './articleDoc'

export type AnnotationPluginState = {
  readonly articleId: string
  readonly index: TextIndex
  readonly annotations: ReadonlyMap<string, Annotation>
  readonly selectedId: string | null
  readonly decorations: DecorationSet
}

type Action =
  | { type: 'set'; annotations: readonly Annotation[] }
  | { type: 'apply'; command: Command }
  | { type: 'select'; id: string | null }

const key = new PluginKey<AnnotationPluginState>('quotemark-annotations')

type PMCommand = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean

export function annotationPlugin(options: { articleId: string; index: TextIndex; annotations: readonly Annotation[] }): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key,
    state: {
      init: (_config, state) => {
        const annotations = new Map(options.annotations.filter((a) => a.articleId === options.articleId).map((a) => [a.id, a]))
        return derive(state.doc, options.articleId, options.index, annotations, null)
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
      if (sameAnnotations(prev.annotations, next)) return prev
      const selectedId = prev.selectedId && next.has(prev.selectedId) ? prev.selectedId : null
      return derive(tr.doc, prev.articleId, prev.index, next, selectedId)
    }
    case 'apply': {
      const next = applyToMap(prev, action.command)
      if (next === prev.annotations) return prev
      const selectedId = prev.selectedId && next.has(prev.selectedId) ? prev.selectedId : null
      return derive(tr.doc, prev.articleId, prev.index, next, selectedId)
    }
    case 'select': {
      const id = action.id && prev.annotations.has(action.id) ? action.id : null
      if (id === prev.selectedId) return prev
      return derive(tr.doc, prev.articleId, prev.index, prev.annotations, id)
    }
  }
}

function sameAnnotations(a: ReadonlyMap<string, Annotation>, b: ReadonlyMap<string, Annotation>): boolean {
  if (a.size !== b.size) return false
  for (const [id, ann] of a) if (b.get(id) !== ann) return false
  return true
}

/** Apply a project command to this article's annotations only; other articles' commands leave the state alone. */
function applyToMap(prev: AnnotationPluginState, command: Command): ReadonlyMap<string, Annotation> {
  switch (command.type) {
    case 'annotation.add': {
      if (command.annotation.articleId !== prev.articleId || prev.annotations.has(command.annotation.id)) return prev.annotations
      return new Map(prev.annotations).set(command.annotation.id, command.annotation)
    }
    case 'annotation.update': {
      const current = prev.annotations.get(command.id)
      if (!current) return prev.annotations
      return new Map(prev.annotations).set(command.id, { ...current, ...command.patch, updatedAt: command.updatedAt })
    }
    case 'annotation.remove': {
      if (!prev.annotations.has(command.id)) return prev.annotations
      const next = new Map(prev.annotations)
      next.delete(command.id)
      return next
    }
    default:
      return prev.annotations
  }
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

function derive(
  doc: EditorState['doc'],
  articleId: string,
  index: TextIndex,
  annotations: ReadonlyMap<string, Annotation>,
  selectedId: string | null
): AnnotationPluginState {
  const sorted = [...annotations.values()].sort(compareAnnotations)
  const lanes = assignLanes(sorted)
  const decos: Decoration[] = []
  for (const ann of sorted) {
    const from = offsetToPos(index, ann.target.start)
    const to = offsetToPos(index, ann.target.end)
    if (to <= from) continue
    const lane = Math.min(lanes.get(ann.id) ?? 0, 5)
    decos.push(
      Decoration.inline(
        from,
        to,
        {
          nodeName: 'span',
          class: `qm-tag qm-${ann.kind}${ann.id === selectedId ? ' qm-selected' : ''}`,
          'data-annotation-id': ann.id,
          'data-kind': ann.kind,
          'data-lane': String(lane)
        },
        { id: ann.id }
      )
    )
  }
  return { articleId, index, annotations, selectedId, decorations: DecorationSet.create(doc, decos) }
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

/** Tags covering a text offset, innermost (shortest) first: what a click there means. */
export function annotationsAtOffset(state: EditorState, offset: number): Annotation[] {
  return getAnnotations(state)
    .filter((a) => a.target.start <= offset && offset < a.target.end)
    .sort((a, b) => a.target.end - a.target.start - (b.target.end - b.target.start))
}

/** Project-level check used before dispatching: would this command apply to this article's tags? */
export function commandTouchesArticle(state: EditorState, command: Command): boolean {
  const plugin = key.getState(state)
  if (!plugin) return false
  if (command.type === 'annotation.add') return command.annotation.articleId === plugin.articleId
  if (command.type === 'article.update') return false
  return plugin.annotations.has(command.id)
}
