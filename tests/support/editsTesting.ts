/** Shared by the edits' tests (src/core/edits*.test.ts): a two-article project with people, attributions and links, undo, and a check for dangling references. */
import { createAnnotation } from '../../src/core/annotations'
import type { Command } from '../../src/core/commands'
import { invertCommand } from '../../src/core/commandInverse'
import { importArticle } from '../../src/core/importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Link, type Person, type Project } from '../../src/core/schema'
import { applied, deepFreeze } from './projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
export const EDIT = '2026-01-10T10:15:00.000Z'
export const UNDO = '2026-01-10T10:16:00.000Z'
const AUTHOR = 'M. Reporter'
export const EDITOR = 'B. Editor'

const STORY = [
  '"It is an important number," said Jorge Rodríguez on Thursday.',
  'Rodríguez added that "peace is the goal," according to state television.',
  'Trump said the prisoners would be freed.'
].join('\n\n')
const OTHER = 'Delcy Rodríguez was sworn in. "A significant number," Rodriguez announced.'

export function tag(article: Article, id: string, kind: AnnotationKind, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: AUTHOR, now: NOW }), ...extra }
}

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, kind: 'person', name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW, ...extra }
}

export function link(id: string, from: string, to: string, type: Link['type'] = 'same-statement'): Link {
  return { id, type, from, to, note: `note ${id}`, createdAt: NOW, updatedAt: NOW }
}

/**
 * Two articles. In the story, attr-1 ("said Jorge Rodríguez", naming Jorge)
 * attributes quote-1 and quote-2; quote-3 has Trump as its own speaker. In
 * the other article, quote-4 has a duplicate "Rodriguez" person as speaker.
 * Links: quote-1 ↔ quote-4 across articles, attr-1 → quote-3, quote-2 → quote-3.
 */
export function buildProject(): Project {
  const story = importArticle({ fileName: 'story.txt', content: STORY, meta: { title: 'Prisoners freed' } }, NOW, 'article-1')
  const other = importArticle({ fileName: 'other.txt', content: OTHER, meta: { title: 'Sworn in' } }, NOW, 'article-2')
  const project = emptyProject('Edits', 'project-1', NOW)
  project.articles.push(story, other)
  project.people.push(
    person('jorge', 'Jorge Rodríguez', { aliases: ['Jorge Rodriguez'], role: 'President of the National Assembly' }),
    person('delcy', 'Delcy Rodríguez', { role: 'Interim president' }),
    person('trump', 'Donald Trump', { aliases: ['Trump'] }),
    person('dup', 'Rodriguez', { aliases: ['J. Rodríguez', 'jorge rodriguez'], affiliation: 'Government of Venezuela', note: 'Added from the BBC piece' })
  )
  project.annotations.push(
    tag(story, 'quote-1', 'quote', '"It is an important number,"', { attributionId: 'attr-1' }),
    tag(story, 'attr-1', 'attribution', 'said Jorge Rodríguez', { speakerId: 'jorge' }),
    tag(story, 'quote-2', 'quote', '"peace is the goal,"', { attributionId: 'attr-1' }),
    tag(story, 'quote-3', 'quote', 'the prisoners would be freed', { speakerId: 'trump' }),
    tag(other, 'quote-4', 'quote', '"A significant number,"', { speakerId: 'dup' }),
    tag(other, 'claim-1', 'claim', 'Delcy Rodríguez was sworn in.')
  )
  project.links.push(link('link-1', 'quote-1', 'quote-4'), link('link-2', 'attr-1', 'quote-3', 'corroborates'), link('link-3', 'quote-2', 'quote-3', 'contradicts'))
  return deepFreeze(project)
}

/** Apply an edit, then undo it with its inverse computed on the state before it. */
export function withUndo(project: Project, command: Command): { after: Project; undone: Project } {
  const inverse = invertCommand(project, command, UNDO, EDITOR)
  if (!inverse) throw new Error('expected an inverse')
  const after = applied(project, command)
  return { after, undone: applied(after, inverse) }
}

/** Every reference in the project that points at nothing; empty for a whole project. */
export function danglingReferences(project: Project): string[] {
  const people = new Set(project.people.map((p) => p.id))
  const tags = new Map(project.annotations.map((a) => [a.id, a]))
  const problems: string[] = []
  for (const a of project.annotations) {
    if (a.speakerId !== null && !people.has(a.speakerId)) problems.push(`${a.id} speaker ${a.speakerId}`)
    if (a.attributionId !== null && tags.get(a.attributionId)?.kind !== 'attribution') problems.push(`${a.id} attribution ${a.attributionId}`)
  }
  for (const l of project.links) if (!tags.has(l.from) || !tags.has(l.to)) problems.push(`link ${l.id}`)
  return problems
}

export const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id))
export const ann = (project: Project, id: string): Annotation => project.annotations.find((a) => a.id === id)!
