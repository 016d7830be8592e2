/**
 * The finder on the dev half of our labelled story clusters
 * (tests/fixtures/statements-set/dev): what it offers with high confidence
 * stays above a floor of pairwise precision and recall, for groups and for
 * contradictions. The test half is not asserted on: it is scored once, by
 * `npm run bench:statements`.
 */
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadStatementsSet } from '../../../tests/support/statementsSet'
import { clustersProject, scoreFound } from './labelledSet'
import { findStatements } from './statements'

const root = join(__dirname, '../../..')

describe('the labelled story clusters, dev half', () => {
  const clusters = loadStatementsSet(root, 'dev')
  const found = findStatements(clustersProject(clusters))

  test('hold at least six clusters of two to four articles from different outlets, each with its licence', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(6)
    for (const c of clusters) {
      expect(c.articles.length).toBeGreaterThanOrEqual(2)
      expect(c.articles.length).toBeLessThanOrEqual(4)
      expect(new Set(c.articles.map((a) => a.outlet)).size).toBe(c.articles.length)
      expect(c.licence).toMatch(/CC0|CC-BY/)
    }
  })

  test('groups offered with high confidence are right at least 90% of the time and find at least 80% of the gold pairs', () => {
    const { groups } = scoreFound(found, clusters, 'high')
    expect(groups.precision).toBeGreaterThanOrEqual(0.9)
    expect(groups.recall).toBeGreaterThanOrEqual(0.8)
  })

  test('contradictions offered with high confidence are right at least 90% of the time and find at least 80% of the gold pairs', () => {
    const { contradictions } = scoreFound(found, clusters, 'high')
    expect(contradictions.precision).toBeGreaterThanOrEqual(0.9)
    expect(contradictions.recall).toBeGreaterThanOrEqual(0.8)
  })

  test('everything offered, high or low, still finds every gold pair of the dev half', () => {
    const any = scoreFound(found, clusters, 'any')
    expect(any.groups.recall).toBeGreaterThanOrEqual(0.9)
    expect(any.contradictions.recall).toBeGreaterThanOrEqual(0.9)
  })
})
