/**
 * Merges between copies of one project that keep revisions: what each side
 * changed, removed or left alone since they parted decides what comes in.
 */
import { describe, expect, it } from 'vitest'
import { createAnnotation } from './annotations'
import { blocksFromText } from './blocks'
import { applyCommand, type Command } from './commands'
import { invertCommand } from './commandInverse'
import { articleUpdateEdit, removeAnnotationEdit } from './edits'
import { importArticle } from './importer'
import { countsByKind, mergeProjects } from './merge'
import { parseProject } from './projectFile'
import { contentOf, withoutRevisions, withRevisions } from './revisions'
import { emptyProject, type Project } from './schema'
import { deepFreeze } from '../../tests/support/projectTesting'

const NOW = '2026-03-01T09:00:00.000Z'
const LATER = '2026-03-02T09:00:00.000Z'
const OPTIONS = { source: 'ben.quotemark.json', now: '2026-03-05T09:00:00.000Z' }
const TEXT = 'The council met on Thursay.\n\n"The park will open in May," said Tom Reyes.\n\nOthers disagreed.'

function base(): Project {
  const article = importArticle({ fileName: 'park.txt', content: TEXT, meta: { title: 'Park plan' } }, NOW, 'park')
  const tag = (id: string, exact: string) => {
    const start = article.text.indexOf(exact)
    return createAnnotation({ id, articleId: 'park', text: article.text, start, end: start + exact.length, kind: 'quote', author: 'Carla', now: NOW })
  }
  const tom = { id: 'tom', kind: 'person' as const, name: 'Tom Reyes', aliases: [], role: 'Candidate', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
  return withRevisions({ ...emptyProject('Desk', 'desk', NOW), articles: [article], people: [tom], annotations: [tag('may', '"The park will open in May,"'), tag('others', 'Others disagreed.')] })
}

function applied(p: Project, command: Command): Project {
  const result = applyCommand(p, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

const note = (id: string, text: string, by: string): Command => ({ type: 'annotation.update', id, patch: { note: text }, updatedAt: LATER, updatedBy: by })
const role = (text: string): Command => ({ type: 'person.update', id: 'tom', patch: { role: text }, updatedAt: LATER })

/** Every record's values by id, apart from its revisions and when and by whom it was last saved. */
function values(p: Project): unknown {
  const strip = (r: object): unknown => Object.fromEntries(Object.entries(contentOf(r)).filter(([k]) => k !== 'updatedAt' && k !== 'updatedBy'))
  return (['articles', 'annotations', 'people', 'links', 'conflicts', 'rejections'] as const).map((c) => [...p[c]].sort((a, b) => a.id.localeCompare(b.id)).map(strip))
}

function merged(mine: Project, theirs: Project): { project: Project; summary: ReturnType<typeof mergeProjects>['summary'] } {
  deepFreeze(mine)
  deepFreeze(theirs)
  const { command, summary } = mergeProjects(mine, theirs, OPTIONS)
  if (!command) return { project: mine, summary }
  const project = applied(mine, command)
  // Undo is a change too: records come back with my values as new revisions (a removed one last, as it was).
  expect(values(applied(project, invertCommand(mine, command, OPTIONS.now)!)), 'undoing the merge gives back my values').toEqual(values(mine))
  return { project, summary }
}

describe('merging copies that keep revisions', () => {
  it('takes a role only they changed and keeps a note only I changed, naming each in the summary', () => {
    const { project, summary } = merged(applied(base(), note('may', 'Ask for the date', 'Carla')), applied(base(), role('City councilman')))
    expect(project.people[0]!.role).toBe('City councilman')
    expect(project.annotations[0]!.note).toBe('Ask for the date')
    expect(summary.items).toEqual([expect.objectContaining({ change: 'updated', record: 'person', id: 'tom', label: 'Tom Reyes', fields: ['role'] })])
    expect(summary.lines).toContain('The person “Tom Reyes” was updated from theirs (role).')
    expect(mergeProjects(project, applied(base(), role('City councilman')), OPTIONS).command).toBeNull()
  })

  it('takes their corrected text and finds my tags again in it', () => {
    const corrected = TEXT.replace('Thursay', 'Thursday')
    const b = base()
    const theirs = applied(b, articleUpdateEdit(b, 'park', { text: corrected, blocks: blocksFromText(corrected) }, LATER, 'Ben').command)
    const { project, summary } = merged(applied(base(), note('others', 'Who?', 'Carla')), theirs)
    expect(project.articles[0]!.text).toBe(corrected)
    for (const tag of project.annotations) expect(corrected.slice(tag.target.start, tag.target.end)).toBe(tag.target.exact)
    expect(project.annotations[1]!.note).toBe('Who?')
    expect(summary.items.map((i) => [i.change, i.record, i.fields])).toEqual([['updated', 'article', ['text']]])
  })

  it('merges a tag both changed field by field: a conflict only for the field both set differently, naming the tag', () => {
    const mine = applied(base(), note('may', 'Mine', 'Carla'))
    const theirs = applied(applied(base(), note('may', 'Theirs', 'Ben')), { type: 'annotation.update', id: 'may', patch: { status: 'verified' }, updatedAt: LATER, updatedBy: 'Ben' })
    const { project, summary } = merged(mine, theirs)
    expect(project.annotations[0]).toMatchObject({ note: 'Mine', status: 'verified' })
    expect(project.conflicts).toEqual([expect.objectContaining({ annotationId: 'may', theirs: expect.objectContaining({ note: 'Theirs', status: 'verified' }) })])
    expect(summary.items.find((i) => i.change === 'conflict')).toMatchObject({ record: 'tag', kind: 'quote', label: '"The park will open in May,"', articleTitle: 'Park plan', fields: ['note'], mine: { note: 'Mine' }, theirs: { note: 'Theirs' } })
    expect(mergeProjects(project, theirs, OPTIONS).command).toBeNull()
  })

  it('keeps my value of a person’s field both changed and lists both values', () => {
    const { project, summary } = merged(applied(base(), role('Mayor')), applied(base(), role('City councilman')))
    expect(project.people[0]!.role).toBe('Mayor')
    expect(summary.items).toEqual([expect.objectContaining({ change: 'conflict', record: 'person', fields: ['role'], mine: { role: 'Mayor' }, theirs: { role: 'City councilman' } })])
  })

  it('removes a tag they removed that I left alone, and keeps one I changed since, listed as a conflict', () => {
    const b = base()
    const theirs = applied(applied(b, removeAnnotationEdit(b, 'may', LATER, 'Ben')), removeAnnotationEdit(b, 'others', LATER, 'Ben'))
    const { project, summary } = merged(applied(base(), note('others', 'Keep this', 'Carla')), theirs)
    expect(project.annotations.map((a) => a.id)).toEqual(['others'])
    expect(summary.items.map((i) => [i.change, i.id])).toEqual([
      ['deleted', 'may'],
      ['conflict', 'others']
    ])
    expect(summary.lines).toContain('The quote “Others disagreed.” in “Park plan” was removed in theirs but changed by you since: it is kept; remove it yourself if it should go.')
    expect(countsByKind(summary).tag).toEqual({ new: 0, updated: 0, deleted: 1, conflict: 1 })
  })

  it('does not bring back a tag I removed that they left alone, but does when they changed it since', () => {
    const b = base()
    const mine = applied(b, removeAnnotationEdit(b, 'may', LATER, 'Carla'))
    expect(mergeProjects(mine, base(), OPTIONS).command).toBeNull()
    const { project, summary } = merged(mine, applied(base(), note('may', 'Still needed', 'Ben')))
    expect(project.annotations.find((a) => a.id === 'may')).toMatchObject({ note: 'Still needed' })
    expect(summary.items[0]!.message).toBe('The quote “"The park will open in May,"” in “Park plan” came back: you had removed it, and they changed it since.')
  })

  it('sees an unchanged copy saved before revisions existed (format 4) as older, not as a conflict', () => {
    const v4 = { ...withoutRevisions(base()), version: 4 } as Record<string, unknown>
    delete v4.removed
    const opened = parseProject(JSON.stringify(v4), 'carla-old.quotemark.json')
    if (!opened.ok) throw new Error(opened.message)
    expect(opened.migratedFrom).toBe(4)
    const mine = applied(applied(base(), role('City councilman')), note('may', 'Mine', 'Carla'))
    expect(mergeProjects(mine, opened.project, OPTIONS)).toMatchObject({ command: null, summary: { conflictItems: 0, conflicts: 0 } })
  })

  it('brings theirs level when the merged file goes back to them, with no conflict', () => {
    const theirs = applied(base(), role('City councilman'))
    const { project } = merged(applied(base(), note('may', 'Mine', 'Carla')), theirs)
    const back = merged(theirs, project)
    expect(back.summary.conflictItems).toBe(0)
    expect(back.project.annotations[0]!.note).toBe('Mine')
    expect(mergeProjects(project, back.project, OPTIONS).command).toBeNull()
  })
})
