import { describe, expect, it } from 'vitest'
import { makeTarget } from './anchoring'
import { applyCommand, commandArticleId, CommandSchema, invertCommand, type Command } from './commands'
import { importArticle } from './importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Project } from './schema'

const NOW = '2026-01-10T09:00:00.000Z'
const EDIT = '2026-01-10T10:15:00.000Z'
const UNDO = '2026-01-10T10:16:00.000Z'

const TEXT = 'Rodríguez said the release was "an important number" of prisoners.\n\nThe government did not say how many would be freed.'

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

function span(article: Article, exact: string): { start: number; end: number } {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return { start, end: start + exact.length }
}

function annotation(article: Article, id: string, kind: AnnotationKind, exact: string, note = ''): Annotation {
  const { start, end } = span(article, exact)
  return { id, articleId: article.id, kind, target: makeTarget(article.text, start, end), note, author: 'M. Reporter', createdAt: NOW, updatedAt: NOW }
}

/** A deep-frozen project with two articles, three tags, a person and a link; any change to it throws. */
function buildProject(): Project {
  const story = importArticle({ fileName: 'story.txt', content: TEXT, meta: { title: 'Prisoners freed', outlet: 'Wire', byline: 'A. Writer' } }, NOW, 'article-1')
  const other = importArticle({ fileName: 'other.txt', content: 'Second story.' }, NOW, 'article-2')
  const project = emptyProject('Commands', 'project-1', NOW)
  project.articles.push(story, other)
  project.people.push({ id: 'person-1', name: 'Jorge Rodríguez', aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })
  project.annotations.push(
    annotation(story, 'quote-1', 'quote', '"an important number"', 'check it'),
    annotation(story, 'attr-1', 'attribution', 'Rodríguez said'),
    annotation(story, 'claim-1', 'claim', 'The government did not say how many would be freed.')
  )
  project.links.push({ id: 'link-1', type: 'same-statement', from: 'attr-1', to: 'quote-1', note: '', createdAt: NOW, updatedAt: NOW })
  return deepFreeze(project)
}

function applied(project: Project, command: Command): Project {
  const result = applyCommand(project, command)
  if (!result.ok) throw new Error(`expected the command to apply, got: ${result.error}`)
  return result.project
}

function refusal(project: Project, command: Command): string {
  const before = structuredClone(project)
  const result = applyCommand(project, command)
  if (result.ok) throw new Error('expected the command to be refused')
  expect(project).toStrictEqual(before)
  return result.error
}

const story = (project: Project): Article => project.articles[0]!
const add = (ann: Annotation): Command => ({ type: 'annotation.add', annotation: ann })

describe('adding a tag', () => {
  it('appends the tag and leaves the rest of the project as it was', () => {
    const project = buildProject()
    const ann = annotation(story(project), 'quote-2', 'quote', 'of prisoners')
    const next = applied(project, add(ann))
    expect(next.annotations).toStrictEqual([...project.annotations, ann])
    expect({ ...next, annotations: project.annotations }).toStrictEqual(project)
  })

  it('refuses a tag on an article that is not in the project', () => {
    const project = buildProject()
    const ann = { ...annotation(story(project), 'quote-2', 'quote', 'of prisoners'), articleId: 'article-9' }
    expect(refusal(project, add(ann))).toBe('There is no article with id article-9 in this project.')
  })

  it('refuses an id already used by any record, not only by a tag', () => {
    const project = buildProject()
    for (const id of ['quote-1', 'article-2', 'person-1', 'link-1']) {
      expect(refusal(project, add(annotation(story(project), id, 'quote', 'of prisoners')))).toBe(`The id ${id} is already used in this project.`)
    }
  })

  it('refuses a tag whose text is not what the article has at that range', () => {
    const project = buildProject()
    const ann = annotation(story(project), 'quote-2', 'quote', 'of prisoners')
    const shifted = { ...ann, target: { ...ann.target, start: ann.target.start + 1, end: ann.target.end + 1 } }
    const { start, end } = shifted.target
    expect(refusal(project, add(shifted))).toBe(`The tagged text does not match "Prisoners freed" at ${start}–${end}.`)
    const pastEnd = { ...ann, target: { ...ann.target, start: TEXT.length - 2, end: TEXT.length + 3, exact: 'd.' } }
    expect(refusal(project, add(pastEnd))).toContain('does not match')
    const reversed = { ...ann, target: { ...ann.target, start: ann.target.end, end: ann.target.start } }
    expect(refusal(project, add(reversed))).toContain('does not match')
    const otherArticle = { ...ann, articleId: 'article-2' }
    expect(refusal(project, add(otherArticle))).toContain('does not match "Second story."')
  })

  it('refuses an exact duplicate: same kind on the same range, under a new id', () => {
    const project = buildProject()
    expect(refusal(project, add(annotation(story(project), 'quote-2', 'quote', '"an important number"')))).toBe('That text is already tagged as a quote.')
    expect(refusal(project, add(annotation(story(project), 'attr-2', 'attribution', 'Rodríguez said')))).toBe('That text is already tagged as an attribution.')
  })

  it('allows another kind on the same range, an overlapping tag and a nested one', () => {
    const project = buildProject()
    const sameRange = annotation(story(project), 'claim-2', 'claim', '"an important number"')
    const overlapping = annotation(story(project), 'quote-2', 'quote', 'important number" of prisoners')
    const nested = annotation(story(project), 'quote-3', 'quote', 'important')
    let next = project
    for (const ann of [sameRange, overlapping, nested]) next = applied(next, add(ann))
    expect(next.annotations.map((a) => a.id)).toEqual(['quote-1', 'attr-1', 'claim-1', 'claim-2', 'quote-2', 'quote-3'])
  })
})

