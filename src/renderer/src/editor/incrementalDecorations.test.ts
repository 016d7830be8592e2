/**
 * The annotation plugin updates its decorations step by step; after any
 * sequence of changes they must equal the ones a full rebuild would draw.
 */
import { EditorState } from 'prosemirror-state'
import type { Decoration, DecorationSet } from 'prosemirror-view'
import { describe, expect, it } from 'vitest'
import { prng } from '../../../../tests/support/random'
import { createAnnotation } from '../../../core/annotations'
import { annotationKinds, claimStatuses, type Annotation, type Article } from '../../../core/schema'
import {
  annotationPlugin,
  annotationState,
  getSelectedAnnotationId,
  hoverAnnotation,
  rebuiltState,
  selectAnnotation,
  setAnnotations,
  syncAnnotations
} from './annotationPlugin'
import { article, NOW, replica, run } from './annotationPluginTesting'
import { articleToDoc } from './articleDoc'

/** Every decoration of a set, in a canonical order, as plain data: two sets that draw the same thing give equal lists. */
function canonical(set: DecorationSet) {
  return set
    .find()
    .map((d: Decoration) => {
      const type = d as unknown as { type: { attrs?: Record<string, string>; spec: { id?: string; key?: string } } }
      return { from: d.from, to: d.to, id: type.type.spec.id, widget: d.from === d.to ? (type.type.spec.key ?? '') : null, attrs: d.from === d.to ? null : type.type.attrs }
    })
    .sort((a, b) => a.from - b.from || a.to - b.to || String(a.id).localeCompare(String(b.id)) || String(a.widget).localeCompare(String(b.widget)))
}

function expectSameAsRebuild(state: EditorState, step: string) {
  const incremental = annotationState(state)!
  const rebuilt = rebuiltState(state)!
  expect(canonical(incremental.decorations), step).toEqual(canonical(rebuilt.decorations))
  expect(incremental.placed.map((a) => a.id), step).toEqual(rebuilt.placed.map((a) => a.id))
  expect([...incremental.lanes].sort(), step).toEqual([...rebuilt.lanes].sort())
  expect([...incremental.related].sort(), step).toEqual([...rebuilt.related].sort())
}

