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
 * kind present (`qm-quote`, `qm-claim`, …), a class per tag's lane and kind
 * (`qm-l1-claim`), `qm-selected` / `qm-related` when a covering tag is
 * selected or highlighted, and `data-depth`. For a screen reader it is a
 * `mark` described by the tags covering it, each by its kind and speaker
 * ("quote by Jorge Rodríguez", "claim; quote by Jorge Rodríguez").
 */
import { compareAnnotations } from '../../../core/annotations'
import { annotationKinds, type Annotation, type AnnotationKind } from '../../../core/schema'

/** Lanes beyond this one are drawn in it (dotted), so the text's line spacing holds every underline. */
export const MAX_LANE = 3

export type Cluster = { readonly start: number; readonly end: number; readonly tags: readonly Annotation[] }
export type Run = { readonly start: number; readonly end: number; readonly tags: readonly Annotation[] }
export type RunLook = {
  readonly lanes: ReadonlyMap<string, number>
  readonly selectedId: string | null
  readonly related: ReadonlySet<string>
  /** A person's name by id, for what a screen reader says of a tag. */
  readonly speakerName?: (personId: string) => string | undefined
}

const spokenKind: Record<AnnotationKind, string> = { quote: 'quote by', attribution: 'attribution naming', claim: 'claim by' }

/** What a screen reader says of a tag: its kind and, when it names one, the person ("quote by Jorge Rodríguez", "claim"). */
export function spokenTag(tag: Pick<Annotation, 'kind' | 'speakerId'>, speakerName?: (personId: string) => string | undefined): string {
  const name = tag.speakerId ? speakerName?.(tag.speakerId) : undefined
  return name ? `${spokenKind[tag.kind]} ${name}` : tag.kind
}

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

/**
 * A run's underlines and tints as classes: `qm-l{lane}-{kind}` for each tag
 * covering it (lanes past MAX_LANE share the last). The stylesheet gives each
 * lane a background layer for its line and one for its tint, so a run shows
 * one line per tag (in its lane, its kind's colour and dash) and deeper
 * overlaps read darker, all from a few static rules.
 */
export function laneClasses(tags: readonly Annotation[], lanes: ReadonlyMap<string, number>): string {
  return tags.map((t) => `qm-l${Math.min(lanes.get(t.id) ?? 0, MAX_LANE)}-${t.kind}`).join(' ')
}

/** A run's attributes: classes, the ids it covers, its depth, its look. */
export function runAttrs(run: Run, look: RunLook): Record<string, string> {
  const kinds = annotationKinds.filter((k) => run.tags.some((t) => t.kind === k))
  let cls = `qm-tag ${kinds.map((k) => `qm-${k}`).join(' ')} ${laneClasses(run.tags, look.lanes)}`
  for (const status of new Set(run.tags.filter((t) => t.kind === 'claim').map((t) => t.status))) cls += ` qm-status-${status}`
  if (look.selectedId && run.tags.some((t) => t.id === look.selectedId)) cls += ' qm-selected'
  if (look.related.size && run.tags.some((t) => look.related.has(t.id))) cls += ' qm-related'
  const inner = innermost(run.tags)
  return {
    nodeName: 'span',
    class: cls,
    role: 'mark',
    'aria-description': run.tags.map((t) => spokenTag(t, look.speakerName)).join('; '),
    'data-annotation-id': inner.id,
    'data-annotation-ids': run.tags.map((t) => t.id).join(' '),
    'data-depth': String(run.tags.length)
  }
}