describe('updating a tag', () => {
  const update = (id: string, patch: Extract<Command, { type: 'annotation.update' }>['patch']): Command => ({ type: 'annotation.update', id, patch, updatedAt: EDIT })

  it('changes the kind and the time, and nothing else', () => {
    const project = buildProject()
    const next = applied(project, update('quote-1', { kind: 'claim' }))
    expect(next.annotations[0]).toStrictEqual({ ...project.annotations[0], kind: 'claim', updatedAt: EDIT })
    expect(next.annotations.slice(1)).toStrictEqual(project.annotations.slice(1))
  })

  it('changes the note and keeps the kind', () => {
    const project = buildProject()
    const next = applied(project, update('claim-1', { note: 'Ask the ministry.' }))
    expect(next.annotations[2]).toStrictEqual({ ...project.annotations[2], note: 'Ask the ministry.', updatedAt: EDIT })
  })

  it('accepts setting the kind it already has', () => {
    const project = buildProject()
    expect(applied(project, update('quote-1', { kind: 'quote' })).annotations[0]!.kind).toBe('quote')
  })

  it('refuses a kind change that would duplicate another tag on the same range', () => {
    const project = applied(buildProject(), add(annotation(story(buildProject()), 'claim-2', 'claim', '"an important number"')))
    expect(refusal(project, update('quote-1', { kind: 'claim' }))).toBe('That text is already tagged as a claim.')
    expect(refusal(project, update('claim-2', { kind: 'quote', note: 'also a note' }))).toBe('That text is already tagged as a quote.')
  })

  it('refuses a tag that no longer exists', () => {
    expect(refusal(buildProject(), update('quote-9', { note: 'x' }))).toBe('That tag no longer exists.')
  })
})

describe('removing a tag', () => {
  it('removes only that tag', () => {
    const project = buildProject()
    const next = applied(project, { type: 'annotation.remove', id: 'claim-1' })
    expect(next.annotations.map((a) => a.id)).toEqual(['quote-1', 'attr-1'])
    expect(next.links).toStrictEqual(project.links)
  })

  it('refuses a tag that a link starts or ends at', () => {
    const project = buildProject()
    for (const id of ['attr-1', 'quote-1']) {
      expect(refusal(project, { type: 'annotation.remove', id })).toBe('That tag is linked to other tags; remove its links first.')
    }
  })

  it('refuses a tag that no longer exists', () => {
    expect(refusal(buildProject(), { type: 'annotation.remove', id: 'claim-9' })).toBe('That tag no longer exists.')
  })
})

describe('updating an article', () => {
  it('changes only the fields given, ignoring ones given as undefined', () => {
    const project = buildProject()
    const next = applied(project, { type: 'article.update', id: 'article-1', patch: { title: 'Prisoners released', url: 'https://example.org/a', outlet: undefined }, updatedAt: EDIT })
    expect(next.articles[0]).toStrictEqual({ ...project.articles[0], title: 'Prisoners released', url: 'https://example.org/a', updatedAt: EDIT })
    expect(next.articles[0]!.outlet).toBe('Wire')
    expect(next.articles[1]).toStrictEqual(project.articles[1])
  })

  it('can blank a field with an empty string', () => {
    const next = applied(buildProject(), { type: 'article.update', id: 'article-1', patch: { byline: '' }, updatedAt: EDIT })
    expect(next.articles[0]!.byline).toBe('')
  })

  it('refuses an article that no longer exists', () => {
    expect(refusal(buildProject(), { type: 'article.update', id: 'article-9', patch: { title: 'x' }, updatedAt: EDIT })).toBe('That article no longer exists.')
  })

  it('cannot touch the text: the command schema drops fields that are not editable', () => {
    const parsed = CommandSchema.parse({ type: 'article.update', id: 'article-1', patch: { title: 'T', text: 'rewritten', blocks: [] }, updatedAt: EDIT })
    expect(parsed).toEqual({ type: 'article.update', id: 'article-1', patch: { title: 'T' }, updatedAt: EDIT })
    const next = applied(buildProject(), parsed)
    expect(next.articles[0]!.text).toBe(TEXT)
  })
})

