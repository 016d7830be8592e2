/**
 * `npm run bench:team` (issue 13; not a timed test): the team server and the
 * main-side sync on the 20,000-tag synthetic project, on loopback.
 *
 * - join: a new desk (empty file) opens the shared project: from start to
 *   every record in its store (full initial sync and the store's command);
 *   target < 2 s. Three joins, median and p95.
 * - propagation: DESKS clients each make a tag every 3 s for DURATION_S
 *   seconds: FULL desks in this process (a real ProjectStore + TeamSync
 *   holding the whole project, as in the app) and the rest as plain Yjs
 *   clients (a Y.Doc and a provider, as many per child process as
 *   PER_CHILD), so that twenty 20,000-tag projects do not share one heap.
 *   Measured from the sender's clock (in the tag's note) to each full desk's
 *   store having applied the tag; target p95 < 200 ms. (The issue asks for a
 *   minute; 20 s keeps the run short; TEAM_BENCH_SECONDS=60 runs the minute.)
 * - server RSS, sampled every 250 ms through the run; target < 300 MB.
 * - Yjs state size against the project file's size.
 * Figures are printed and written to bench-team-results.json.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { makeTarget } from '../../src/core/anchoring'
import { newId } from '../../src/core/ids'
import { serializeProject } from '../../src/core/projectFile'
import type { Project } from '../../src/core/schema'
import { ProjectStore } from '../../src/main/projectStore'
import { QuietWebSocket } from '../../src/main/team/quietSocket'
import { TeamSync, teamSyncWork } from '../../src/main/team/teamSync'
import { writeRecord } from '../../src/main/team/yRecords'
import { openTeamDb } from '../../src/server/db'
import { addMember } from '../../src/server/members'
import { median, quantile, round } from './figures'
import { prng, syntheticProject } from './synthetic'

const ROOT = resolve(__dirname, '../..')
const DESKS = Number(process.env.TEAM_BENCH_DESKS ?? 20)
const DURATION_S = Number(process.env.TEAM_BENCH_SECONDS ?? 20)
const INTERVAL_MS = 3000
const JOINS = 3
const FULL = 2
const PER_CHILD = 3

type Desk = { name: string; store: ProjectStore; sync: TeamSync }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1)!

async function startServer(data: string): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/quotemark-server.js'), '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolvePort, reject) => {
    let out = ''
    child.stdout!.on('data', (d) => {
      out += String(d)
      const m = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) resolvePort(Number(m[1]))
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)))
  })
  return { url: `ws://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') }
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) * 1024 : 0
}

function token(data: string, name: string): string {
  const db = openTeamDb(data)
  try {
    return addMember(db, 'bench', name, 'editor')
  } finally {
    db.close()
  }
}

async function desk(dir: string, name: string, url: string, tok: string, project?: Project): Promise<Desk> {
  // A long save delay: the desks' 20 MB files are not what is measured (each still saves when the run ends).
  const store = new ProjectStore({ watch: false, debounceMs: 10_000 })
  const path = join(dir, `${name}.quotemark.json`)
  if (project) await store.createFrom(path, project)
  else await store.create(path, name)
  const sync = await TeamSync.start({ store, url, token: tok, userName: name, saveDelayMs: 2000 })
  return { name, store, sync }
}

async function until(what: string, ok: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`)
    await sleep(5)
  }
}

function newTag(p: Project, rand: () => number, by: string): Project['annotations'][number] {
  const art = p.articles[Math.floor(rand() * p.articles.length)]!
  const start = Math.floor(rand() * (art.text.length - 60))
  const now = new Date().toISOString()
  return { id: newId(), articleId: art.id, kind: 'claim', target: makeTarget(art.text, start, start + 20 + Math.floor(rand() * 30)), note: `sent:${Date.now()}`, speakerId: null, attributionId: null, status: 'unverified', evidence: [], author: by, updatedBy: by, createdAt: now, updatedAt: now, orphan: false }
}

/** A child process: plain Yjs clients that sync the project and, once told (SIGUSR2), tag every INTERVAL_MS. */
async function light(url: string, seconds: number, tokens: string[]): Promise<void> {
  const project = syntheticProject()
  const rand = prng(tokens.length * 7919 + process.pid)
  const clients = tokens.map((tok) => {
    const doc = new Y.Doc()
    const provider = new HocuspocusProvider({ url, name: 'bench', document: doc, token: tok, WebSocketPolyfill: QuietWebSocket, onSynced: ({ state }) => state && process.stdout.write('ready\n') } as ConstructorParameters<typeof HocuspocusProvider>[0])
    return { doc, provider }
  })
  await new Promise<void>((r) => process.once('SIGUSR2', () => r()))
  const endAt = Date.now() + seconds * 1000
  await Promise.all(
    clients.map(async ({ doc }) => {
      await sleep(rand() * INTERVAL_MS)
      while (Date.now() < endAt) {
        const tag = newTag(project, rand, 'light')
        doc.transact(() => writeRecord(doc, 'annotations', tag), 'light')
        await sleep(INTERVAL_MS)
      }
    })
  )
  await new Promise<void>((r) => process.once('SIGTERM', () => r()))
  process.exit(0)
}

