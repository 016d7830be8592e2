/**
 * The statements half of `npm run bench:verify` (and all of
 * `npm run bench:statements`): how fast statements told by more than one
 * article are found in the 200-article synthetic project (20,000 tags; the
 * median of several runs), and how well on the labelled story clusters
 * (tests/fixtures/statements-set): pairwise precision and recall of the
 * groups and of the contradictions, for the dev half (tuned on) and the test
 * half (never tuned on), counting what is offered with high confidence and
 * everything offered. STATEMENTS_VERBOSE=1 lists the dev half's errors (never
 * the test half's).
 */
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { clustersProject, scoreFound, type PairScore, type StatementsScore } from '../../src/core/statements/labelledSet'
import { findStatements } from '../../src/core/statements/statements'
import { loadStatementsSet, type StatementsHalf } from '../../tests/support/statementsSet'
import { syntheticProject } from './synthetic'

const root = resolve(__dirname, '../..')

export type StatementsFigures = {
  synthetic: { articles: number; tags: number; medianMs: number; coldMs: number; runs: number; groups: number; contradictions: number }
  dev: { high: StatementsScore; any: StatementsScore }
  test: { high: StatementsScore; any: StatementsScore }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function timeSynthetic(runs: number): StatementsFigures['synthetic'] {
  const project = syntheticProject()
  const times: number[] = []
  const cold = performance.now()
  let found = findStatements(project)
  const coldMs = performance.now() - cold
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    found = findStatements(project)
    times.push(performance.now() - t0)
  }
  return { articles: project.articles.length, tags: project.annotations.length, medianMs: median(times), coldMs, runs, groups: found.groups.length, contradictions: found.contradictions.length }
}

function scoreHalf(half: StatementsHalf): { high: StatementsScore; any: StatementsScore } {
  const clusters = loadStatementsSet(root, half)
  const project = clustersProject(clusters)
  const found = findStatements(project)
  if (half === 'dev' && process.env.STATEMENTS_VERBOSE) {
    const words = (id: string) => project.annotations.find((t) => t.id === id)?.target.exact
    for (const g of found.groups) console.log(`  group ${g.confidence}: ${g.tagIds.join(' ')}  ${g.tagIds.map(words).join(' / ')}`)
    for (const c of found.contradictions) console.log(`  contradiction ${c.confidence} (${c.on}): ${c.tagIds.join(' ')}  ${c.tagIds.map(words).join(' / ')}`)
  }
  return { high: scoreFound(found, clusters, 'high'), any: scoreFound(found, clusters, 'any') }
}

const pct = (x: number) => `${Math.round(x * 100)}%`
const line = (what: string, s: PairScore) => `    ${what.padEnd(16)} precision ${pct(s.precision).padStart(4)}  recall ${pct(s.recall).padStart(4)}  (${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`

/** Times and scores the finder, prints the figures and returns them. */
export function runStatementsBench(runs = 7): StatementsFigures {
  const synthetic = timeSynthetic(runs)
  const figures = { synthetic, dev: scoreHalf('dev'), test: scoreHalf('test') }
  console.log('Statements across outlets')
  console.log(`  grouping over the synthetic project (${synthetic.articles} articles, ${synthetic.tags} tags): median ${synthetic.medianMs.toFixed(0)} ms of ${runs} runs, the first ${synthetic.coldMs.toFixed(0)} ms (budget 2,000 ms); ${synthetic.groups} groups, ${synthetic.contradictions} contradictions offered`)
  for (const half of ['dev', 'test'] as const) {
    for (const at of ['high', 'any'] as const) {
      console.log(`  ${half} half, ${at === 'high' ? 'high confidence' : 'all offered'}:`)
      console.log(line('groups', figures[half][at].groups))
      console.log(line('contradictions', figures[half][at].contradictions))
    }
  }
  return figures
}


