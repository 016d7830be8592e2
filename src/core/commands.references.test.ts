/** Commands on the references between tags and people, on people and on links, and their undoing. */
import { describe, expect, it } from 'vitest'
import type { Command } from './commands'
import { invertCommand } from './commandInverse'
import { applied, refusal } from '../../tests/support/projectTesting'
import { add, annotation, buildProject, EDIT, EDITOR, NOW, story, UNDO } from '../../tests/support/commandTesting'

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
