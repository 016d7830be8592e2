import { describe, expect, test } from 'vitest'
import { applyCommand } from '../commands'
import { invertCommand } from '../commandInverse'
import { taggedSample } from '../../../tests/support/seedsTagged'
import { acceptStatementEdit, rejectStatementEdit } from './statementEdits'
import { findStatements } from './statements'

const NOW = '2026-01-10T00:00:00.000Z'

describe('reviewing statements across outlets', () => {
  test('accepting the Saturday/Sunday contradiction links the two claims as contradicting, and it is offered no more', () => {
    const project = taggedSample()
    const offer = findStatements(project).contradictions.find((c) => c.confidence === 'high')!
    const result = applyCommand(project, acceptStatementEdit(project, offer, NOW)!)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.project.links.map((l) => [l.type, [l.from, l.to].sort()])).toEqual([['contradicts', [...offer.tagIds].sort()]])
    expect(findStatements(result.project).contradictions.some((c) => c.key === offer.key)).toBe(false)
    expect(acceptStatementEdit(result.project, offer, NOW)).toBeNull()
  })

  test('rejecting a group remembers it in the project, so it is not offered again, and undo offers it again', () => {
    const project = taggedSample()
    const group = findStatements(project).groups.find((g) => g.confidence === 'high')!
    const command = rejectStatementEdit(group, NOW, 'Ana')
    const result = applyCommand(project, command)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.project.statementRejections).toEqual([expect.objectContaining({ type: 'same-statement', tagIds: [...group.tagIds].sort(), rejectedBy: 'Ana' })])
    expect(findStatements(result.project).groups.some((g) => g.key === group.key)).toBe(false)
    const inverse = invertCommand(project, command, NOW)!
    const undone = applyCommand(result.project, inverse)
    expect(undone.ok && findStatements(undone.project).groups.some((g) => g.key === group.key)).toBe(true)
  })
})
