/**
 * Where the team desk's time and memory go on the 20,000-tag synthetic project (a profiling aid for
 * bench:team, not a bench): `layout` builds the team document in this process and reports its heap,
 * encode/apply times and the time to read every record back; `share URL TOKEN DIR` shares the project
 * from one desk and stays; `join URL TOKEN DIR` joins it from another (run it under node --cpu-prof).
 * Built by `QM_TEAM_PROFILE=1 npx vite build --config scripts/bench/vite.team.config.mts` into
 * out/bench-team-profile/profile.cjs.
 */
import * as Y from 'yjs'
import { syntheticProject } from './synthetic'
import { ProjectStore } from '../../src/main/projectStore'
import { TeamSync, teamSyncWork } from '../../src/main/team/teamSync'
import { makeTarget } from '../../src/core/anchoring'
import { newId } from '../../src/core/ids'
import { collection, KINDS, readRecord, writeRecord, type Rec } from '../../src/main/team/yRecords'

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
const gc = (): void => (globalThis as { gc?: () => void }).gc?.()

function layout(): void {
  const project = syntheticProject()
  gc()
  const base = process.memoryUsage().heapUsed
  let t = performance.now()
  const doc = new Y.Doc()
  doc.transact(() => {
    for (const kind of KINDS) for (const r of project[kind] as Rec[]) writeRecord(doc, kind, r)
  })
  console.log(`build ${Math.round(performance.now() - t)} ms`)
  gc()
  console.log(`doc heap ${mb(process.memoryUsage().heapUsed - base)} MB`)
  t = performance.now()
  const update = Y.encodeStateAsUpdate(doc)
  console.log(`encode ${Math.round(performance.now() - t)} ms, ${mb(update.length)} MB`)
  const before = process.memoryUsage().heapUsed
  t = performance.now()
  const doc2 = new Y.Doc()
  Y.applyUpdate(doc2, update)
  console.log(`apply ${Math.round(performance.now() - t)} ms`)
  gc()
  console.log(`applied doc heap ${mb(process.memoryUsage().heapUsed - before)} MB`)
  t = performance.now()
  let n = 0
  for (const kind of KINDS) for (const id of collection(doc2, kind).keys()) if (readRecord(doc2, kind, id)?.ok) n++
  console.log(`read ${n} records ${Math.round(performance.now() - t)} ms`)
}

/** Share the project and stay connected (another process joins it). */
async function share(url: string, token: string, dir: string): Promise<void> {
  const a = new ProjectStore({ watch: false, debounceMs: 10_000 })
  await a.createFrom(`${dir}/a.quotemark.json`, syntheticProject())
  const sa = await TeamSync.start({ store: a, url, token, statePath: null })
  sa.onProblem((m) => console.log('problem:', m))
  await sa.settled(300_000)
  console.log('shared')
  // Then a tag every 200 ms (the joiner times the rounds that bring them).
  await new Promise<void>((r) => process.once('SIGUSR2', () => r()))
  for (let i = 0; i < 100; i++) {
    const art = a.project!.articles[i % a.project!.articles.length]!
    const start = 100 + i * 7
    const now = new Date().toISOString()
    a.applyUntrusted({ type: 'annotation.add', annotation: { id: newId(), articleId: art.id, kind: 'claim', target: makeTarget(art.text, start, start + 25), note: `sent:${Date.now()}`, speakerId: null, attributionId: null, status: 'unverified', evidence: [], author: 'a', updatedBy: 'a', createdAt: now, updatedAt: now, orphan: false } })
    await new Promise((r) => setTimeout(r, 200))
  }
  await new Promise((r) => setTimeout(r, 600_000))
}

async function join(url: string, token: string, dir: string): Promise<void> {
  const b = new ProjectStore({ watch: false, debounceMs: 10_000 })
  await b.create(`${dir}/b-${process.pid}.quotemark.json`, 'b')
  const t = performance.now()
  const sb = await TeamSync.start({ store: b, url, token, statePath: null })
  sb.onProblem((m) => console.log('problem:', m))
  while ((b.project?.annotations.length ?? 0) < 19_000) await new Promise((r) => setTimeout(r, 5))
  console.log(`join ${Math.round(performance.now() - t)} ms`)
  if (process.env.ROUNDS_FROM) {
    const delays: number[] = []
    sb.onApplied((c) => {
      for (const step of c.type === 'batch' ? c.commands : [c]) if (step.type === 'annotation.add') delays.push(Date.now() - Number(step.annotation.note.slice(5)))
    })
    const before = { ...teamSyncWork }
    process.kill(Number(process.env.ROUNDS_FROM), 'SIGUSR2')
    while (delays.length < 100) await new Promise((r) => setTimeout(r, 50))
    delays.sort((x, y) => x - y)
    console.log(`rounds ${teamSyncWork.rounds - before.rounds}, ${((teamSyncWork.ms - before.ms) / (teamSyncWork.rounds - before.rounds)).toFixed(1)} ms each; delay median ${delays[50]} p95 ${delays[95]} ms`)
  }
  await sb.stop()
  process.exit(0)
}

const [mode, ...args] = process.argv.slice(2)
if (mode === 'layout') layout()
else if (mode === 'share') void share(args[0]!, args[1]!, args[2]!)
else void join(args[0]!, args[1]!, args[2]!)
