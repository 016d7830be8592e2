/** Shared by the tests of the project's commands (src/core/commands.*.test.ts): a small frozen project and tags on it. */
import { createAnnotation } from '../../src/core/annotations'
import type { SingleCommand } from '../../src/core/commands'
import { importArticle } from '../../src/core/importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Project } from '../../src/core/schema'
import { deepFreeze } from './projectTesting'

export const NOW = '2026-01-10T09:00:00.000Z'
export const EDIT = '2026-01-10T10:15:00.000Z'
export const UNDO = '2026-01-10T10:16:00.000Z'
export const EDITOR = 'B. Editor'
export const UNDOER = 'C. Undoer'

export const TEXT = 'Rodríguez said the release was "an important number" of prisoners.\n\nThe government did not say how many would be freed.'

function span(article: Article, exact: string): { start: number; end: number } {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return { start, end: start + exact.length }
}

export function annotation(article: Article, id: string, kind: AnnotationKind, exact: string, note = ''): Annotation {
  const { start, end } = span(article, exact)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end, kind, author: 'M. Reporter', now: NOW }), note }
}

/** A deep-frozen project with two articles, three tags, a person and a link; any change to it throws. */
export function buildProject(): Project {
  const story = importArticle({ fileName: 'story.txt', content: TEXT, meta: { title: 'Prisoners freed', outlet: 'Wire', byline: 'A. Writer' } }, NOW, 'article-1')
  const other = importArticle({ fileName: 'other.txt', content: 'Second story.' }, NOW, 'article-2')
  const project = emptyProject('Commands', 'project-1', NOW)
  project.articles.push(story, other)
  project.people.push({ id: 'person-1', kind: 'person', name: 'Jorge Rodríguez', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })
  project.annotations.push(
    annotation(story, 'quote-1', 'quote', '"an important number"', 'check it'),
    annotation(story, 'attr-1', 'attribution', 'Rodríguez said'),
    annotation(story, 'claim-1', 'claim', 'The government did not say how many would be freed.')
  )
  project.links.push({ id: 'link-1', type: 'same-statement', from: 'attr-1', to: 'quote-1', note: '', createdAt: NOW, updatedAt: NOW })
  return deepFreeze(project)
}

export const story = (project: Project): Article => project.articles[0]!
export const add = (ann: Annotation): SingleCommand => ({ type: 'annotation.add', annotation: ann })
