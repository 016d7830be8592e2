/**
 * Where the team desk's time and memory go on the 20,000-tag synthetic project (a profiling aid for
 * bench:team, not a bench): `layout` builds the team document in this process and reports its heap,
 * encode/apply times and the time to read every record back; `join` starts a server, shares the
 * project from one desk and joins from another (run under node --cpu-prof to see the join).
 */
import * as Y from 'yjs'
import { syntheticProject } from './synthetic'
import { ProjectStore } from '../../src/main/projectStore'
import { TeamSync } from '../../src/main/team/teamSync'
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

async function join(url: string, shareToken: string, joinToken: string, dir: string): Promise<void> {
  const project = syntheticProject()
  const a = new ProjectStore({ watch: false, debounceMs: 10_000 })
  await a.createFrom(`${dir}/a.quotemark.json`, project)
  const sa = await TeamSync.start({ store: a, url, token: shareToken, statePath: null })
  await sa.settled(120_000)
  console.log('shared')
  const b = new ProjectStore({ watch: false, debounceMs: 10_000 })
  await b.create(`${dir}/b.quotemark.json`, 'b')
  const t = performance.now()
  const sb = await TeamSync.start({ store: b, url, token: joinToken, statePath: null })
  while ((b.project?.annotations.length ?? 0) < 19_000) await new Promise((r) => setTimeout(r, 5))
  console.log(`join ${Math.round(performance.now() - t)} ms`)
  await sa.stop()
  await sb.stop()
  process.exit(0)
}

const [mode, ...args] = process.argv.slice(2)
if (mode === 'layout') layout()
else void join(args[0]!, args[1]!, args[2]!, args[3]!)
