import { EditorState, TextSelection } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../core/annotations'
import { applyCommand, type Command } from '../../../core/commands'
import { emptyHistory, recordStep, redoStep, undoStep, type History } from '../../../core/history'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Project } from '../../../core/schema'
import {
  annotationPlugin,
  annotationsAtOffset,
  getAnnotations,
  getSelectedAnnotationId,
  hoverAnnotation,
  rebuiltState,
  annotationState,
  selectAnnotation,
  selectionToOffsets,
  setAnnotations,
  syncAnnotations
} from './annotationPlugin'
import { articleToDoc, offsetToPos, posToOffset } from './articleDoc'
import { prng } from '../../../../tests/support/random'
import { annotationKinds, claimStatuses } from '../../../core/schema'
import type { Decoration, DecorationSet } from 'prosemirror-view'

const NOW = '2026-01-09T12:00:00.000Z'
const heading = 'Prisoners freed'
const para = 'Rodríguez said it would be "an important number" of people.'
const text = `${heading}\n\n${para}`
const article: Article = {
  id: 'art-1',
  title: heading,
  outlet: 'Test',
  byline: '',
  publishedAt: '2026-01-09',
  url: '',
  source: 'test.md',
  text,
  blocks: [
    { type: 'heading', level: 1, start: 0, end: heading.length, marks: [] },
    { type: 'paragraph', start: heading.length + 2, end: text.length, marks: [{ type: 'em', from: 0, to: 9 }] }
  ],
  createdAt: NOW,
  updatedAt: NOW
}

function tag(id: string, kind: AnnotationKind, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`not in text: ${exact}`)
  return { ...createAnnotation({ id, articleId: article.id, kind, text, start, end: start + exact.length, author: 'tester', now: NOW }), ...extra }
}

function setup(annotations: Annotation[] = []) {
  const { doc, index } = articleToDoc(article)
  const state = EditorState.create({ doc, plugins: [annotationPlugin({ articleId: article.id, index, annotations })] })
  return { state, index, desk: replica(annotations) }
}

function run(state: EditorState, command: (s: EditorState, d?: (tr: import('prosemirror-state').Transaction) => void) => boolean): EditorState {
  let next = state
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true)
  return next
}

function decorationsOf(state: EditorState) {
  const plugin = state.plugins[0]!
  return (plugin.props.decorations!.call(plugin, state) as import('prosemirror-view').DecorationSet).find()
}

type Attrs = Record<string, string>
const attrsOf = (d: Decoration) => (d as unknown as { type: { attrs: Attrs } }).type.attrs

/** The classes of the run where a tag is innermost (or, failing that, the first run it covers). */
function classesOf(state: EditorState, id: string): string {
  const runs = decorationsOf(state).filter((d) => d.from < d.to && attrsOf(d)['data-annotation-ids']!.split(' ').includes(id))
  const own = runs.find((d) => attrsOf(d)['data-annotation-id'] === id) ?? runs[0]
  return own ? (attrsOf(own).class ?? '') : ''
}

/** What a user sees: each painted run of text, in text order, with the kinds and tags covering it. */
function painted(state: EditorState) {
  return decorationsOf(state)
    .filter((d) => d.from < d.to)
    .sort((a, b) => a.from - b.from)
    .map((d) => {
      const attrs = attrsOf(d)
      const kinds = annotationKinds.filter((k) => attrs.class!.split(' ').includes(`qm-${k}`)).join(' ')
      return { text: state.doc.textBetween(d.from, d.to, '\n\n'), kinds, ids: attrs['data-annotation-ids'], selected: attrs.class!.includes('qm-selected') }
    })
}

/**
 * The window's replica in miniature: a command is applied once, to the
 * project, and the plugin is handed the article's tags as they now are.
 */
