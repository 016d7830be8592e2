/**
 * `npm run bench:team` (issue 13; not a timed test): the team server and the
 * main-side sync on the 20,000-tag synthetic project, on loopback.
 *
 * - join: a new desk (empty file) opens the shared project: from start to
 *   every record in its store (full initial sync and the store's command);
 *   target < 2 s. Three joins, median and p95.
 * - propagation: DESKS desks (each a real ProjectStore + TeamSync holding the
 *   whole project) each make a tag every 3 s for DURATION_S seconds; from the
 *   sender's command to each other desk's store having applied it; target
 *   p95 < 200 ms. (The issue asks for a minute; 20 s keeps the run short;
 *   TEAM_BENCH_SECONDS=60 runs the minute.)
 * - server RSS, sampled every 250 ms through the run; target < 300 MB.
 * - Yjs state size against the project file's size.
 * Figures are printed and written to bench-team-results.json.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as Y from 'yjs'
import { makeTarget } from '../../src/core/anchoring'
import { newId } from '../../src/core/ids'
import { serializeProject } from '../../src/core/projectFile'
import type { Project } from '../../src/core/schema'
import { ProjectStore } from '../../src/main/projectStore'
import { TeamSync, teamSyncWork } from '../../src/main/team/teamSync'
import { openTeamDb } from '../../src/server/db'
import { addMember } from '../../src/server/members'
import { median, quantile, round } from './figures'
import { prng, syntheticProject } from './synthetic'

const ROOT = resolve(__dirname, '../..')
const DESKS = Number(process.env.TEAM_BENCH_DESKS ?? 20)
const DURATION_S = Number(process.env.TEAM_BENCH_SECONDS ?? 20)
const INTERVAL_MS = 3000
const JOINS = 3

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
  for (let i = desks.length; i < DESKS; i++) {
    const d = await desk(dir, `desk${i}`, server.url, token(data, `desk${i}`))
    await until('join', () => (d.store.project?.annotations.length ?? 0) === shared)
    desks.push(d)
  }
  console.log(`${desks.length} desks joined; heap of this process ${mb(process.memoryUsage().rss)} MB`)

  // Propagation: each desk tags every INTERVAL_MS (staggered); every other desk times its arrival.
  const sentAt = new Map<string, number>()
  const delays: number[] = []
  for (const d of desks) {
    d.sync.onApplied((command) => {
      const now = performance.now()
      for (const step of command.type === 'batch' ? command.commands : [command]) {
        const at = step.type === 'annotation.add' ? sentAt.get(step.annotation.id) : undefined
        if (at !== undefined) delays.push(now - at)
      }
    })
  }
  const workBefore = { ...teamSyncWork }
  const rand = prng(13)
  const endAt = Date.now() + DURATION_S * 1000
  let made = 0
  await Promise.all(
    desks.map(async (d) => {
      await sleep(rand() * INTERVAL_MS)
      while (Date.now() < endAt) {
        const p = d.store.project!
        const art = p.articles[Math.floor(rand() * p.articles.length)]!
        const start = Math.floor(rand() * (art.text.length - 60))
        const id = newId()
        const now = new Date().toISOString()
        sentAt.set(id, performance.now())
        const ok = d.store.applyUntrusted({ type: 'annotation.add', annotation: { id, articleId: art.id, kind: 'claim', target: makeTarget(art.text, start, start + 20 + Math.floor(rand() * 30)), note: '', speakerId: null, attributionId: null, status: 'unverified', evidence: [], author: d.name, updatedBy: d.name, createdAt: now, updatedAt: now, orphan: false } })
        if (ok.ok) made++
        await sleep(INTERVAL_MS)
      }
    })
  )
  await sleep(2000)
  clearInterval(sampler)
  const expected = made * (desks.length - 1)
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
      desks: desks.length,
      seconds: DURATION_S,
      tagsMade: made,
      arrivals: delays.length,
      expectedArrivals: expected,
      median: round(median(delays), 1),
      p95: round(quantile(delays, 0.95), 1),
      max: round(Math.max(...delays), 1),
      applyRoundMsMean: round(applyMs / Math.max(1, rounds), 2),
      applyCpuShare: round(applyMs / (DURATION_S * 1000), 2),
      target: 'p95 < 200',
      pass: quantile(delays, 0.95) < 200
    },
    serverPeakRssMB: { value: mb(peakRss), target: '< 300', pass: peakRss < 300 * 1024 * 1024 },
    benchProcessRssMB: mb(process.memoryUsage().rss)
  }
  console.log(JSON.stringify(figures, null, 2))
  writeFileSync(join(ROOT, 'bench-team-results.json'), JSON.stringify(figures, null, 2) + '\n')
  for (const d of desks) {
    await d.sync.stop()
    d.store.dispose()
  }
  server.stop()
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
