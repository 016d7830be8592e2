import { describe, expect, it } from 'vitest'
import { mergePeopleEdit } from './edits'
import { ann, buildProject, byId, danglingReferences, EDIT, EDITOR, UNDO, withUndo } from '../../tests/support/editsTesting'
import { applied, refusal } from '../../tests/support/projectTesting'

describe('deleting a person never leaves a tag pointing at no one', () => {
  it('refuses to remove a person who is still a speaker, naming them and how many tags', () => {
    const project = applied(buildProject(), { type: 'annotation.update', id: 'claim-1', patch: { speakerId: 'dup' }, updatedAt: EDIT, updatedBy: EDITOR })
    const error = refusal(project, { type: 'person.remove', id: 'dup' })
    expect(error).toMatch(/^Rodriguez is the speaker of 2 tags;/)
    expect(refusal(buildProject(), { type: 'person.remove', id: 'jorge' })).toMatch(/^Jorge Rodríguez is the speaker of 1 tag;/)
  })

  it('removes a person no tag names', () => {
    const next = applied(buildProject(), { type: 'person.remove', id: 'delcy' })
    expect(next.people.map((p) => p.id)).toEqual(['jorge', 'trump', 'dup'])
    expect(danglingReferences(next)).toEqual([])
  })

  it('merging moves every tag of the one dropped to the one kept and removes the one dropped', () => {
    const project = applied(buildProject(), { type: 'annotation.update', id: 'claim-1', patch: { speakerId: 'dup' }, updatedAt: EDIT, updatedBy: EDITOR })
    const next = applied(project, mergePeopleEdit(project, 'jorge', 'dup', EDIT, EDITOR))
    expect(next.people.map((p) => p.id)).toEqual(['jorge', 'delcy', 'trump'])
    expect(next.annotations.filter((a) => a.speakerId === 'jorge').map((a) => a.id)).toEqual(['attr-1', 'quote-4', 'claim-1'])
    expect(ann(next, 'quote-4')).toMatchObject({ speakerId: 'jorge', updatedAt: EDIT, updatedBy: EDITOR })
    expect(danglingReferences(next)).toEqual([])
    // What was left untouched stays as it was.
    expect(ann(next, 'quote-3')).toStrictEqual(ann(project, 'quote-3'))
    expect(next.links).toStrictEqual(project.links)
  })

  it('merging makes the names of the one dropped aliases of the one kept, folded for duplicates, and fills empty details', () => {
    const project = buildProject()
    const next = applied(project, mergePeopleEdit(project, 'jorge', 'dup', EDIT, EDITOR))
    expect(next.people[0]).toStrictEqual({
      ...project.people[0],
      // "jorge rodriguez" folds to an alias Jorge already has; "Rodriguez" and "J. Rodríguez" are new.
      aliases: ['Jorge Rodriguez', 'Rodriguez', 'J. Rodríguez'],
      role: 'President of the National Assembly',
      affiliation: 'Government of Venezuela',
      note: 'Added from the BBC piece',
      updatedAt: EDIT
    })
  })

  it('merging never adds the kept one’s own name as an alias', () => {
    const project = applied(buildProject(), { type: 'person.update', id: 'dup', patch: { name: 'JORGE RODRÍGUEZ', aliases: ['Jorge  Rodríguez', 'Jorge'] }, updatedAt: EDIT })
    const next = applied(project, mergePeopleEdit(project, 'jorge', 'dup', EDIT, EDITOR))
    expect(next.people[0]!.aliases).toEqual(['Jorge Rodriguez', 'Jorge'])
  })

  it('merging into a person with a role of their own keeps it', () => {
    const project = buildProject()
    const next = applied(project, mergePeopleEdit(project, 'delcy', 'dup', EDIT, EDITOR))
    expect(next.people.find((p) => p.id === 'delcy')).toMatchObject({ role: 'Interim president', affiliation: 'Government of Venezuela' })
  })

  it('is undone as one step, bringing back the person, their tags and the kept one’s details', () => {
    const project = buildProject()
    const { after, undone } = withUndo(project, mergePeopleEdit(project, 'jorge', 'dup', EDIT, EDITOR))
    expect(after.people).toHaveLength(3)
    expect(byId(undone.people)).toStrictEqual(byId(project.people).map((p) => (p.id === 'jorge' ? { ...p, updatedAt: UNDO } : p)))
    expect(ann(undone, 'quote-4').speakerId).toBe('dup')
    expect(danglingReferences(undone)).toEqual([])
  })

  it('merging someone into themselves changes nothing and removes no one', () => {
    const project = buildProject()
    const next = applied(project, mergePeopleEdit(project, 'jorge', 'jorge', EDIT, EDITOR))
    expect(next.people.map((p) => p.id)).toEqual(['jorge', 'delcy', 'trump', 'dup'])
    expect(next.annotations).toStrictEqual(project.annotations)
  })

  it('merging with someone who has gone is refused, and removes no one', () => {
    const project = buildProject()
    expect(refusal(project, mergePeopleEdit(project, 'ghost', 'delcy', EDIT, EDITOR))).toBe('That person is no longer in the project.')
    expect(refusal(project, mergePeopleEdit(project, 'jorge', 'ghost', EDIT, EDITOR))).toBe('That person is no longer in the project.')
    // Built while both were there, applied after the one to keep was removed.
    const stale = mergePeopleEdit(project, 'delcy', 'trump', EDIT, EDITOR)
    const withoutDelcy = applied(project, { type: 'person.remove', id: 'delcy' })
    expect(refusal(withoutDelcy, stale)).toBe('That person is no longer in the project.')
  })
})
