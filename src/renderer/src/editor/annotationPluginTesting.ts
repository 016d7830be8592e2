/**
 * Fixtures shared by the annotation plugin's tests: a two-block article, a
 * helper that runs an editor command, and a miniature of the window's replica.
 */
import type { EditorState } from 'prosemirror-state'
import { expect } from 'vitest'
import { applyCommand, type Command } from '../../../core/commands'
import { emptyProject, type Annotation, type Article, type Project } from '../../../core/schema'
import { setAnnotations } from './annotationPlugin'

export const NOW = '2026-01-09T12:00:00.000Z'
const heading = 'Prisoners freed'
const para = 'Rodríguez said it would be "an important number" of people.'
export const text = `${heading}\n\n${para}`
export const article: Article = {
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

export function run(state: EditorState, command: (s: EditorState, d?: (tr: import('prosemirror-state').Transaction) => void) => boolean): EditorState {
  let next = state
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true)
  return next
}

/**
 * The window's replica in miniature: a command is applied once, to the
 * project, and the plugin is handed the article's tags as they now are.
 */
export function replica(initial: Annotation[] = [], art: Article = article) {
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
