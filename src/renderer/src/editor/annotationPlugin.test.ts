import { EditorState, TextSelection } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../core/annotations'
import { applyCommand, type Command } from '../../../core/commands'
import { emptyHistory, recordStep, redoStep, undoStep, type History } from '../../../core/history'
import { annotationKinds, emptyProject, type Annotation, type AnnotationKind, type Project } from '../../../core/schema'
import {
  annotationPlugin,
  annotationsAtOffset,
  getAnnotations,
  getSelectedAnnotationId,
  hoverAnnotation,
  annotationState,
  selectAnnotation,
  selectionToOffsets,
  setAnnotations
} from './annotationPlugin'
import { article, NOW, replica, run, text } from './annotationPluginTesting'
import { articleToDoc, offsetToPos, posToOffset } from './articleDoc'
import type { Decoration } from 'prosemirror-view'

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
