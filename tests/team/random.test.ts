/**
 * Three desks edit one project at once with a seeded random mix of tag,
 * person, link and article edits, going offline and back, while the server
 * process is killed with SIGKILL and started again. At the end every desk
 * and the server hold the same project, with whole references; and right
 * after the kill the restarted server still held everything it had
 * acknowledged.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { makeTarget } from '../../src/core/anchoring'
import type { Command } from '../../src/core/commands'
import { articleUpdateEdit, removeAnnotationEdit } from '../../src/core/edits'
import { newId } from '../../src/core/ids'
import { checkProjectIntegrity } from '../../src/core/integrity'
import { emptyProject, linkTypes, type Project } from '../../src/core/schema'
import { prng } from '../support/random'
import { article, closeClient, comparable, member, newClient, person, startServer, tempDir, type Client, type ServerProcess } from './support'

const SEED = Number(process.env.TEAM_SEED ?? 1307)
const OPS_PER_PHASE = 120
const WORDS = 'the minister said that prisoners would be released before the election and the opposition said the report was false'.split(' ')

const rand = prng(SEED)
const int = (n: number): number => Math.floor(rand() * n)
const pick = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[int(xs.length)] : undefined)
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

function text(sentences: number): string {
  return Array.from({ length: sentences }, () => Array.from({ length: 6 + int(8) }, () => pick(WORDS)).join(' ') + '.').join(' ')
}

/** One random edit of the project as this desk sees it (may be refused: then nothing happens). */
function randomEdit(p: Project, by: string): Command | null {
  const now = new Date().toISOString()
  const roll = rand()
  const art = pick(p.articles)
  if (!art) return null
  if (roll < 0.35) {
    const start = int(Math.max(1, art.text.length - 12))
    const target = makeTarget(art.text, start, Math.min(art.text.length, start + 3 + int(25)))
    const kind = pick(['quote', 'quote', 'claim', 'attribution'] as const)!
    const attribution = kind === 'attribution' ? undefined : pick(p.annotations.filter((a) => a.kind === 'attribution' && a.articleId === art.id))
    return { type: 'annotation.add', annotation: { id: newId(), articleId: art.id, kind, target, note: '', speakerId: pick(p.people)?.id ?? null, attributionId: rand() < 0.5 ? attribution?.id ?? null : null, status: 'unverified', evidence: [], author: by, updatedBy: by, createdAt: now, updatedAt: now, orphan: false } }
  }
  const tag = pick(p.annotations)
  if (roll < 0.55 && tag) {
    const attribution = pick(p.annotations.filter((a) => a.kind === 'attribution' && a.articleId === tag.articleId && a.id !== tag.id))
    const patch = pick([{ note: `${by} ${int(1000)}` }, { speakerId: pick(p.people)?.id ?? null }, { status: 'verified' as const }, { attributionId: tag.kind === 'attribution' ? null : attribution?.id ?? null }])!
    return { type: 'annotation.update', id: tag.id, patch, updatedAt: now, updatedBy: by }
  }
  if (roll < 0.68 && tag) return removeAnnotationEdit(p, tag.id, now, by)
  if (roll < 0.74) return { type: 'person.add', person: person(`${by} person ${int(100)}`) }
  if (roll < 0.8) {
    const gone = pick(p.people)
    if (!gone) return null
    const detach = p.annotations.filter((a) => a.speakerId === gone.id).map((a) => ({ type: 'annotation.update' as const, id: a.id, patch: { speakerId: null }, updatedAt: now, updatedBy: by }))
    return { type: 'batch', label: 'Remove person', commands: [...detach, { type: 'person.remove', id: gone.id }] }
  }
  if (roll < 0.9) {
    const [a, b] = [pick(p.annotations), pick(p.annotations)]
    if (!a || !b || a.id === b.id) return null
    return { type: 'link.add', link: { id: newId(), type: pick(linkTypes)!, from: a.id, to: b.id, note: '', createdAt: now, updatedAt: now } }
  }
  if (roll < 0.94) {
    const link = pick(p.links)
    return link ? { type: 'link.remove', id: link.id } : null
  }
  // An outlet's update: words added at the start, its tags re-anchored in the same batch.
  const next = `${text(1)} ${art.text}`
  return articleUpdateEdit(p, art.id, { text: next, blocks: [{ type: 'paragraph', start: 0, end: next.length, marks: [] }] }, now, by).command
}

