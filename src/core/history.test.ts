import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { applyCommand, type Command } from './commands'
import { canRedo, canUndo, emptyHistory, MAX_HISTORY, recordStep, redoStep, undoStep, type History } from './history'
import { importArticle } from './importer'
import { emptyProject, type Annotation, type Project } from './schema'
import { deepFreeze } from '../../tests/support/projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
const T1 = '2026-01-10T10:00:00.000Z'
const T2 = '2026-01-10T10:01:00.000Z'
const T3 = '2026-01-10T10:02:00.000Z'
const EDITOR = 'B. Editor'

const TEXT = 'The minister said "we will free them all" on Thursday.'

function tag(id: string, exact: string, kind: Annotation['kind'] = 'quote'): Annotation {
  const start = TEXT.indexOf(exact)
  return createAnnotation({ id, articleId: 'article-1', text: TEXT, start, end: start + exact.length, kind, author: '', now: NOW })
}

function buildProject(): Project {
  const project = emptyProject('History', 'project-1', NOW)
  project.articles.push(importArticle({ fileName: 'story.txt', content: TEXT, meta: { title: 'Story' } }, NOW, 'article-1'))
  project.annotations.push(tag('quote-1', '"we will free them all"'))
  return deepFreeze(project)
}

function apply(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

const addAttribution: Command = { type: 'annotation.add', annotation: tag('attr-1', 'The minister said', 'attribution') }
const noteQuote = (note: string, updatedAt = T1): Command => ({ type: 'annotation.update', id: 'quote-1', patch: { note }, updatedAt, updatedBy: EDITOR })

describe('recording steps', () => {
  it('starts empty, with nothing to undo or redo', () => {
    expect(emptyHistory).toEqual({ done: [], undone: [] })
    expect([canUndo(emptyHistory), canRedo(emptyHistory)]).toEqual([false, false])
  })

  it('stores each command with its inverse and allows an undo', () => {
    const history = recordStep(emptyHistory, buildProject(), addAttribution, T1)
    expect(history).toEqual({ done: [{ command: addAttribution, inverse: { type: 'annotation.remove', id: 'attr-1' } }], undone: [] })
    expect([canUndo(history), canRedo(history)]).toEqual([true, false])
  })

  it('does not change the history it is given', () => {
    const before = deepFreeze(recordStep(emptyHistory, buildProject(), addAttribution, T1))
    const copy = structuredClone(before)
    recordStep(before, buildProject(), noteQuote('x'), T2)
    expect(before).toStrictEqual(copy)
  })

  it('keeps the history as it was for a command with no inverse', () => {
    const history = recordStep(emptyHistory, buildProject(), addAttribution, T1)
    expect(recordStep(history, buildProject(), { type: 'annotation.remove', id: 'gone' }, T2)).toBe(history)
  })

  it(`keeps only the last ${MAX_HISTORY} steps`, () => {
    const project = buildProject()
    let history = emptyHistory
    for (let i = 1; i <= MAX_HISTORY + 5; i++) history = recordStep(history, project, noteQuote(`note ${i}`), T1)
    expect(MAX_HISTORY).toBe(500)
    expect(history.done).toHaveLength(MAX_HISTORY)
    expect(history.done[0]!.command).toEqual(noteQuote('note 6'))
    expect(history.done[MAX_HISTORY - 1]!.command).toEqual(noteQuote(`note ${MAX_HISTORY + 5}`))
  })
})

describe('undo and redo', () => {
  it('returns nothing to undo or redo on an empty history', () => {
    expect(undoStep(emptyHistory, T1)).toBeNull()
    expect(redoStep(emptyHistory, T1)).toBeNull()
  })

  it('undoes with the inverse, and redoes with the same command', () => {
    const recorded = recordStep(emptyHistory, buildProject(), addAttribution, T1)
    const undo = undoStep(recorded, T2)!
    expect(undo.command).toEqual({ type: 'annotation.remove', id: 'attr-1' })
    expect(undo.history).toEqual({ done: [], undone: recorded.done })
    expect([canUndo(undo.history), canRedo(undo.history)]).toEqual([false, true])
    const redo = redoStep(undo.history, T3)!
    expect(redo.command).toEqual(addAttribution)
    expect(redo.history).toEqual(recorded)
  })

  it('undoes steps last first, and redoes them in the order they were done', () => {
    let project = buildProject()
    let history = emptyHistory
    for (const command of [addAttribution, noteQuote('first'), noteQuote('second')]) {
      history = recordStep(history, project, command, T1)
      project = apply(project, command)
    }
    const undone: Command[] = []
    for (let i = 0; i < 3; i++) {
      const step = undoStep(history, T2)!
      undone.push(step.command)
      history = step.history
    }
    expect(undone).toEqual([noteQuote('first', T2), noteQuote('', T2), { type: 'annotation.remove', id: 'attr-1' }])
    const redone: Command[] = []
    for (let i = 0; i < 3; i++) {
      const step = redoStep(history, T3)!
      redone.push(step.command)
      history = step.history
    }
    expect(redone).toEqual([addAttribution, noteQuote('first', T3), noteQuote('second', T3)])
    expect(redoStep(history, T3)).toBeNull()
  })

  it('stamps an undone or redone update with the time of the undo or redo', () => {
    const history = recordStep(emptyHistory, buildProject(), noteQuote('checked', T1), '2026-01-10T09:59:00.000Z')
    const undo = undoStep(history, T2)!
    expect(undo.command).toEqual({ type: 'annotation.update', id: 'quote-1', patch: { note: '' }, updatedAt: T2, updatedBy: EDITOR })
    expect(redoStep(undo.history, T3)!.command).toEqual(noteQuote('checked', T3))
    const article: Command = { type: 'article.update', id: 'article-1', patch: { title: 'New' }, updatedAt: T1 }
    const articleUndo = undoStep(recordStep(emptyHistory, buildProject(), article, T1), T2)!
    expect(articleUndo.command).toEqual({ type: 'article.update', id: 'article-1', patch: { title: 'Story' }, updatedAt: T2 })
    expect(redoStep(articleUndo.history, T3)!.command).toEqual({ ...article, updatedAt: T3 })
  })

  it('leaves adds and removes unstamped', () => {
    const undo = undoStep(recordStep(emptyHistory, buildProject(), addAttribution, T1), T2)!
    expect(undo.command).toEqual({ type: 'annotation.remove', id: 'attr-1' })
    expect(redoStep(undo.history, T3)!.command).toBe(addAttribution)
  })

  it('clears what could be redone when a new step is recorded', () => {
    const project = buildProject()
    const recorded = recordStep(recordStep(emptyHistory, project, addAttribution, T1), project, noteQuote('a'), T1)
    const afterUndo = undoStep(recorded, T2)!.history
    expect(canRedo(afterUndo)).toBe(true)
    const fresh = recordStep(afterUndo, project, noteQuote('b'), T3)
    expect(fresh.undone).toEqual([])
    expect(fresh.done.map((s) => s.command)).toEqual([addAttribution, noteQuote('b')])
    expect(redoStep(fresh, T3)).toBeNull()
  })

  it('brings the project back to where it started after undoing everything, and forward again after redoing', () => {
    const start = buildProject()
    const commands: Command[] = [
      addAttribution,
      { type: 'annotation.update', id: 'quote-1', patch: { kind: 'claim', note: 'reclassified' }, updatedAt: T1, updatedBy: EDITOR },
      { type: 'annotation.remove', id: 'attr-1' },
      { type: 'article.update', id: 'article-1', patch: { title: 'Renamed', outlet: 'Wire' }, updatedAt: T1 }
    ]
    let project = start
    let history = emptyHistory
    for (const command of commands) {
      history = recordStep(history, project, command, T1)
      project = apply(project, command)
    }
    const end = project
    let step: { command: Command; history: History } | null
    while ((step = undoStep(history, T2))) {
      project = apply(project, step.command)
      history = step.history
    }
    const touched = (p: Project): Project => ({ ...p, annotations: p.annotations.map((a) => ({ ...a, updatedAt: 'x', updatedBy: 'x' })), articles: p.articles.map((a) => ({ ...a, updatedAt: 'x' })) })
    expect(touched(project)).toStrictEqual(touched(start))
    expect(project.annotations[0]!.updatedAt).toBe(T2)
    expect(project.articles[0]!.updatedAt).toBe(T2)
    while ((step = redoStep(history, T3))) {
      project = apply(project, step.command)
      history = step.history
    }
    expect(touched(project)).toStrictEqual(touched(end))
    expect(project.articles[0]!.updatedAt).toBe(T3)
  })
})

describe('batches and people in the history', () => {
  const attach: Command = {
    type: 'batch',
    label: 'Tag the attribution',
    commands: [addAttribution, { type: 'annotation.update', id: 'quote-1', patch: { attributionId: 'attr-1' }, updatedAt: T1, updatedBy: EDITOR }]
  }

  it('undoes a batch as one step, its inverse stamped with who undid it', () => {
    const history = recordStep(emptyHistory, buildProject(), attach, T1, 'C. Undoer')
    expect(history.done[0]!.inverse).toEqual({
      type: 'batch',
      label: 'Tag the attribution',
      commands: [
        { type: 'annotation.update', id: 'quote-1', patch: { attributionId: null }, updatedAt: T1, updatedBy: 'C. Undoer' },
        { type: 'annotation.remove', id: 'attr-1' }
      ]
    })
  })

  it('stamps every update inside an undone or redone batch with the time of the undo or redo, and leaves adds as they were', () => {
    const undo = undoStep(recordStep(emptyHistory, buildProject(), attach, T1), T2)!
    expect(undo.command.type).toBe('batch')
    if (undo.command.type !== 'batch') return
    expect(undo.command.commands[0]).toMatchObject({ type: 'annotation.update', updatedAt: T2 })
    expect(undo.command.commands[1]).toEqual({ type: 'annotation.remove', id: 'attr-1' })
    const redo = redoStep(undo.history, T3)!
    if (redo.command.type !== 'batch') throw new Error('expected a batch')
    expect(redo.command.commands[0]).toBe(addAttribution)
    expect(redo.command.commands[1]).toMatchObject({ type: 'annotation.update', updatedAt: T3 })
  })

  it('brings the project back through a batch undo and forward through its redo', () => {
    const start = buildProject()
    const history = recordStep(emptyHistory, start, attach, T1)
    const after = apply(start, attach)
    const undo = undoStep(history, T2)!
    const undone = apply(after, undo.command)
    expect(undone.annotations.map((a) => [a.id, a.attributionId])).toEqual([['quote-1', null]])
    const redone = apply(undone, redoStep(undo.history, T3)!.command)
    expect(redone.annotations.map((a) => [a.id, a.attributionId])).toEqual([
      ['quote-1', 'attr-1'],
      ['attr-1', null]
    ])
  })

  it('stamps an undone person update with the time of the undo', () => {
    const project = apply(buildProject(), { type: 'person.add', person: { id: 'p1', kind: 'person', name: 'Jorge Rodríguez', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW } })
    const rename: Command = { type: 'person.update', id: 'p1', patch: { role: 'Head of the National Assembly' }, updatedAt: T1 }
    const undo = undoStep(recordStep(emptyHistory, project, rename, T1), T2)!
    expect(undo.command).toEqual({ type: 'person.update', id: 'p1', patch: { role: '' }, updatedAt: T2 })
    expect(redoStep(undo.history, T3)!.command).toEqual({ ...rename, updatedAt: T3 })
  })
})