function replica(initial: Annotation[] = [], art: Article = article) {
  let project: Project = { ...emptyProject('p', 'p1', NOW), articles: [art], annotations: initial }
  return {
    perform(state: EditorState, command: Command): EditorState {
      const result = applyCommand(project, command)
      if (!result.ok) throw new Error(result.error)
      project = result.project
      return run(state, setAnnotations(project.annotations))
    },
    /** Try a command; a refused one changes nothing. */
    attempt(state: EditorState, command: Command): EditorState {
      const result = applyCommand(project, command)
      if (!result.ok) return state
      project = result.project
      return run(state, setAnnotations(project.annotations))
    },
    replace(annotations: Annotation[]) {
      project = { ...project, annotations }
    },
    get project() {
      return project
    }
  }
}

describe('the annotation plugin', () => {
  it('paints a tag over exactly the tagged words once it is added', () => {
    let { state, desk } = setup()
    state = desk.perform(state, { type: 'annotation.add', annotation: tag('q1', 'quote', 'an important number') })
    expect(painted(state)).toEqual([{ text: 'an important number', kinds: 'quote', ids: 'q1', selected: false }])
  })

  it('paints overlapping tags as one span per run of text, each run carrying every tag over it', () => {
    let { state, desk } = setup([tag('q1', 'quote', 'an important number')])
    state = desk.perform(state, { type: 'annotation.add', annotation: tag('c1', 'claim', 'it would be "an important number" of people') })
    state = desk.perform(state, { type: 'annotation.add', annotation: tag('c2', 'claim', 'Rodríguez said it would be') })
    expect(painted(state)).toEqual([
      { text: 'Rodríguez said ', kinds: 'claim', ids: 'c2', selected: false },
      { text: 'it would be', kinds: 'claim', ids: 'c2 c1', selected: false },
      { text: ' "', kinds: 'claim', ids: 'c1', selected: false },
      { text: 'an important number', kinds: 'quote claim', ids: 'c1 q1', selected: false },
      { text: '" of people', kinds: 'claim', ids: 'c1', selected: false }
    ])
    // Each tag keeps its lane, so its underline runs on unbroken across the runs it covers.
    expect(Object.fromEntries(annotationState(state)!.lanes)).toEqual({ c2: 0, c1: 1, q1: 0 })
    expect(classesOf(state, 'q1').split(' ')).toEqual(expect.arrayContaining(['qm-l1-claim', 'qm-l0-quote']))
    // Where they overlap, the innermost tag is what a pointer there means.
    const overlap = decorationsOf(state).find((d) => d.from < d.to && attrsOf(d)['data-annotation-ids'] === 'c1 q1')!
    expect(attrsOf(overlap)['data-annotation-id']).toBe('q1')
    expect(attrsOf(overlap)['data-depth']).toBe('2')
    expect(annotationsAtOffset(state, text.indexOf('important')).map((a) => a.id)).toEqual(['q1', 'c1'])
  })

  it('removes the painted span when a tag is deleted, leaving its neighbours', () => {
    let { state, desk } = setup([tag('q1', 'quote', 'an important number'), tag('a1', 'attribution', 'Rodríguez said')])
    state = desk.perform(state, { type: 'annotation.remove', id: 'q1' })
    expect(painted(state).map((p) => p.text)).toEqual(['Rodríguez said'])
  })

  it('repaints a tag in its new kind when its kind changes', () => {
    let { state, desk } = setup([tag('q1', 'quote', 'an important number')])
    state = desk.perform(state, { type: 'annotation.update', id: 'q1', patch: { kind: 'claim' }, updatedAt: NOW, updatedBy: 'tester' })
    expect(painted(state)).toEqual([{ text: 'an important number', kinds: 'claim', ids: 'q1', selected: false }])
  })

  it('marks the selected tag and forgets the selection when that tag is deleted', () => {
    let { state, desk } = setup([tag('q1', 'quote', 'an important number')])
    state = run(state, selectAnnotation('q1'))
    expect(getSelectedAnnotationId(state)).toBe('q1')
    expect(painted(state)[0]!.selected).toBe(true)
    state = desk.perform(state, { type: 'annotation.remove', id: 'q1' })
    expect(getSelectedAnnotationId(state)).toBeNull()
  })

  it('shows a claim\'s fact-check status in the text, and follows a change of status', () => {
    let { state, desk } = setup([tag('c1', 'claim', 'an important number')])
    const badges = (s: EditorState) => decorationsOf(s).filter((d) => d.from === d.to).map((d) => (d.spec as { key: string }).key)
    expect(badges(state)).toEqual(['status-c1-unverified'])
    state = desk.perform(state, { type: 'annotation.update', id: 'c1', patch: { status: 'disputed' }, updatedAt: NOW, updatedBy: 'tester' })
    expect(badges(state)).toEqual(['status-c1-disputed'])
    expect(classesOf(state, 'c1')).toContain('qm-status-disputed')
  })

  it('highlights a quote\'s attribution when the quote is hovered, and the quote when the attribution is', () => {
    const said = tag('a1', 'attribution', 'Rodríguez said')
    let { state, desk } = setup([said, tag('q1', 'quote', 'an important number', { attributionId: 'a1' }), tag('c1', 'claim', 'of people')])
    state = run(state, hoverAnnotation('q1'))
    expect(classesOf(state, 'a1')).toContain('qm-related')
    expect(classesOf(state, 'c1')).not.toContain('qm-related')
    state = run(state, hoverAnnotation('a1'))
    expect(classesOf(state, 'q1')).toContain('qm-related')
    expect(classesOf(state, 'a1')).not.toContain('qm-related')
    state = run(state, hoverAnnotation(null))
    expect(classesOf(state, 'q1')).not.toContain('qm-related')
  })

  it('ignores tags of other articles', () => {
    let { state, desk } = setup()
    const other = { ...tag('x', 'quote', 'an important number'), articleId: 'art-2' }
    state = run(state, setAnnotations([other, tag('q1', 'quote', 'Prisoners')]))
    expect(getAnnotations(state).map((a) => a.id)).toEqual(['q1'])
  })

  it('turns an editor selection into offsets of the article text, across the blank line between blocks', () => {
    const { state, index } = setup()
    const start = text.indexOf('freed')
    const end = text.indexOf('said') + 4
    const sel = state.apply(state.tr.setSelection(TextSelection.create(state.doc, offsetToPos(index, start), offsetToPos(index, end))))
    expect(selectionToOffsets(sel)).toEqual({ start, end })
    expect(text.slice(start, end)).toBe('freed\n\nRodríguez said')
    expect(posToOffset(index, offsetToPos(index, text.length))).toBe(text.length)
  })

  it('follows undo and redo of add, overlap and delete through the command history', () => {
    let project: Project = { ...emptyProject('p', 'p1', NOW), articles: [article] }
    let history: History = emptyHistory
    let { state } = setup()
    const perform = (command: Command) => {
      history = recordStep(history, project, command, NOW)
      const result = applyCommand(project, command)
      if (!result.ok) throw new Error(result.error)
      project = result.project
      state = run(state, setAnnotations(project.annotations))
    }
    const replay = (step: { command: Command; history: History } | null) => {
      if (!step) throw new Error('nothing to replay')
      history = step.history
      const result = applyCommand(project, step.command)
      if (!result.ok) throw new Error(result.error)
      project = result.project
      state = run(state, setAnnotations(project.annotations))
    }
    perform({ type: 'annotation.add', annotation: tag('q1', 'quote', 'an important number') })
    perform({ type: 'annotation.add', annotation: tag('c1', 'claim', 'it would be "an important number"') })
    perform({ type: 'annotation.remove', id: 'q1' })
    expect(painted(state).map((p) => p.kinds)).toEqual(['claim'])

    replay(undoStep(history, NOW)) // the delete
    expect(painted(state).map((p) => p.kinds)).toEqual(['claim', 'quote claim', 'claim'])
    replay(undoStep(history, NOW)) // the overlapping claim
    expect(painted(state).map((p) => p.text)).toEqual(['an important number'])
    replay(redoStep(history, NOW)) // the claim again
    expect(painted(state).map((p) => p.kinds)).toEqual(['claim', 'quote claim', 'claim'])
    expect(project.annotations.map((a) => a.id).sort()).toEqual(['c1', 'q1'])
    expect(redoStep(history, NOW)).not.toBeNull()
  })
})

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
