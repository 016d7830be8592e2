/** Commands that add, update and remove a tag, and update an article: what they change and what they refuse. */
import { describe, expect, it } from 'vitest'
import { CommandSchema, type Command } from './commands'
import { applied, refusal } from '../../tests/support/projectTesting'
import { add, annotation, buildProject, EDIT, EDITOR, story, TEXT } from '../../tests/support/commandTesting'

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
