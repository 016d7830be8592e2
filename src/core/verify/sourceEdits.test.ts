import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCommand } from '../commands'
import { invertCommand } from '../commandInverse'
import { applyMerge } from '../merge'
import { parseProject } from '../projectFile'
import type { Project, SourceDocument, Verification } from '../schema'
import { applied, refusal } from '../../../tests/support/projectTesting'
import { addSourceEdit, clearVerificationEdit, recordVerificationEdit, removeSourceEdit } from './sourceEdits'

const NOW = '2026-01-12T10:00:00.000Z'
const v6 = readFileSync(join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'project-v6.quotemark.json'), 'utf8')

function project(): Project {
  const result = parseProject(v6, 'project-v6.quotemark.json')
  if (!result.ok) throw new Error(result.message)
  return result.project
}

const transcript: SourceDocument = {
  id: 'source-1',
  title: 'Rodríguez, National Assembly, 8 January',
  kind: 'transcript',
  fileKind: 'text',
  fileName: 'rodriguez.txt',
  text: 'It will be an important number of people.',
  blocks: [{ type: 'paragraph', start: 0, end: 41, marks: [] }],
  createdAt: NOW,
  updatedAt: NOW
}
const check: Verification = { status: 'verbatim', sourceId: 'source-1', sourceStart: 11, sourceEnd: 30, time: null, differences: [], flags: [], checkedBy: 'Ana', checkedAt: NOW }

function checked(): { before: Project; after: Project; tagId: string } {
  const before = applied(project(), addSourceEdit(transcript))
  const tagId = before.annotations[0]!.id
  return { before, after: applied(before, recordVerificationEdit(tagId, check, NOW, 'Ana')), tagId }
}

describe('source documents and checks on tags', () => {
  it('records a check on a tag, and undoing it leaves the tag unchecked', () => {
    const { before, after, tagId } = checked()
    expect(after.annotations.find((a) => a.id === tagId)!.verification).toEqual(check)
    const undo = invertCommand(before, recordVerificationEdit(tagId, check, NOW, 'Ana'), NOW, 'Ana')!
    expect(applied(after, undo).annotations.find((a) => a.id === tagId)).not.toHaveProperty('verification')
  })

  it('clears a check without leaving an empty field behind', () => {
    const { after, tagId } = checked()
    expect(applied(after, clearVerificationEdit(tagId, NOW, 'Ana')).annotations.find((a) => a.id === tagId)).not.toHaveProperty('verification')
  })

  it('refuses a check against a source document that is not in the project', () => {
    const p = project()
    expect(refusal(p, recordVerificationEdit(p.annotations[0]!.id, check, NOW, 'Ana'))).toBe('That source document is no longer in the project.')
  })

  it('removes a source document with the checks made against it, and undo brings both back', () => {
    const { after, tagId } = checked()
    expect(refusal(after, { type: 'source.remove', id: 'source-1' })).toMatch(/1 quote was checked against/)
    const { command, cleared } = removeSourceEdit(after, 'source-1', NOW, 'Ana')
    expect(cleared).toBe(1)
    const removed = applied(after, command)
    expect(removed.sources).toEqual([])
    expect(removed.annotations.find((a) => a.id === tagId)).not.toHaveProperty('verification')
    const restored = applied(removed, invertCommand(after, command, NOW, 'Ana')!)
    expect(restored.sources.map((s) => s.id)).toEqual(['source-1'])
    expect(restored.annotations.find((a) => a.id === tagId)!.verification).toEqual(check)
  })

  it('brings a colleague’s source document and their check into my copy in a merge', () => {
    const { after: theirs, tagId } = checked()
    const { project: merged } = applyMerge(project(), theirs, { source: 'Ben.quotemark.json', now: NOW })
    expect(merged.sources.map((s) => s.title)).toEqual([transcript.title])
    expect(merged.annotations.find((a) => a.id === tagId)!.verification).toEqual(check)
  })

  it('keeps a rejected statement group through a merge, and only once', () => {
    const p = project()
    const [a, b] = p.annotations
    const rejection = { id: 'sr-1', type: 'contradicts' as const, tagIds: [a!.id, b!.id].sort(), rejectedAt: NOW, rejectedBy: 'Ben' }
    const theirs = applied(p, { type: 'statementRejection.add', statementRejection: rejection })
    const { project: merged } = applyMerge(project(), theirs, { source: 'Ben.quotemark.json', now: NOW })
    expect(merged.statementRejections.map((r) => r.tagIds)).toEqual([rejection.tagIds])
    expect(applyMerge(merged, theirs, { source: 'Ben.quotemark.json', now: NOW }).project.statementRejections).toHaveLength(1)
    expect(applyCommand(theirs, { type: 'statementRejection.add', statementRejection: { ...rejection, id: 'sr-2', tagIds: [a!.id] } }).ok).toBe(false)
  })
})
