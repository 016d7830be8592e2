/**
 * The decorations annotationPlugin derives from tags, and how it finds them
 * again. A run (tagRuns.ts) becomes one inline span; a claim gets a widget
 * after its words showing its fact-check status. Each decoration's spec
 * remembers what it stands for (a run's text offsets, a badge's tag id), so
 * an incremental update can find the stale ones by text offsets or by tag
 * without rebuilding the set. Making and finding share that spec, so both
 * live here; deciding which to rebuild stays in annotationPlugin.
 */
import { Decoration, type DecorationSet } from 'prosemirror-view'
import type { Annotation } from '../../../core/schema'
import { offsetToPos, type TextIndex } from './articleDoc'
import { runAttrs, runsOf, type Cluster, type RunLook } from './tagRuns'

/** What a decoration remembers: a run's text offsets, or the tag a claim's badge belongs to. */
export type TagDecorationSpec = { run?: true; start?: number; end?: number; id?: string }

const statusLabel: Record<string, string> = { unverified: '?', verified: '✓', disputed: 'disputed', false: 'false', misleading: 'misleading' }

/** The run decorations overlapping text offsets [start, end). */
export function runsWithin(set: DecorationSet, index: TextIndex, start: number, end: number): Decoration[] {
  return set.find(offsetToPos(index, start), offsetToPos(index, end), (spec: TagDecorationSpec) => spec.run === true).filter((d) => {
    const spec = d.spec as TagDecorationSpec
    return spec.start! < end && start < spec.end!
  })
}

/** One inline span per run of a cluster, remembering its text offsets so runsWithin finds it again. */
export function pushRuns(out: Decoration[], index: TextIndex, cluster: Cluster, look: RunLook): void {
  for (const run of runsOf(cluster)) {
    const spec: TagDecorationSpec = { run: true, start: run.start, end: run.end }
    out.push(Decoration.inline(offsetToPos(index, run.start), offsetToPos(index, run.end), runAttrs(run, look), spec))
  }
}

/** After a claim, its fact-check status, so it reads in the text and not only in the sidebar. */
export function pushBadge(out: Decoration[], index: TextIndex, ann: Annotation): void {
  if (ann.kind !== 'claim') return
  const status = ann.status
  out.push(
    Decoration.widget(
      offsetToPos(index, ann.target.end),
      () => {
        const badge = document.createElement('span')
        badge.className = `qm-status-badge qm-status-${status}`
        badge.textContent = statusLabel[status] ?? status
        badge.title = `Claim: ${status}`
        // A plain span may not carry a name: as an image, the sign is read as its name.
        badge.setAttribute('role', 'img')
        badge.setAttribute('aria-label', `claim ${status}`)
        return badge
      },
      { side: 1, key: `status-${ann.id}-${status}`, ignoreSelection: true, id: ann.id }
    )
  )
}
