import { describe, expect, it } from 'vitest'
import { indexProject, speakerIdOf } from './annotations'
import type { Command } from './commands'
import { attributeEdit, linkEdit, removeAnnotationEdit, speakerFromTextEdit, unlinkEdit } from './edits'
import { LinkSchema, type Annotation, type Project } from './schema'
import { ann, buildProject, byId, danglingReferences, EDIT, EDITOR, link, tag, withUndo } from '../../tests/support/editsTesting'
import { applied, deepFreeze, refusal } from '../../tests/support/projectTesting'

describe('the project these tests edit', () => {
  it('starts whole, with a speaker reached through an attribution', () => {
    const project = buildProject()
    expect(danglingReferences(project)).toEqual([])
    const index = indexProject(project)
    expect(['quote-1', 'quote-2', 'quote-3', 'quote-4', 'claim-1'].map((id) => speakerIdOf(index, ann(project, id)))).toEqual(['jorge', 'jorge', 'trump', 'dup', null])
  })
})

describe('deleting a tag that is linked or attributes others', () => {
  it('removes its links and detaches the tags it attributes, leaving nothing pointing at it', () => {
    const project = buildProject()
    const next = applied(project, removeAnnotationEdit(project, 'attr-1', EDIT, EDITOR))
    expect(next.annotations.map((a) => a.id)).toEqual(['quote-1', 'quote-2', 'quote-3', 'quote-4', 'claim-1'])
    expect(next.links.map((l) => l.id)).toEqual(['link-1', 'link-3'])
    expect(next.annotations.filter((a) => a.attributionId !== null)).toEqual([])
    expect(ann(next, 'quote-1')).toMatchObject({ attributionId: null, updatedAt: EDIT, updatedBy: EDITOR })
    expect(danglingReferences(next)).toEqual([])
    // The quotes lose the speaker they had through the attribution.
    expect(speakerIdOf(indexProject(next), ann(next, 'quote-1'))).toBeNull()
  })

  it('is one batch, labelled for the kind of tag', () => {
    const project = buildProject()
    const edit = removeAnnotationEdit(project, 'attr-1', EDIT, EDITOR)
    expect(edit.type).toBe('batch')
    if (edit.type !== 'batch') return
    expect(edit.label).toBe('Delete attribution')
    expect(edit.commands.map((c) => c.type)).toEqual(['link.remove', 'annotation.update', 'annotation.update', 'annotation.remove'])
  })

  it('removes a linked quote’s links in both directions, across articles', () => {
    const project = buildProject()
    const next = applied(project, removeAnnotationEdit(project, 'quote-3', EDIT, EDITOR))
    expect(next.links.map((l) => l.id)).toEqual(['link-1'])
    const cross = applied(project, removeAnnotationEdit(project, 'quote-4', EDIT, EDITOR))
    expect(cross.links.map((l) => l.id)).toEqual(['link-2', 'link-3'])
    expect(danglingReferences(cross)).toEqual([])
  })

  it('is undone exactly: the tag, its links and the attributions come back', () => {
    const project = buildProject()
    const { undone } = withUndo(project, removeAnnotationEdit(project, 'attr-1', EDIT, EDITOR))
    expect(ann(undone, 'attr-1')).toStrictEqual(ann(project, 'attr-1'))
    expect(byId(undone.links)).toStrictEqual(byId(project.links))
    expect(undone.annotations.map((a) => [a.id, a.attributionId]).sort()).toEqual(project.annotations.map((a) => [a.id, a.attributionId]).sort())
    expect(speakerIdOf(indexProject(undone), ann(undone, 'quote-2'))).toBe('jorge')
    // Only who last changed the detached quotes, and when, differs.
    const stamp = (p: Project): Annotation[] => byId(p.annotations).map((a) => ({ ...a, updatedAt: '', updatedBy: '' }))
    expect(stamp(undone)).toStrictEqual(stamp(project))
  })

  it('puts links back in the order they had', () => {
    const project = buildProject()
    const { undone } = withUndo(project, removeAnnotationEdit(project, 'quote-3', EDIT, EDITOR))
    expect(undone.links.map((l) => l.id)).toEqual(['link-1', 'link-2', 'link-3'])
  })

  it('is a single remove for a tag nothing points at, and refused for a tag that is gone', () => {
    const project = buildProject()
    expect(removeAnnotationEdit(project, 'claim-1', EDIT, EDITOR)).toEqual({ type: 'annotation.remove', id: 'claim-1' })
    expect(refusal(project, removeAnnotationEdit(project, 'gone', EDIT, EDITOR))).toBe('That tag no longer exists.')
  })
})

