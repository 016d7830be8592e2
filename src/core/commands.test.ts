import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { applyCommand, CommandSchema, type Command, type SingleCommand } from './commands'
import { commandArticleIds, invertCommand } from './commandInverse'
import { importArticle } from './importer'
import { emptyProject, type Annotation, type AnnotationKind, type Article, type Project } from './schema'
import { applied, deepFreeze, refusal } from '../../tests/support/projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
const EDIT = '2026-01-10T10:15:00.000Z'
const UNDO = '2026-01-10T10:16:00.000Z'
const EDITOR = 'B. Editor'
const UNDOER = 'C. Undoer'

const TEXT = 'Rodríguez said the release was "an important number" of prisoners.\n\nThe government did not say how many would be freed.'

function span(article: Article, exact: string): { start: number; end: number } {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return { start, end: start + exact.length }
}

function annotation(article: Article, id: string, kind: AnnotationKind, exact: string, note = ''): Annotation {
  const { start, end } = span(article, exact)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end, kind, author: 'M. Reporter', now: NOW }), note }
}

/** A deep-frozen project with two articles, three tags, a person and a link; any change to it throws. */
function buildProject(): Project {
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

const story = (project: Project): Article => project.articles[0]!
const add = (ann: Annotation): SingleCommand => ({ type: 'annotation.add', annotation: ann })

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
  const update = (id: string, patch: Extract<Command, { type: 'annotation.update' }>['patch']): Command => ({ type: 'annotation.update', id, patch, updatedAt: EDIT, updatedBy: EDITOR })

  it('changes the kind and the time, and nothing else', () => {
    const project = buildProject()
    const next = applied(project, update('quote-1', { kind: 'claim' }))
    expect(next.annotations[0]).toStrictEqual({ ...project.annotations[0], kind: 'claim', updatedAt: EDIT, updatedBy: EDITOR })
    expect(next.annotations.slice(1)).toStrictEqual(project.annotations.slice(1))
  })

  it('changes the note and keeps the kind', () => {
    const project = buildProject()
    const next = applied(project, update('claim-1', { note: 'Ask the ministry.' }))
    expect(next.annotations[2]).toStrictEqual({ ...project.annotations[2], note: 'Ask the ministry.', updatedAt: EDIT, updatedBy: EDITOR })
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

  it('must say who made the change to pass the command schema', () => {
    expect(CommandSchema.safeParse({ type: 'annotation.update', id: 'quote-1', patch: { note: 'x' }, updatedAt: EDIT }).success).toBe(false)
    expect(CommandSchema.safeParse(update('quote-1', { note: 'x' })).success).toBe(true)
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
    const inverse = invertCommand(project, command, UNDO, UNDOER)
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

  it('restores the kind and note of an updated tag, stamped with the time of the undo and who undid it', () => {
    const project = buildProject()
    const { inverse, undone } = roundTrip(project, { type: 'annotation.update', id: 'quote-1', patch: { kind: 'claim', note: 'changed' }, updatedAt: EDIT, updatedBy: EDITOR })
    expect(inverse).toEqual({ type: 'annotation.update', id: 'quote-1', patch: { kind: 'quote', note: 'check it' }, updatedAt: UNDO, updatedBy: UNDOER })
    expect(undone.annotations[0]).toStrictEqual({ ...project.annotations[0], updatedAt: UNDO, updatedBy: UNDOER })
    expect({ ...undone, annotations: project.annotations }).toStrictEqual(project)
    expect(undone.annotations.slice(1)).toStrictEqual(project.annotations.slice(1))
  })

  it('puts back only the field an update changed', () => {
    const project = buildProject()
    const { inverse, undone } = roundTrip(project, { type: 'annotation.update', id: 'claim-1', patch: { note: 'new note' }, updatedAt: EDIT, updatedBy: EDITOR })
    expect(inverse).toEqual({ type: 'annotation.update', id: 'claim-1', patch: { note: '' }, updatedAt: UNDO, updatedBy: UNDOER })
    expect(undone.annotations[2]).toStrictEqual({ ...project.annotations[2], updatedAt: UNDO, updatedBy: UNDOER })
  })

  it('puts back the speaker, attribution, status and evidence of an updated tag', () => {
    const project = applied(buildProject(), { type: 'annotation.update', id: 'claim-1', patch: { status: 'disputed', evidence: [{ url: 'https://example.org/a', note: 'ministry' }] }, updatedAt: EDIT, updatedBy: EDITOR })
    const { inverse, after, undone } = roundTrip(project, {
      type: 'annotation.update',
      id: 'quote-1',
      patch: { speakerId: 'person-1', attributionId: 'attr-1' },
      updatedAt: EDIT,
      updatedBy: EDITOR
    })
    expect(after.annotations[0]).toMatchObject({ speakerId: 'person-1', attributionId: 'attr-1' })
    expect(inverse).toEqual({ type: 'annotation.update', id: 'quote-1', patch: { speakerId: null, attributionId: null }, updatedAt: UNDO, updatedBy: UNDOER })
    expect(undone.annotations[0]).toMatchObject({ speakerId: null, attributionId: null })
    const status = roundTrip(project, { type: 'annotation.update', id: 'claim-1', patch: { status: 'false', evidence: [] }, updatedAt: EDIT, updatedBy: EDITOR })
    expect(status.undone.annotations[2]).toMatchObject({ status: 'disputed', evidence: [{ url: 'https://example.org/a', note: 'ministry' }] })
  })

  it('without someone named for the undo, stamps the inverse with whoever made the change', () => {
    const project = buildProject()
    expect(invertCommand(project, { type: 'annotation.update', id: 'claim-1', patch: { note: 'n' }, updatedAt: EDIT, updatedBy: EDITOR }, UNDO)).toEqual({
      type: 'annotation.update',
      id: 'claim-1',
      patch: { note: '' },
      updatedAt: UNDO,
      updatedBy: EDITOR
    })
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
    expect(invertCommand(project, { type: 'annotation.update', id: 'gone', patch: { note: 'x' }, updatedAt: EDIT, updatedBy: EDITOR }, UNDO)).toBeNull()
    expect(invertCommand(project, { type: 'article.update', id: 'gone', patch: { title: 'x' }, updatedAt: EDIT }, UNDO)).toBeNull()
  })
})

describe('commandArticleIds', () => {
  it('names the article a command touches, or nothing for a tag that is gone', () => {
    const project = buildProject()
    expect(commandArticleIds(project, add(annotation(project.articles[1]!, 'x', 'claim', 'Second story.')))).toEqual(['article-2'])
    expect(commandArticleIds(project, { type: 'annotation.remove', id: 'claim-1' })).toEqual(['article-1'])
    expect(commandArticleIds(project, { type: 'annotation.update', id: 'quote-1', patch: {}, updatedAt: EDIT, updatedBy: EDITOR })).toEqual(['article-1'])
    expect(commandArticleIds(project, { type: 'annotation.remove', id: 'gone' })).toEqual([])
    expect(commandArticleIds(project, { type: 'article.update', id: 'article-2', patch: {}, updatedAt: EDIT })).toEqual(['article-2'])
  })

  it('names every article a batch touches once, and none for people and links', () => {
    const project = buildProject()
    const batch: Command = {
      type: 'batch',
      label: 'Several',
      commands: [
        { type: 'annotation.update', id: 'quote-1', patch: { note: 'a' }, updatedAt: EDIT, updatedBy: EDITOR },
        add(annotation(project.articles[1]!, 'x', 'claim', 'Second story.')),
        { type: 'annotation.update', id: 'claim-1', patch: { note: 'b' }, updatedAt: EDIT, updatedBy: EDITOR }
      ]
    }
    expect(commandArticleIds(project, batch)).toEqual(['article-1', 'article-2'])
    expect(commandArticleIds(project, { type: 'link.remove', id: 'link-1' })).toEqual([])
    expect(commandArticleIds(project, { type: 'person.update', id: 'person-1', patch: { name: 'J. R.' }, updatedAt: EDIT })).toEqual([])
  })
})

describe('references between tags and people', () => {
  const set = (id: string, patch: Extract<Command, { type: 'annotation.update' }>['patch']): Command => ({ type: 'annotation.update', id, patch, updatedAt: EDIT, updatedBy: EDITOR })

  it('sets a speaker and an attribution that exist', () => {
    const next = applied(buildProject(), set('quote-1', { speakerId: 'person-1', attributionId: 'attr-1' }))
    expect(next.annotations[0]).toMatchObject({ speakerId: 'person-1', attributionId: 'attr-1', updatedBy: EDITOR })
  })

  it('refuses a speaker who is not in the project, on an update or a new tag', () => {
    const project = buildProject()
    expect(refusal(project, set('quote-1', { speakerId: 'person-9' }))).toBe('That person is no longer in the project.')
    const ann = { ...annotation(story(project), 'quote-2', 'quote', 'of prisoners'), speakerId: 'person-9' }
    expect(refusal(project, add(ann))).toBe('That person is no longer in the project.')
  })

  it('refuses an attribution that is missing, not an attribution, the tag itself, in another article, or on an attribution', () => {
    const project = applied(buildProject(), add(annotation(buildProject().articles[1]!, 'attr-2', 'attribution', 'Second story.')))
    expect(refusal(project, set('quote-1', { attributionId: 'attr-9' }))).toBe('That attribution tag is no longer in the project.')
    expect(refusal(project, set('quote-1', { attributionId: 'claim-1' }))).toBe('That attribution tag is no longer in the project.')
    expect(refusal(project, set('attr-1', { attributionId: 'attr-1' }))).toBe('A tag cannot be its own attribution.')
    expect(refusal(project, set('quote-1', { attributionId: 'attr-2' }))).toBe('An attribution must be in the same article as what it attributes.')
    const second = applied(project, add(annotation(story(project), 'attr-3', 'attribution', 'of prisoners')))
    expect(refusal(second, set('attr-1', { attributionId: 'attr-3' }))).toBe('An attribution is not attributed to another attribution.')
  })

  it('refuses to turn an attributed tag into an attribution, and an attribution that attributes tags into anything else', () => {
    const project = applied(buildProject(), set('claim-1', { attributionId: 'attr-1' }))
    expect(refusal(project, set('claim-1', { kind: 'attribution' }))).toBe('An attribution is not attributed to another attribution.')
    expect(refusal(project, set('attr-1', { kind: 'quote' }))).toBe('Other tags are attributed by this attribution; detach them before changing its kind.')
    const detached = applied(project, set('claim-1', { attributionId: null }))
    expect(applied(detached, set('attr-1', { kind: 'quote' })).annotations[1]!.kind).toBe('quote')
  })

  it('refuses to remove an attribution that attributes a tag', () => {
    const project = applied(applied(buildProject(), { type: 'link.remove', id: 'link-1' }), set('claim-1', { attributionId: 'attr-1' }))
    expect(refusal(project, { type: 'annotation.remove', id: 'attr-1' })).toBe('Other tags are attributed by this attribution; detach them first.')
  })
})

describe('people', () => {
  const person = (id: string, name: string) => ({ id, kind: 'person' as const, name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW })

  it('adds, updates and removes a person, and undoes each', () => {
    const project = buildProject()
    const addDelcy: Command = { type: 'person.add', person: person('person-2', 'Delcy Rodríguez') }
    const added = applied(project, addDelcy)
    expect(added.people.map((p) => p.name)).toEqual(['Jorge Rodríguez', 'Delcy Rodríguez'])
    expect(applied(added, invertCommand(project, addDelcy, UNDO)!)).toStrictEqual(project)

    const rename: Command = { type: 'person.update', id: 'person-2', patch: { role: 'Vice-president', aliases: ['Delcy'] }, updatedAt: EDIT }
    const renamed = applied(added, rename)
    expect(renamed.people[1]).toStrictEqual({ ...person('person-2', 'Delcy Rodríguez'), role: 'Vice-president', aliases: ['Delcy'], updatedAt: EDIT })
    expect(invertCommand(added, rename, UNDO)).toEqual({ type: 'person.update', id: 'person-2', patch: { role: '', aliases: [] }, updatedAt: UNDO })

    const remove: Command = { type: 'person.remove', id: 'person-2' }
    expect(applied(added, remove)).toStrictEqual(project)
    expect(applied(applied(added, remove), invertCommand(added, remove, UNDO)!)).toStrictEqual(added)
  })

  it('refuses a person id already used, and a person that is not there', () => {
    const project = buildProject()
    expect(refusal(project, { type: 'person.add', person: person('quote-1', 'X') })).toBe('The id quote-1 is already used in this project.')
    expect(refusal(project, { type: 'person.update', id: 'person-9', patch: { name: 'X' }, updatedAt: EDIT })).toBe('That person is no longer in the project.')
    expect(refusal(project, { type: 'person.remove', id: 'person-9' })).toBe('That person is no longer in the project.')
  })

  it('refuses to remove a person who is still the speaker of tags, naming them and how many', () => {
    let project = buildProject()
    for (const id of ['quote-1', 'claim-1']) {
      project = applied(project, { type: 'annotation.update', id, patch: { speakerId: 'person-1' }, updatedAt: EDIT, updatedBy: EDITOR })
    }
    const error = refusal(project, { type: 'person.remove', id: 'person-1' })
    expect(error).toContain('Jorge Rodríguez is the speaker of 2 tags')
  })
})

describe('links', () => {
  const link = (id: string, from: string, to: string): Command => ({ type: 'link.add', link: { id, type: 'corroborates', from, to, note: '', createdAt: NOW, updatedAt: NOW } })

  it('links two tags, and undoing removes the link', () => {
    const project = buildProject()
    const next = applied(project, link('link-2', 'quote-1', 'claim-1'))
    expect(next.links.map((l) => [l.from, l.to])).toEqual([
      ['attr-1', 'quote-1'],
      ['quote-1', 'claim-1']
    ])
    expect(applied(next, invertCommand(project, link('link-2', 'quote-1', 'claim-1'), UNDO)!)).toStrictEqual(project)
  })

  it('refuses a link to itself, to a missing tag, a second link between the same pair either way, and a reused id', () => {
    const project = buildProject()
    expect(refusal(project, link('link-2', 'quote-1', 'quote-1'))).toBe('A tag cannot be linked to itself.')
    expect(refusal(project, link('link-2', 'quote-1', 'quote-9'))).toBe('One of those tags is no longer in the project.')
    expect(refusal(project, link('link-2', 'quote-1', 'person-1'))).toBe('One of those tags is no longer in the project.')
    expect(refusal(project, link('link-2', 'quote-1', 'attr-1'))).toBe('Those two tags are already linked.')
    expect(refusal(project, link('claim-1', 'quote-1', 'claim-1'))).toBe('The id claim-1 is already used in this project.')
  })

  it('removes a link and puts it back exactly on undo', () => {
    const project = buildProject()
    const remove: Command = { type: 'link.remove', id: 'link-1' }
    expect(applied(project, remove).links).toEqual([])
    expect(applied(applied(project, remove), invertCommand(project, remove, UNDO)!)).toStrictEqual(project)
    expect(refusal(project, { type: 'link.remove', id: 'link-9' })).toBe('That link no longer exists.')
  })
})

describe('a batch', () => {
  it('applies its steps in order, each seeing the ones before it', () => {
    const project = buildProject()
    const batch: Command = {
      type: 'batch',
      label: 'Delete the attribution',
      commands: [
        { type: 'link.remove', id: 'link-1' },
        { type: 'annotation.remove', id: 'attr-1' }
      ]
    }
    const next = applied(project, batch)
    expect(next.links).toEqual([])
    expect(next.annotations.map((a) => a.id)).toEqual(['quote-1', 'claim-1'])
  })

  it('is refused as a whole, with the failing step’s reason, when any step fails', () => {
    const project = buildProject()
    const batch: Command = {
      type: 'batch',
      label: 'Half good',
      commands: [
        { type: 'annotation.update', id: 'quote-1', patch: { note: 'changed' }, updatedAt: EDIT, updatedBy: EDITOR },
        { type: 'annotation.remove', id: 'attr-1' }
      ]
    }
    expect(refusal(project, batch)).toBe('That tag is linked to other tags; remove its links first.')
  })

  it('is undone by one batch of the inverses in reverse order, with the same label', () => {
    const project = buildProject()
    const batch: Command = {
      type: 'batch',
      label: 'Delete the attribution',
      commands: [
        { type: 'link.remove', id: 'link-1' },
        { type: 'annotation.remove', id: 'attr-1' }
      ]
    }
    const inverse = invertCommand(project, batch, UNDO)
    expect(inverse).toEqual({
      type: 'batch',
      label: 'Delete the attribution',
      commands: [
        { type: 'annotation.add', annotation: project.annotations[1] },
        { type: 'link.add', link: project.links[0] }
      ]
    })
    const undone = applied(applied(project, batch), inverse!)
    expect(undone.links).toStrictEqual(project.links)
    expect([...undone.annotations].sort((a, b) => a.id.localeCompare(b.id))).toStrictEqual([...project.annotations].sort((a, b) => a.id.localeCompare(b.id)))
  })

  it('has no inverse when one of its steps would fail', () => {
    const batch: Command = { type: 'batch', label: 'Bad', commands: [{ type: 'annotation.remove', id: 'attr-1' }] }
    expect(invertCommand(buildProject(), batch, UNDO)).toBeNull()
  })

  it('must have at least one step to pass the command schema', () => {
    expect(CommandSchema.safeParse({ type: 'batch', label: 'Empty', commands: [] }).success).toBe(false)
    expect(CommandSchema.safeParse({ type: 'batch', label: 'Nested', commands: [{ type: 'batch', label: 'x', commands: [{ type: 'link.remove', id: 'l' }] }] }).success).toBe(false)
  })
})
