/**
 * The labelled story clusters of tests/fixtures/statements-set, read from
 * disk: one half (dev, for tuning; test, scored once) at a time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LabelledCluster } from '../../src/core/statements/labelledSet'

export type StatementsHalf = 'dev' | 'test'

export function loadStatementsSet(root: string, half: StatementsHalf): LabelledCluster[] {
  const dir = join(root, 'tests/fixtures/statements-set', half)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledCluster)
}