describe('a batch is all or nothing', () => {
  it('leaves the project unchanged when a later step fails, though the earlier ones would succeed', () => {
    const project = buildProject()
    // Built before quote-2 was linked to claim-1, so it does not remove that link.
    const stale = removeAnnotationEdit(project, 'quote-2', EDIT, EDITOR)
    const relinked = deepFreeze(applied(project, { type: 'link.add', link: link('link-4', 'quote-2', 'claim-1') }))
    expect(refusal(relinked, stale)).toBe('That tag is linked to other tags; remove its links first.')
  })

  it('leaves the project unchanged when the failing step is in the middle', () => {
    const project = buildProject()
    const batch: Command = {
      type: 'batch',
      label: 'Mixed',
      commands: [
        { type: 'link.remove', id: 'link-1' },
        { type: 'person.remove', id: 'jorge' },
        { type: 'link.remove', id: 'link-2' }
      ]
    }
    expect(refusal(project, batch)).toMatch(/^Jorge Rodríguez is the speaker of 1 tag/)
  })
})

describe('setting a speaker from words in the text', () => {
  it('reuses the person the name is, ignoring accents and case', () => {
    const project = applied(buildProject(), { type: 'person.update', id: 'dup', patch: { aliases: [] }, updatedAt: EDIT })
    const edit = speakerFromTextEdit(project, { annotationId: 'claim-1', name: 'JORGE RODRIGUEZ', now: EDIT, by: EDITOR })
    expect(edit).toEqual({
      command: { type: 'annotation.update', id: 'claim-1', patch: { speakerId: 'jorge' }, updatedAt: EDIT, updatedBy: EDITOR },
      personId: 'jorge',
      created: false
    })
    expect(applied(project, edit.command).people).toStrictEqual(project.people)
  })

  it('creates a person when two people have the name exactly, rather than guess', () => {
    const project = buildProject()
    expect(project.people.filter((p) => p.id === 'jorge' || p.aliases.includes('jorge rodriguez'))).toHaveLength(2)
    const edit = speakerFromTextEdit(project, { annotationId: 'claim-1', name: 'Jorge Rodríguez', now: EDIT, by: EDITOR })
    expect(edit.created).toBe(true)
    expect(['jorge', 'dup']).not.toContain(edit.personId)
  })

  it('reuses a person by an alias', () => {
    const edit = speakerFromTextEdit(buildProject(), { annotationId: 'claim-1', name: 'Trump', now: EDIT, by: EDITOR })
    expect([edit.personId, edit.created]).toEqual(['trump', false])
  })

  it('creates a person for a name no one has, and sets them as the speaker of that tag only', () => {
    const project = buildProject()
    const edit = speakerFromTextEdit(project, { annotationId: 'quote-1', name: '  Alfredo   Romero ', now: EDIT, by: EDITOR })
    expect(edit.created).toBe(true)
    const next = applied(project, edit.command)
    const added = next.people.find((p) => p.id === edit.personId)
    expect(added).toMatchObject({ kind: 'person', name: 'Alfredo Romero', aliases: [], createdAt: EDIT })
    expect(ann(next, 'quote-1')).toMatchObject({ speakerId: edit.personId, attributionId: 'attr-1', updatedBy: EDITOR })
    expect(next.annotations.filter((a) => a.id !== 'quote-1')).toStrictEqual(project.annotations.filter((a) => a.id !== 'quote-1'))
    // Its own speaker wins over its attribution's.
    expect(speakerIdOf(indexProject(next), ann(next, 'quote-1'))).toBe(edit.personId)
  })

  it('creates a person for a name that only partly matches someone ("Rodríguez" is two people)', () => {
    const project = buildProject()
    const noAlias = applied(project, { type: 'person.update', id: 'dup', patch: { name: 'Nicolás Maduro', aliases: [] }, updatedAt: EDIT })
    const edit = speakerFromTextEdit(noAlias, { annotationId: 'claim-1', name: 'Rodríguez', now: EDIT, by: EDITOR })
    expect(edit.created).toBe(true)
  })

  it('is undone as one step, removing the person it created', () => {
    const project = buildProject()
    const edit = speakerFromTextEdit(project, { annotationId: 'claim-1', name: 'Gonzalo Himiob', now: EDIT, by: EDITOR })
    const { undone } = withUndo(project, edit.command)
    expect(undone.people).toStrictEqual(project.people)
    expect(ann(undone, 'claim-1').speakerId).toBeNull()
  })
})