async function quiet(clients: Client[]): Promise<void> {
  for (let i = 0; i < 50; i++) {
    for (const c of clients) await c.sync.settled(20_000)
    const before = clients.map((c) => c.store.revision).join()
    await sleep(150)
    for (const c of clients) await c.sync.settled(20_000)
    if (clients.map((c) => c.store.revision).join() === before) return
  }
  throw new Error('the desks never went quiet')
}

async function phase(clients: Client[], ops: number): Promise<number> {
  let applied = 0
  for (let i = 0; i < ops; i++) {
    const desk = clients[int(clients.length)]!
    if (rand() < 0.06) {
      if (desk.sync.currentStatus.state === 'online') desk.sync.disconnect()
      else desk.sync.connect()
    }
    const command = randomEdit(desk.store.project!, desk.name)
    if (command && desk.store.applyUntrusted(command).ok) applied++
    await sleep(int(25))
  }
  for (const c of clients) c.sync.connect()
  return applied
}

let server: ServerProcess | null = null
const open: Client[] = []

afterAll(async () => {
  for (const c of open.splice(0)) await closeClient(c).catch(() => undefined)
  await server?.stop('SIGKILL')
})

describe(`three desks editing at once (seed ${SEED})`, () => {
  it('end with the same project as the server, references whole, and nothing acknowledged lost to a kill -9', async () => {
    const started = Date.now()
    const data = tempDir('qm-random-')
    server = await startServer(data, ['--store-debounce', '5000'])
    const port = server.port
    const seed: Project = { ...emptyProject('Desk', 'p-random', '2026-01-01T00:00:00.000Z'), articles: [article(text(12), 'One'), article(text(12), 'Two'), article(text(12), 'Three')], people: [person('Ana'), person('Ben'), person('Cai')] }
    for (const name of ['a', 'b', 'c']) {
      const c = await newClient(name, server.url, member(data, 'random', name), name === 'a' ? seed : undefined)
      await c.sync.settled()
      open.push(c)
    }
    const applied1 = await phase(open, OPS_PER_PHASE)
    await quiet(open)

    // Everything is acknowledged now, and the compacted state is not due for seconds: only the update log holds the latest.
    const acknowledged = comparable(open[0]!.store.project!)
    for (const c of open) c.sync.disconnect()
    await server.stop('SIGKILL')
    server = await startServer(data, ['--store-debounce', '5000'], port)
    const witness = await newClient('witness', server.url, member(data, 'random', 'witness'))
    await witness.sync.settled()
    expect(comparable(witness.store.project!)).toEqual(acknowledged)
    await closeClient(witness)

    for (const c of open) c.sync.connect()
    const applied2 = await phase(open, OPS_PER_PHASE)
    await quiet(open)

    const observer = await newClient('observer', server.url, member(data, 'random', 'observer'))
    await observer.sync.settled()
    open.push(observer)
    await quiet(open)
    const expected = comparable(open[0]!.store.project!)
    for (const c of open) {
      expect(comparable(c.store.project!), `desk ${c.name}`).toEqual(expected)
      expect(checkProjectIntegrity(c.store.project!), `desk ${c.name}`).toBeNull()
      expect(c.problems, `desk ${c.name}`).toEqual([])
    }
    console.log(`seed ${SEED}: ${applied1 + applied2} edits applied, ${expected.annotations!.length} tags, ${expected.people!.length} people, ${expected.links!.length} links at the end, ${Date.now() - started} ms`)
    expect(applied1 + applied2).toBeGreaterThan(OPS_PER_PHASE)
    expect(expected.annotations!.length).toBeGreaterThan(5)
    expect(Date.now() - started).toBeLessThan(100_000)
  })
})
