/** Undoing commands with their inverses, the articles a command touches, and batches of commands. */
import { describe, expect, it } from 'vitest'
import { CommandSchema, type Command } from './commands'
import { commandArticleIds, invertCommand } from './commandInverse'
import type { Annotation, Project } from './schema'
import { applied, refusal } from '../../tests/support/projectTesting'
import { add, annotation, buildProject, EDIT, EDITOR, story, UNDO, UNDOER } from '../../tests/support/commandTesting'

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

/** Removing the attribution takes its link first: a batch of two steps that depend on each other. */
const DELETE_ATTRIBUTION: Command = {
  type: 'batch',
  label: 'Delete the attribution',
  commands: [
    { type: 'link.remove', id: 'link-1' },
    { type: 'annotation.remove', id: 'attr-1' }
  ]
}

describe('a batch', () => {
  it('applies its steps in order, each seeing the ones before it', () => {
    const project = buildProject()
    const batch = DELETE_ATTRIBUTION
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
    const batch = DELETE_ATTRIBUTION
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