describe('attributing a tag', () => {
  it('sets and clears the attribution; the tag takes the attribution’s speaker while it has none of its own', () => {
    const project = buildProject()
    const attr2 = tag(project.articles[0]!, 'attr-2', 'attribution', 'Trump said', { speakerId: 'trump' })
    const withAttr2 = applied(project, { type: 'annotation.add', annotation: attr2 })
    const edit = attributeEdit(withAttr2, 'quote-1', 'attr-2', EDIT, EDITOR)
    expect(edit).toEqual({ type: 'annotation.update', id: 'quote-1', patch: { attributionId: 'attr-2' }, updatedAt: EDIT, updatedBy: EDITOR })
    const next = applied(withAttr2, edit)
    expect(ann(next, 'quote-1').speakerId).toBeNull()
    expect(speakerIdOf(indexProject(next), ann(next, 'quote-1'))).toBe('trump')
    const cleared = applied(next, attributeEdit(next, 'quote-1', null, EDIT, EDITOR))
    expect(ann(cleared, 'quote-1').attributionId).toBeNull()
    expect(speakerIdOf(indexProject(cleared), ann(cleared, 'quote-1'))).toBeNull()
  })

  it('is refused across articles and to a tag that is not an attribution', () => {
    const project = buildProject()
    expect(refusal(project, attributeEdit(project, 'quote-4', 'attr-1', EDIT, EDITOR))).toBe('An attribution must be in the same article as what it attributes.')
    expect(refusal(project, attributeEdit(project, 'quote-1', 'quote-3', EDIT, EDITOR))).toBe('That attribution tag is no longer in the project.')
  })
})

describe('changing the kind of an attribution', () => {
  it('is refused while it attributes tags, and allowed once they are detached', () => {
    const project = buildProject()
    const toQuote: Command = { type: 'annotation.update', id: 'attr-1', patch: { kind: 'quote' }, updatedAt: EDIT, updatedBy: EDITOR }
    expect(refusal(project, toQuote)).toBe('Other tags are attributed by this attribution; detach them before changing its kind.')
    let detached = project
    for (const id of ['quote-1', 'quote-2']) detached = applied(detached, attributeEdit(detached, id, null, EDIT, EDITOR))
    expect(ann(applied(detached, toQuote), 'attr-1').kind).toBe('quote')
  })
})

describe('linking tags', () => {
  it('links two tags in different articles with a new link and no note', () => {
    const project = buildProject()
    const edit = linkEdit(project, 'claim-1', 'quote-3', 'corroborates', EDIT)
    expect(edit.type).toBe('link.add')
    if (edit.type !== 'link.add') return
    expect(LinkSchema.parse(edit.link)).toEqual(edit.link)
    expect(edit.link).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), type: 'corroborates', from: 'claim-1', to: 'quote-3', note: '', createdAt: EDIT, updatedAt: EDIT })
    expect(linkEdit(project, 'claim-1', 'quote-3', 'corroborates', EDIT)).not.toEqual(edit)
    const next = applied(project, edit)
    expect(next.links.at(-1)).toStrictEqual(edit.link)
    expect(refusal(next, linkEdit(next, 'quote-3', 'claim-1', 'contradicts', EDIT))).toBe('Those two tags are already linked.')
  })

  it('unlinks by link id, and is refused for a link that is gone', () => {
    const project = buildProject()
    expect(unlinkEdit('link-2')).toEqual({ type: 'link.remove', id: 'link-2' })
    expect(applied(project, unlinkEdit('link-2')).links.map((l) => l.id)).toEqual(['link-1', 'link-3'])
    expect(refusal(project, unlinkEdit('link-9'))).toBe('That link no longer exists.')
  })
})
