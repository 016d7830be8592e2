/**
 * Helpers of the team tests: a server process on 127.0.0.1 (spawned, so it
 * can be killed with SIGKILL), members added through the server's own code,
 * and clients made of a real ProjectStore on a temp file and a TeamSync.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { makeTarget } from '../../src/core/anchoring'
import { newId } from '../../src/core/ids'
import type { Annotation, Article, Person, Project } from '../../src/core/schema'
import { ProjectStore } from '../../src/main/projectStore'
import { TeamSync } from '../../src/main/team/teamSync'
import { LOCAL_FIELDS } from '../../src/main/team/yRecords'
import { openTeamDb } from '../../src/server/db'
import { addMember, type Role } from '../../src/server/members'

export const SERVER_BIN = resolve(__dirname, '../../bin/quotemark-server.js')

export function tempDir(prefix = 'qm-team-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export type ServerProcess = { port: number; url: string; child: ChildProcess; output: () => string; stop(signal?: NodeJS.Signals): Promise<void> }

export async function startServer(dataDir: string, extra: string[] = [], port = 0): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_BIN, '--data', dataDir, '--port', String(port), '--store-debounce', '300', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => (out += String(d)))
  child.stderr!.on('data', (d) => (out += String(d)))
  const found = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000)
    const look = (): void => {
      const m = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolvePort(Number(m[1]))
      }
    }
    child.stdout!.on('data', look)
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
  })
  return {
    port: found,
    url: `ws://127.0.0.1:${found}`,
    child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((r) => {
        if (child.exitCode !== null || child.signalCode !== null) return r()
        child.once('exit', () => r())
        child.kill(signal)
      })
  }
}

export function member(dataDir: string, project: string, name: string, role: Role = 'editor'): string {
  const db = openTeamDb(dataDir)
  try {
    return addMember(db, project, name, role)
  } finally {
    db.close()
  }
}

export type Client = { name: string; store: ProjectStore; sync: TeamSync; dir: string; problems: string[] }

export async function newClient(name: string, url: string, token: string, seed?: Project, dir = tempDir(`qm-${name}-`)): Promise<Client> {
  const store = new ProjectStore({ watch: false, debounceMs: 20 })
  const path = join(dir, `${name}.quotemark.json`)
  if (seed) await store.createFrom(path, seed)
  else await store.create(path, name)
  const sync = await TeamSync.start({ store, url, token, userName: name, saveDelayMs: 50, badRecordGraceMs: 3000 })
  const problems: string[] = []
  sync.onProblem((m) => problems.push(m))
  return { name, store, sync, dir, problems }
}

export async function reopenClient(client: Client, url: string, token: string): Promise<Client> {
  const path = client.store.path!
  await client.sync.stop()
  await client.store.close()
  const store = new ProjectStore({ watch: false, debounceMs: 20 })
  await store.open(path)
  const sync = await TeamSync.start({ store, url, token, userName: client.name, saveDelayMs: 50, badRecordGraceMs: 3000 })
  sync.onProblem((m) => client.problems.push(m))
  return { ...client, store, sync }
}

export async function closeClient(client: Client): Promise<void> {
  await client.sync.stop()
  await client.store.close()
}

export async function waitFor(what: string, ok: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** A project's records without what each client keeps for itself (revisions, the project's own id, name and times), sorted by id. */
export function comparable(project: Project): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const kind of ['articles', 'annotations', 'people', 'links', 'conflicts', 'rejections'] as const) {
    out[kind] = [...project[kind]]
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k, v]) => !LOCAL_FIELDS.has(k) && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))))
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown[]>
}

const NOW = '2026-01-01T00:00:00.000Z'

export function article(text: string, title = 'Story'): Article {
  const blocks = text.split('\n\n').reduce<{ start: number; list: Article['blocks'] }>(
    (acc, part) => ({ start: acc.start + part.length + 2, list: [...acc.list, { type: 'paragraph', start: acc.start, end: acc.start + part.length, marks: [] }] }),
    { start: 0, list: [] }
  ).list
  return { id: newId(), title, outlet: 'Desk', byline: '', publishedAt: '', url: '', source: '', text, blocks, createdAt: NOW, updatedAt: NOW }
}

export function person(name: string): Person {
  return { id: newId(), kind: 'person', name, aliases: [], role: '', affiliation: '', note: '', createdAt: NOW, updatedAt: NOW }
}

export function tag(art: Article, start: number, end: number, kind: Annotation['kind'] = 'quote', extra: Partial<Annotation> = {}): Annotation {
  return { id: newId(), articleId: art.id, kind, target: makeTarget(art.text, start, end), note: '', speakerId: null, attributionId: null, status: 'unverified', evidence: [], author: 't', updatedBy: 't', createdAt: NOW, updatedAt: NOW, orphan: false, ...extra }
}