describe('incremental decorations', () => {
  // A longer article: three paragraphs of forty words, so tags overlap, chain into clusters and cross paragraphs.
  const words = Array.from({ length: 120 }, (_, i) => ['the', 'minister', 'said', 'prisoners', 'would', 'be', 'released', 'soon', 'according', 'to', 'officials'][i % 11]! + (i % 7 === 0 ? ',' : ''))
  const paragraphs = [words.slice(0, 40), words.slice(40, 80), words.slice(80)].map((ws) => ws.join(' '))
  const longText = paragraphs.join('\n\n')
  let at = 0
  const blocks = paragraphs.map((p) => {
    const block = { type: 'paragraph' as const, start: at, end: at + p.length, marks: [] }
    at += p.length + 2
    return block
  })
  const long: Article = { ...article, id: 'art-long', text: longText, blocks }
  const spans = [...longText.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)

  function longSetup(annotations: Annotation[] = []) {
    const { doc, index } = articleToDoc(long)
    return EditorState.create({ doc, plugins: [annotationPlugin({ articleId: long.id, index, annotations })] })
  }

  function randomTag(rand: () => number, id: string, kinds = annotationKinds): Annotation {
    const first = Math.floor(rand() * (spans.length - 1))
    const last = Math.min(spans.length - 1, first + Math.floor(rand() * 12))
    const kind = kinds[Math.floor(rand() * kinds.length)]!
    const ann = createAnnotation({ id, articleId: long.id, kind, text: longText, start: spans[first]![0], end: spans[last]![1], author: 'tester', now: NOW })
    return kind === 'claim' ? { ...ann, status: claimStatuses[Math.floor(rand() * claimStatuses.length)]! } : ann
  }

  it('moves a tag down a lane when the tag that pushed it up is deleted, and back up when it returns', () => {
    const outer = { ...createAnnotation({ id: 'outer', articleId: long.id, kind: 'quote', text: longText, start: spans[0]![0], end: spans[10]![1], author: 't', now: NOW }) }
    const middle = { ...createAnnotation({ id: 'middle', articleId: long.id, kind: 'claim', text: longText, start: spans[2]![0], end: spans[6]![1], author: 't', now: NOW }) }
    const inner = { ...createAnnotation({ id: 'inner', articleId: long.id, kind: 'quote', text: longText, start: spans[4]![0], end: spans[8]![1], author: 't', now: NOW }) }
    let state = longSetup([outer, middle, inner])
    const desk = replica([outer, middle, inner], long)
    const lane = (id: string) => annotationState(state)!.lanes.get(id)
    expect([lane('outer'), lane('middle'), lane('inner')]).toEqual([0, 1, 2])
    state = desk.perform(state, { type: 'annotation.remove', id: 'middle' })
    expect([lane('outer'), lane('inner')]).toEqual([0, 1])
    expectSameAsRebuild(state, 'after the delete')
    state = desk.perform(state, { type: 'annotation.add', annotation: middle })
    expect([lane('outer'), lane('middle'), lane('inner')]).toEqual([0, 1, 2])
    expectSameAsRebuild(state, 'after the add')
  })

  it('equals a full rebuild after random sequences of add, update, re-anchor, remove, set, select and hover', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rand = prng(seed)
      const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)]
      let next = 0
      const initial = Array.from({ length: Math.floor(rand() * 20) }, () => randomTag(rand, `t${next++}`))
      let state = longSetup(initial)
      const desk = replica(initial, long)
      expectSameAsRebuild(state, `seed ${seed}, initial`)
      for (let i = 0; i < 150; i++) {
        const current = [...annotationState(state)!.annotations.values()]
        const some = pick(current)
        const attributions = current.filter((a) => a.kind === 'attribution')
        const r = rand()
        let step: string
        if (r < 0.3 || !some) {
          const ann = randomTag(rand, `t${next++}`)
          const attribution = ann.kind !== 'attribution' && rand() < 0.5 ? pick(attributions) : undefined
          step = `add ${ann.id}`
          state = desk.attempt(state, { type: 'annotation.add', annotation: attribution ? { ...ann, attributionId: attribution.id } : ann })
        } else if (r < 0.45) {
          const patch = rand() < 0.4 ? { kind: pick(annotationKinds)! } : rand() < 0.5 ? { status: pick(claimStatuses)! } : { attributionId: pick(attributions)?.id ?? null }
          step = `update ${some.id} ${JSON.stringify(patch)}`
          state = desk.attempt(state, { type: 'annotation.update', id: some.id, patch, updatedAt: NOW, updatedBy: 'tester' })
        } else if (r < 0.55) {
          const moved = randomTag(rand, some.id)
          const orphan = rand() < 0.25
          step = `reanchor ${some.id}${orphan ? ' as an orphan' : ''}`
          state = desk.attempt(state, { type: 'annotation.reanchor', id: some.id, target: moved.target, orphan, updatedAt: NOW, updatedBy: 'tester' })
        } else if (r < 0.7) {
          step = `remove ${some.id}`
          state = desk.attempt(state, { type: 'annotation.remove', id: some.id })
        } else if (r < 0.75) {
          // A batch, as undo and the attribution shortcut send: several steps at once.
          const ann = randomTag(rand, `t${next++}`)
          step = `batch: add ${ann.id}, remove ${some.id}`
          state = desk.attempt(state, { type: 'batch', label: 'test', commands: [{ type: 'annotation.add', annotation: ann }, { type: 'annotation.remove', id: some.id }] })
        } else if (r < 0.8) {
          // The whole list from outside (a reload, another window): some kept, some changed, some gone, some new.
          const list = current.filter(() => rand() < 0.8).map((a) => (rand() < 0.2 ? { ...a, note: 'changed' } : a))
          list.push(randomTag(rand, `t${next++}`))
          desk.replace(list)
          if (rand() < 0.5) {
            step = `set ${list.length}`
            state = run(state, setAnnotations(list))
          } else {
            // With the selection, as the article view sends both at once.
            const selected = rand() < 0.3 ? null : (pick(list)?.id ?? null)
            step = `sync ${list.length}, select ${selected}`
            state = run(state, syncAnnotations(list, selected))
            expect(getSelectedAnnotationId(state)).toBe(selected)
          }
        } else if (r < 0.92) {
          const id = rand() < 0.2 ? null : some.id
          step = `select ${id}`
          state = run(state, selectAnnotation(id))
        } else {
          const id = rand() < 0.3 ? null : some.id
          step = `hover ${id}`
          state = run(state, hoverAnnotation(id))
        }
        expectSameAsRebuild(state, `seed ${seed}, step ${i}: ${step}`)
      }
    }
  })
})
