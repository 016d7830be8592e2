/**
 * How tags are painted: one span per run of text covered by the same set of
 * tags, never one span per tag stacked inside another. Tags that overlap form
 * a cluster; inside a cluster each tag keeps a lane (greedy interval
 * partitioning, outer tags lower), and each run draws one underline per tag
 * covering it, in that tag's lane and colour, so an overlap stays visible and
 * a tag's underline runs unbroken across the runs it covers.
 *
 * A run carries what the view and the tests look things up by:
 * `data-annotation-id` (the innermost tag: what a click or hover there means),
 * `data-annotation-ids` (every tag covering it, in text order), a class per
 * kind present (`qm-quote`, `qm-claim`, …), `qm-selected` / `qm-related` when
 * a covering tag is selected or highlighted, and `data-depth`.
 */
import { compareAnnotations } from '../../../core/annotations'
import { annotationKinds, type Annotation, type AnnotationKind } from '../../../core/schema'

/** Lanes beyond this one are drawn in it (dotted), so the text's line spacing holds every underline. */
export const MAX_LANE = 3

export type Cluster = { readonly start: number; readonly end: number; readonly tags: readonly Annotation[] }
export type Run = { readonly start: number; readonly end: number; readonly tags: readonly Annotation[] }
export type RunLook = { readonly lanes: ReadonlyMap<string, number>; readonly selectedId: string | null; readonly related: ReadonlySet<string> }

/** The tags a view paints: not orphans (their words are gone), not empty. */
export function isPlaced(ann: Annotation): boolean {
  return !ann.orphan && ann.target.end > ann.target.start
}

/** Greedy interval partitioning over tags in text order: each tag goes in the lowest lane free at its start. */
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

/** Maximal groups of tags linked by overlap, from placed tags in text order. */
export function clustersOf(placed: readonly Annotation[]): Cluster[] {
  const out: Cluster[] = []
  for (let i = 0; i < placed.length; ) {
    let j = i + 1
    let end = placed[i]!.target.end
    while (j < placed.length && placed[j]!.target.start < end) end = Math.max(end, placed[j++]!.target.end)
    out.push({ start: placed[i]!.target.start, end, tags: placed.slice(i, j) })
    i = j
  }
  return out
}

/** A cluster's runs: between consecutive starts and ends, the tags covering that stretch (in text order). */
export function runsOf(cluster: Cluster): Run[] {
  const points = [...new Set(cluster.tags.flatMap((t) => [t.target.start, t.target.end]))].sort((a, b) => a - b)
  const runs: Run[] = []
  let active: Annotation[] = []
  let next = 0
  for (let p = 0; p + 1 < points.length; p++) {
    const at = points[p]!
    active = active.filter((t) => t.target.end > at)
    while (next < cluster.tags.length && cluster.tags[next]!.target.start <= at) active.push(cluster.tags[next++]!)
    if (active.length) runs.push({ start: at, end: points[p + 1]!, tags: active.length > 1 ? [...active].sort(compareAnnotations) : active })
  }
  return runs
}

/** The tag a click or hover on a run means: the shortest covering it (the innermost). */
export function innermost(tags: readonly Annotation[]): Annotation {
  let best = tags[0]!
  for (const t of tags) if (t.target.end - t.target.start <= best.target.end - best.target.start) best = t
  return best
}

/** Quotes underline solid, attributions dashed, claims dotted: told apart without colour too. */
const lineImage: Record<AnnotationKind, string> = {
  quote: 'linear-gradient(var(--qm-quote),var(--qm-quote))',
  attribution: 'repeating-linear-gradient(90deg,var(--qm-attribution) 0 5px,transparent 5px 8px)',
  claim: 'repeating-linear-gradient(90deg,var(--qm-claim) 0 2px,transparent 2px 4px)'
}
const tintImage: Record<AnnotationKind, string> = {
  quote: 'linear-gradient(var(--qm-quote-bg),var(--qm-quote-bg))',
  attribution: 'linear-gradient(var(--qm-attribution-bg),var(--qm-attribution-bg))',
  claim: 'linear-gradient(var(--qm-claim-bg),var(--qm-claim-bg))'
}
const styleCache = new Map<string, string>()

/**
 * A run's underlines and tints as inline style: one tint layer per covering
 * tag (deeper overlaps read darker), one 2px line per tag in its lane below
 * the text (the span is padded down to hold the lowest lane).
 */
export function runStyle(tags: readonly Annotation[], lanes: ReadonlyMap<string, number>): string {
  const key = tags.map((t) => `${t.kind}${Math.min(lanes.get(t.id) ?? 0, MAX_LANE)}`).join(',')
  let style = styleCache.get(key)
  if (style !== undefined) return style
  const laneOf = (t: Annotation) => Math.min(lanes.get(t.id) ?? 0, MAX_LANE)
  const deepest = Math.max(...tags.map(laneOf))
  const pad = deepest * 4 + 4
  const lines = tags.map((t) => ({ image: lineImage[t.kind], size: '100% 2px', position: `left 0 bottom ${4 * (deepest - laneOf(t)) + 1}px`, box: 'padding-box' }))
  const tints = tags.map((t) => ({ image: tintImage[t.kind], size: '100% 100%', position: '0 0', box: 'content-box' }))
  const layers = [...lines, ...tints]
  const list = (pick: (l: (typeof layers)[number]) => string) => layers.map(pick).join(',')
  style =
    `padding-bottom:${pad}px;background-repeat:no-repeat;background-image:${list((l) => l.image)};background-size:${list((l) => l.size)};` +
    `background-position:${list((l) => l.position)};background-origin:${list((l) => l.box)};background-clip:${list((l) => l.box)}`
  styleCache.set(key, style)
  return style
}

/** A run's attributes: classes, the ids it covers, its depth, its look. */
export function runAttrs(run: Run, look: RunLook): Record<string, string> {
  const kinds = annotationKinds.filter((k) => run.tags.some((t) => t.kind === k))
  let cls = `qm-tag ${kinds.map((k) => `qm-${k}`).join(' ')}`
  for (const status of new Set(run.tags.filter((t) => t.kind === 'claim').map((t) => t.status))) cls += ` qm-status-${status}`
  if (look.selectedId && run.tags.some((t) => t.id === look.selectedId)) cls += ' qm-selected'
  if (look.related.size && run.tags.some((t) => look.related.has(t.id))) cls += ' qm-related'
  const inner = innermost(run.tags)
  return {
    nodeName: 'span',
    class: cls,
    style: runStyle(run.tags, look.lanes),
    'data-annotation-id': inner.id,
    'data-annotation-ids': run.tags.map((t) => t.id).join(' '),
    'data-kind': inner.kind,
    'data-kinds': kinds.join(' '),
    'data-depth': String(run.tags.length)
  }
}