async function main(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'qm-bench-team-server-'))
  const dir = mkdtempSync(join(tmpdir(), 'qm-bench-team-desks-'))
  const server = await startServer(data)
  let peakRss = rssOf(server.pid)
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(server.pid))), 250)
  const project = syntheticProject()
  const tags = project.annotations.length
  const jsonBytes = Buffer.byteLength(serializeProject(project))
  console.log(`synthetic project: ${project.articles.length} articles, ${tags} tags, ${project.people.length} people, ${project.links.length} links; file ${mb(jsonBytes)} MB`)

  let t = performance.now()
  const first = await desk(dir, 'desk0', server.url, token(data, 'desk0'), project)
  await first.sync.settled(120_000)
  const uploadMs = performance.now() - t
  // The synthetic project has a few tags of one kind on the same words (18): sharing keeps one of each (repair.ts, rule 6).
  const shared = first.store.project!.annotations.length
  const stateBytes = Y.encodeStateAsUpdate(first.sync.doc).length
  console.log(`upload (share): ${Math.round(uploadMs)} ms (${tags - shared} duplicate tags dropped); Yjs state ${mb(stateBytes)} MB = ${round(stateBytes / jsonBytes)} × the file`)

  const joins: number[] = []
  const desks: Desk[] = [first]
  for (let i = 1; i <= JOINS; i++) {
    t = performance.now()
    const d = await desk(dir, `desk${i}`, server.url, token(data, `desk${i}`))
    await until('join', () => (d.store.project?.annotations.length ?? 0) === shared)
    joins.push(performance.now() - t)
    desks.push(d)
    console.log(`join ${i}: ${Math.round(joins.at(-1)!)} ms`)
  }
  // The other clients: plain Yjs clients in child processes (they sync the whole document too).
  const lightCount = DESKS - FULL
  const children: Array<ReturnType<typeof spawn>> = []
  let lightReady = 0
  for (let c = 0; c * PER_CHILD < lightCount; c++) {
    const names = Array.from({ length: Math.min(PER_CHILD, lightCount - c * PER_CHILD) }, (_, k) => `light${c * PER_CHILD + k}`)
    const tokens = names.map((n) => token(data, n))
    const child = spawn(process.execPath, ['--max-old-space-size=4096', __filename, '--light', server.url, String(DURATION_S), ...tokens], { stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout!.on('data', (d) => (lightReady += (String(d).match(/ready/g) ?? []).length))
    children.push(child)
  }
  await until('the plain clients to sync', () => lightReady === lightCount, 300_000)
  const full = desks.slice(0, FULL)
  for (const d of desks.slice(FULL)) {
    await d.sync.stop()
    d.store.dispose()
  }
  console.log(`${full.length} full desks here and ${lightCount} plain clients in ${children.length} processes; this process ${mb(process.memoryUsage().rss)} MB`)

  // Propagation: every client tags every INTERVAL_MS (staggered); each full desk times the arrival of the others' tags.
  const delays: number[] = []
  for (const d of full) {
    d.sync.onApplied((command) => {
      const now = Date.now()
      for (const step of command.type === 'batch' ? command.commands : [command]) {
        const sent = step.type === 'annotation.add' ? /^sent:(\d+)$/.exec(step.annotation.note)?.[1] : undefined
        if (sent) delays.push(now - Number(sent))
      }
    })
  }
  const workBefore = { ...teamSyncWork }
  let peakDuring = rssOf(server.pid)
  const during = setInterval(() => (peakDuring = Math.max(peakDuring, rssOf(server.pid))), 250)
  for (const child of children) child.stdout!.removeAllListeners('data')
  for (const child of children) child.stdout!.on('data', () => undefined)
  const rand = prng(13)
  const endAt = Date.now() + DURATION_S * 1000
  let made = 0
  const go = (): void => {
    for (const child of children) child.kill('SIGUSR2')
  }
  go()
  await Promise.all(
    full.map(async (d) => {
      await sleep(rand() * INTERVAL_MS)
      while (Date.now() < endAt) {
        const p = d.store.project!
        const ok = d.store.applyUntrusted({ type: 'annotation.add', annotation: newTag(p, rand, d.name) })
        if (ok.ok) made++
        await sleep(INTERVAL_MS)
      }
    })
  )
  const lightMade = Math.round((DURATION_S * 1000) / INTERVAL_MS) * lightCount
  const desksAll = DESKS
  await sleep(2000)
  clearInterval(sampler)
  clearInterval(during)
  const expected = made * (FULL - 1) + lightMade * FULL
  for (const child of children) child.kill('SIGTERM')
  const rounds = teamSyncWork.rounds - workBefore.rounds
  const applyMs = teamSyncWork.ms - workBefore.ms

  const figures = {
    project: { articles: project.articles.length, tags, sharedTags: shared, people: project.people.length, links: project.links.length },
    jsonFileMB: mb(jsonBytes),
    yjsStateMB: mb(stateBytes),
    yjsToJsonRatio: round(stateBytes / jsonBytes),
    serverDbMB: mb(statSync(join(data, 'quotemark-team.sqlite')).size),
    uploadMs: Math.round(uploadMs),
    joinMs: { median: Math.round(median(joins)), p95: Math.round(quantile(joins, 0.95)), runs: joins.map(Math.round), target: '< 2000', pass: median(joins) < 2000 },
    propagationMs: {
      clients: desksAll,
      fullDesks: FULL,
      seconds: DURATION_S,
      tagsMadeByFullDesks: made,
      arrivals: delays.length,
      approxExpectedArrivals: expected,
      median: round(median(delays), 1),
      p95: round(quantile(delays, 0.95), 1),
      max: round(Math.max(...delays), 1),
      applyRoundMsMean: round(applyMs / Math.max(1, rounds), 2),
      applyCpuShare: round(applyMs / (DURATION_S * 1000), 2),
      target: 'p95 < 200',
      pass: quantile(delays, 0.95) < 200
    },
    serverPeakRssMB: { value: mb(peakRss), target: '< 300', pass: peakRss < 300 * 1024 * 1024 },
    serverRssAfterPropagationMB: mb(rssOf(server.pid)),
    serverPeakRssDuringPropagationMB: mb(peakDuring),
    benchProcessRssMB: mb(process.memoryUsage().rss)
  }
  console.log(JSON.stringify(figures, null, 2))
  writeFileSync(join(ROOT, 'bench-team-results.json'), JSON.stringify(figures, null, 2) + '\n')
  for (const d of full) {
    await d.sync.stop()
    d.store.dispose()
  }
  server.stop()
  process.exit(0)
}

const lightArgs = process.argv.indexOf('--light')
const run = lightArgs >= 0 ? light(process.argv[lightArgs + 1]!, Number(process.argv[lightArgs + 2]), process.argv.slice(lightArgs + 3)) : main()
run.catch((err) => {
  console.error(err)
  process.exit(1)
})
