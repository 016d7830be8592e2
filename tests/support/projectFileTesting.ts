/** Shared by the project file's tests (src/core/projectFile*.test.ts): a realistic project, its file edited into something broken, and opening it. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { createAnnotation } from '../../src/core/annotations'
import { importArticle } from '../../src/core/importer'
import { parseProject, serializeProject, type LoadProblemCode } from '../../src/core/projectFile'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Project } from '../../src/core/schema'

const root = join(__dirname, '..', '..')
const NYT = 'nyt-2026-01-09-venezuela-prisoner-release.txt'
export const NOW = '2026-01-10T09:00:00.000Z'
const LATER = '2026-01-11T14:30:00.000Z'
export const FILE = 'venezuela.quotemark.json'
export const TITLE = 'Venezuela Begins Releasing Political Prisoners'

/** A tag on the first occurrence of `exact` in the article. */
export function tag(article: Article, id: string, kind: AnnotationKind, exact: string): Annotation {
  const start = article.text.indexOf(exact)
  expect(start).toBeGreaterThanOrEqual(0)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: 'M. Reporter', now: NOW }), updatedAt: LATER }
}

/** The New York Times seed with a quote, its attribution, a claim, a person and a link. */
export function buildProject(): Project {
  const content = readFileSync(join(root, 'seeds', NYT), 'utf8')
  const article = importArticle(
    { fileName: NYT, content, meta: { captionLines: 2, title: TITLE, outlet: 'The New York Times', publishedAt: '2026-01-09' } },
    NOW,
    'article-nyt'
  )
  const project = emptyProject('Venezuela prisoner release', 'project-1', NOW)
  project.articles.push(article)
  project.people.push({
    id: 'person-rodriguez',
    kind: 'person',
    name: 'Jorge Rodríguez',
    aliases: ['Rodríguez'],
    role: 'head of the National Assembly',
    affiliation: 'Government of Venezuela',
    note: '',
    createdAt: NOW,
    updatedAt: NOW
  })
  project.annotations.push(
    { ...tag(article, 'ann-quote', 'quote', '"an important number"'), note: 'Check the number against Foro Penal.', attributionId: 'ann-attr', updatedBy: 'B. Editor' },
    { ...tag(article, 'ann-attr', 'attribution', "Jorge Rodríguez, the head of Venezuela's National Assembly"), speakerId: 'person-rodriguez' },
    {
      ...tag(article, 'ann-claim', 'claim', 'between 800 and 900 political prisoners are incarcerated in Venezuela'),
      status: 'disputed',
      evidence: [{ url: 'https://foropenal.com/', note: 'Foro Penal counts 863' }]
    }
  )
  project.links.push({ id: 'link-1', type: 'same-statement', from: 'ann-quote', to: 'ann-attr', note: '', createdAt: NOW, updatedAt: NOW })
  return project
}

/** Loose JSON as it sits in a file, to be edited into something broken. */
export type Doc = { [key: string]: any }

/** The realistic project's file, edited by `change`. */
export function fileWith(change: (doc: Doc) => void): string {
  const doc = JSON.parse(serializeProject(buildProject())) as Doc
  change(doc)
  return JSON.stringify(doc, null, 2)
}

export function opened(json: string, fileName = FILE): { project: Project; migratedFrom: number | null } {
  const result = parseProject(json, fileName)
  if (!result.ok) throw new Error(`expected ${fileName} to open, got: ${result.message}`)
  return { project: result.project, migratedFrom: result.migratedFrom }
}

export function refused(json: string, fileName = FILE): { code: LoadProblemCode; message: string } {
  const result = parseProject(json, fileName)
  if (result.ok) throw new Error(`${fileName} was opened`)
  return { code: result.code, message: result.message }
}
