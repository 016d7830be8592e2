import { describe, expect, it } from 'vitest'
import { applyCommand, type Command } from './commands'
import { invertCommand } from './commandInverse'
import { canonicalJson, hash64, historyOf, MAX_REVS, mergedAncestry, relation, revFor, withRevisions, type History } from './revisions'
import { emptyProject, type Person, type Project } from './schema'

const NOW = '2026-03-01T09:00:00.000Z'
const person = (extra: Partial<Person> = {}): Person => ({ id: 'tom', kind: 'person', name: 'Tom Reyes', aliases: [], role: 'Candidate', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW, ...extra })
const project = (): Project => withRevisions({ ...emptyProject('Desk', 'desk', NOW), people: [person()] })

function applied(p: Project, command: Command): Project {
  const result = applyCommand(p, command)
  if (!result.ok) throw new Error(result.error)
  return result.project
}

const roleUpdate = (role: string, at = '2026-03-02T09:00:00.000Z'): Command => ({ type: 'person.update', id: 'tom', patch: { role }, updatedAt: at })

describe('revision ids', () => {
  it('are a generation and 16 hex digits, the same for the same content in any key order, and differ for a one-letter change', () => {
    expect(hash64('quotemark')).toMatch(/^[0-9a-f]{16}$/)
    expect(hash64('quotemark')).toBe(hash64('quotemark'))
    expect(hash64('quotemark')).not.toBe(hash64('quotemarK'))
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}')
    expect(revFor({ a: 1, b: 2 })).toBe(revFor({ b: 2, a: 1 }))
    expect(revFor({ a: 1 })).toMatch(/^1-/)
    expect(revFor({ a: 1 }, ['1-00'])).toMatch(/^2-/)
    expect(revFor({ a: 1 }, ['1-00'])).not.toBe(revFor({ a: 1 }, ['1-01']))
  })

  it('give a record made before revisions its first one from its content alone', () => {
    const history = historyOf(person())
    expect(history).toEqual({ rev: revFor(person()), revs: [], fieldRevs: {} })
    expect(project().people[0]).toEqual({ ...person(), rev: history.rev, revs: [] })
    expect(project().removed).toEqual([])
  })
})

describe('a change', () => {
  it('made by a command is a new revision whose parent is the one before, naming the fields it changed', () => {
    const before = project()
    const after = applied(before, roleUpdate('City councilman')).people[0]!
    expect(after.revs).toEqual([before.people[0]!.rev])
    expect(after.fieldRevs).toEqual({ role: after.rev, updatedAt: after.rev })
    expect(historyOf(after)).toEqual({ rev: after.rev, revs: after.revs, fieldRevs: after.fieldRevs })
  })

  it('gets the same revision wherever it is applied (the renderer and main compute the same)', () => {
    expect(applied(project(), roleUpdate('City councilman'))).toStrictEqual(applied(project(), roleUpdate('City councilman')))
  })

  it('made by hand in a text editor (the rev no longer matches) is read as a new revision of the stored one, every field marked', () => {
    const stored = project().people[0]!
    const edited = { ...stored, role: 'Mayor' }
    const history = historyOf(edited)
    expect(history.revs).toEqual([stored.rev])
    expect(history.rev).toBe(revFor({ ...person(), role: 'Mayor' }, [stored.rev!]))
    expect(history.fieldRevs).toMatchObject({ role: history.rev, name: history.rev })
  })

  it('keeps the last 20 ancestors', () => {
    let p = project()
    for (let i = 0; i < 30; i++) p = applied(p, roleUpdate(`Role ${i}`))
    expect(p.people[0]!.revs).toHaveLength(MAX_REVS)
    expect(p.people[0]!.rev).toMatch(/^31-/)
  })

  it('undone is a newer revision with the old values (undo is a change too)', () => {
    const before = project()
    const after = applied(before, roleUpdate('City councilman'))
    const undone = applied(after, invertCommand(before, roleUpdate('City councilman'), '2026-03-03T09:00:00.000Z')!)
    expect(undone.people[0]!.revs![0]).toBe(after.people[0]!.rev)
    expect(undone.people[0]!.role).toBe('Candidate')
  })
})

describe('a removal', () => {
  it('leaves a tombstone with the record’s last revisions, and undoing it brings the record back as it was', () => {
    const before = project()
    const removed = applied(before, { type: 'person.remove', id: 'tom' })
    expect(removed.removed).toEqual([{ id: 'tom', rev: before.people[0]!.rev, revs: [] }])
    const undone = applied(removed, invertCommand(before, { type: 'person.remove', id: 'tom' }, NOW)!)
    expect(undone).toStrictEqual(before)
  })

  it('is not remembered, and nothing is stamped, in a project made in memory without a list of removed records', () => {
    const old = { ...emptyProject('Desk', 'desk', NOW), people: [person()] }
    delete old.removed
    const after = applied(applied(old, roleUpdate('Mayor')), { type: 'person.remove', id: 'tom' })
    expect(after).toEqual({ ...old, people: [] })
  })
})

describe('two versions of a record', () => {
  const h = (rev: string, revs: string[] = []): History => ({ rev, revs, fieldRevs: {} })

  it('are the same, one newer than the other, or diverged', () => {
    expect(relation(h('2-a', ['1-x']), h('2-a', ['1-x']))).toBe('same')
    expect(relation(h('3-b', ['2-a', '1-x']), h('2-a', ['1-x']))).toBe('mine-newer')
    expect(relation(h('2-a', ['1-x']), h('3-b', ['2-a', '1-x']))).toBe('theirs-newer')
    expect(relation(h('2-a', ['1-x']), h('2-c', ['1-x']))).toBe('diverged')
  })

  it('merged have both as parents, in the same order whichever side merges, and a rev that matches the content', () => {
    const mine = h('2-a', ['1-x'])
    const theirs = h('2-c', ['1-x'])
    expect(mergedAncestry(mine, theirs)).toEqual(['2-a', '2-c', '1-x'])
    expect(mergedAncestry(theirs, mine)).toEqual(mergedAncestry(mine, theirs))
    const merged = { ...person(), rev: revFor(person(), ['2-a', '2-c']), revs: mergedAncestry(mine, theirs) }
    expect(historyOf(merged).rev).toBe(merged.rev)
  })
})
