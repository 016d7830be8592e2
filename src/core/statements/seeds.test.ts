/**
 * The bundled sample project (the NYT and BBC seed articles) with the seed
 * gold's quotes and claims tagged: the finder offers exactly the two
 * cross-article relations the gold names with high confidence — Rodríguez's
 * "an important number" / "a significant number", and Maduro captured on
 * Sunday / seized on Saturday — and nothing else with high confidence.
 */
import { describe, expect, test } from 'vitest'
import { taggedSample } from '../../../tests/support/seedsTagged'
import type { Project } from '../schema'
import { findStatements } from './statements'

const words = (project: Project, ids: readonly string[]) => ids.map((id) => project.annotations.find((t) => t.id === id)!.target.exact)

describe('statements across the two seed articles', () => {
  const project = taggedSample()
  const found = findStatements(project)

  test('Rodríguez’s “an important number” and “a significant number” are one statement, with the changed word side by side', () => {
    const high = found.groups.filter((g) => g.confidence === 'high')
    expect(high.map((g) => words(project, g.tagIds))).toEqual([['an important number', 'a significant number']])
    expect(high[0]!.diff.onlyA).toEqual(['important'])
    expect(high[0]!.diff.onlyB).toEqual(['significant'])
  })

  test('the NYT’s Sunday and the BBC’s Saturday for Maduro’s capture contradict each other, and nothing else does surely', () => {
    const high = found.contradictions.filter((c) => c.confidence === 'high')
    expect(high).toHaveLength(1)
    expect(words(project, high[0]!.tagIds)[0]).toContain('Maduro on Sunday')
    expect(high[0]!.on).toBe('date')
    expect(high[0]!.values).toEqual([['Sunday'], ['Saturday']])
  })

  test('a pair already linked is not offered again', () => {
    const c = found.contradictions.find((x) => x.confidence === 'high')!
    const link = { id: 'l1', type: 'contradicts' as const, from: c.tagIds[1], to: c.tagIds[0], note: '', createdAt: '', updatedAt: '' }
    const again = findStatements({ ...project, links: [link] })
    expect(again.contradictions.some((x) => x.key === c.key)).toBe(false)
  })

  test('a rejected offer is not offered again', () => {
    const g = found.groups.find((x) => x.confidence === 'high')!
    const again = findStatements({ ...project, statementRejections: [{ type: 'same-statement', tagIds: [...g.tagIds].sort() }] })
    expect(again.groups.some((x) => x.key === g.key)).toBe(false)
    expect(again.contradictions).toHaveLength(found.contradictions.length)
  })
})
