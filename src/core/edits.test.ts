import { describe, expect, it } from 'vitest'
import { createAnnotation, indexProject, speakerIdOf } from './annotations'
import type { Command } from './commands'
import { invertCommand } from './commandInverse'
import { attributeEdit, linkEdit, mergePeopleEdit, removeAnnotationEdit, speakerFromTextEdit, unlinkEdit } from './edits'
import { importArticle } from './importer'
import { emptyProject, LinkSchema, type Annotation, type AnnotationKind, type Article, type Link, type Person, type Project } from './schema'
import { applied, deepFreeze, refusal } from '../../tests/support/projectTesting'

const NOW = '2026-01-10T09:00:00.000Z'
const EDIT = '2026-01-10T10:15:00.000Z'
const UNDO = '2026-01-10T10:16:00.000Z'
const AUTHOR = 'M. Reporter'
const EDITOR = 'B. Editor'

const STORY = [
  '"It is an important number," said Jorge Rodríguez on Thursday.',
  'Rodríguez added that "peace is the goal," according to state television.',
  'Trump said the prisoners would be freed.'
].join('\n\n')
const OTHER = 'Delcy Rodríguez was sworn in. "A significant number," Rodriguez announced.'

function tag(article: Article, id: string, kind: AnnotationKind, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = article.text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" is not in the article`)
  return { ...createAnnotation({ id, articleId: article.id, text: article.text, start, end: start + exact.length, kind, author: AUTHOR, now: NOW }), ...extra }
}

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, kind: 'person', name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW, ...extra }
}

function link(id: string, from: string, to: string, type: Link['type'] = 'same-statement'): Link {
  return { id, type, from, to, note: `note ${id}`, createdAt: NOW, updatedAt: NOW }
}

/**
 * Two articles. In the story, attr-1 ("said Jorge Rodríguez", naming Jorge)
 * attributes quote-1 and quote-2; quote-3 has Trump as its own speaker. In
 * the other article, quote-4 has a duplicate "Rodriguez" person as speaker.
 * Links: quote-1 ↔ quote-4 across articles, attr-1 → quote-3, quote-2 → quote-3.
 */
function buildProject(): Project {
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
function withUndo(project: Project, command: Command): { after: Project; undone: Project } {
  const inverse = invertCommand(project, command, UNDO, EDITOR)
  if (!inverse) throw new Error('expected an inverse')
  const after = applied(project, command)
  return { after, undone: applied(after, inverse) }
}

/** Every reference in the project that points at nothing; empty for a whole project. */
function danglingReferences(project: Project): string[] {
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

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id))
const ann = (project: Project, id: string): Annotation => project.annotations.find((a) => a.id === id)!

describe('the project these tests edit', () => {
  it('starts whole, with a speaker reached through an attribution', () => {
    const project = buildProject()
    expect(danglingReferences(project)).toEqual([])
    const index = indexProject(project)
    expect(['quote-1', 'quote-2', 'quote-3', 'quote-4', 'claim-1'].map((id) => speakerIdOf(index, ann(project, id)))).toEqual(['jorge', 'jorge', 'trump', 'dup', null])
  })
})

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