describe('undoing a command with its inverse', () => {
  /** Apply `command`, then its inverse computed on the state before it. */
  function roundTrip(project: Project, command: Command): { inverse: Command; after: Project; undone: Project } {
    const inverse = invertCommand(project, command, UNDO)
    if (!inverse) throw new Error('expected an inverse')
    const after = applied(project, command)
    return { inverse, after, undone: applied(after, inverse) }
  }

  it('removes an added tag', () => {
    const project = buildProject()
    const { inverse, undone } = roundTrip(project, add(annotation(story(project), 'quote-2', 'quote', 'of prisoners')))
    expect(inverse).toEqual({ type: 'annotation.remove', id: 'quote-2' })
    expect(undone).toStrictEqual(project)
  })

  it('adds back a removed tag exactly as it was', () => {
    const project = buildProject()
    const last = roundTrip(project, { type: 'annotation.remove', id: 'claim-1' })
    expect(last.inverse).toEqual({ type: 'annotation.add', annotation: project.annotations[2] })
    expect(last.undone).toStrictEqual(project)
  })

  it('adds back a removed tag from the middle of the list with the same tags (it comes back last)', () => {
    const base = applied(buildProject(), add(annotation(story(buildProject()), 'quote-2', 'quote', 'of prisoners')))
    const { undone } = roundTrip(base, { type: 'annotation.remove', id: 'claim-1' })
    const byId = (p: Project): Annotation[] => [...p.annotations].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(undone)).toStrictEqual(byId(base))
    expect(undone.annotations.map((a) => a.id)).toEqual(['quote-1', 'attr-1', 'quote-2', 'claim-1'])
  })

  it('restores the kind and note of an updated tag, stamped with the time of the undo', () => {
    const project = buildProject()
    const { inverse, undone } = roundTrip(project, { type: 'annotation.update', id: 'quote-1', patch: { kind: 'claim', note: 'changed' }, updatedAt: EDIT })
    expect(inverse).toEqual({ type: 'annotation.update', id: 'quote-1', patch: { kind: 'quote', note: 'check it' }, updatedAt: UNDO })
    expect(undone.annotations[0]).toStrictEqual({ ...project.annotations[0], updatedAt: UNDO })
    expect({ ...undone, annotations: project.annotations }).toStrictEqual(project)
    expect(undone.annotations.slice(1)).toStrictEqual(project.annotations.slice(1))
  })

  it('puts back only the field an update changed', () => {
    const project = buildProject()
    const { inverse, undone } = roundTrip(project, { type: 'annotation.update', id: 'claim-1', patch: { note: 'new note' }, updatedAt: EDIT })
    expect(inverse).toEqual({ type: 'annotation.update', id: 'claim-1', patch: { note: '' }, updatedAt: UNDO })
    expect(undone.annotations[2]).toStrictEqual({ ...project.annotations[2], updatedAt: UNDO })
  })

  it('restores the fields of an updated article, stamped with the time of the undo', () => {
    const project = buildProject()
    const { inverse, undone } = roundTrip(project, { type: 'article.update', id: 'article-1', patch: { title: 'New title', byline: '' }, updatedAt: EDIT })
    expect(inverse).toEqual({ type: 'article.update', id: 'article-1', patch: { title: 'Prisoners freed', byline: 'A. Writer' }, updatedAt: UNDO })
    expect(undone.articles).toStrictEqual([{ ...project.articles[0], updatedAt: UNDO }, project.articles[1]])
    expect(undone.annotations).toStrictEqual(project.annotations)
  })

  it('has no inverse for a command on a record that is not there', () => {
    const project = buildProject()
    expect(invertCommand(project, { type: 'annotation.remove', id: 'gone' }, UNDO)).toBeNull()
    expect(invertCommand(project, { type: 'annotation.update', id: 'gone', patch: { note: 'x' }, updatedAt: EDIT }, UNDO)).toBeNull()
    expect(invertCommand(project, { type: 'article.update', id: 'gone', patch: { title: 'x' }, updatedAt: EDIT }, UNDO)).toBeNull()
  })
})

describe('commandArticleId', () => {
  it('names the article a command touches, or nothing for a tag that is gone', () => {
    const project = buildProject()
    expect(commandArticleId(project, add(annotation(project.articles[1]!, 'x', 'claim', 'Second story.')))).toBe('article-2')
    expect(commandArticleId(project, { type: 'annotation.remove', id: 'claim-1' })).toBe('article-1')
    expect(commandArticleId(project, { type: 'annotation.update', id: 'quote-1', patch: {}, updatedAt: EDIT })).toBe('article-1')
    expect(commandArticleId(project, { type: 'annotation.remove', id: 'gone' })).toBeUndefined()
    expect(commandArticleId(project, { type: 'article.update', id: 'article-2', patch: {}, updatedAt: EDIT })).toBe('article-2')
  })
})
