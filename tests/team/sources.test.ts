/**
 * Source documents and checks of quotes in a team project (format 7): a
 * source added and a quote checked on one desk arrive on the others; a source
 * removed on one desk while another checks a quote against it leaves the tag,
 * without the check, on every desk; a rejected statement group is shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkProjectIntegrity } from '../../src/core/integrity'
import { emptyProject, type SourceDocument, type Verification } from '../../src/core/schema'
import { article, closeClient, member, newClient, startServer, tag, tempDir, type Client, type ServerProcess } from './support'

let server: ServerProcess
let data: string
const open: Client[] = []

beforeAll(async () => {
  data = tempDir('qm-server-')
  server = await startServer(data)
})

afterAll(async () => {
  for (const c of open.splice(0)) await closeClient(c).catch(() => undefined)
  await server.stop()
})

async function desks(project: string, count: number, seed: ReturnType<typeof emptyProject>): Promise<Client[]> {
  const out: Client[] = []
  for (let i = 0; i < count; i++) {
    const c = await newClient(`${project}-${i}`, server.url, member(data, project, `member${i}`), i === 0 ? seed : undefined)
    await c.sync.settled()
    open.push(c)
    out.push(c)
  }
  return out
}

async function inStep(clients: Client[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const c of clients) await c.sync.settled()
}

function run(c: Client, command: Parameters<Client['store']['applyUntrusted']>[0]): void {
  const outcome = c.store.applyUntrusted(command)
  if (!outcome.ok) throw new Error(outcome.error)
}

const NOW = '2026-01-01T00:00:00.000Z'
const source: SourceDocument = {
  id: 'source-council',
  title: 'council meeting',
  kind: 'transcript',
  fileKind: 'vtt',
  fileName: 'council.vtt',
  text: 'We will not close the bridge.',
  blocks: [{ type: 'paragraph', start: 0, end: 29, marks: [], time: 754 }],
  createdAt: NOW,
  updatedAt: NOW
}
const check: Verification = { status: 'changed', sourceId: source.id, sourceStart: 0, sourceEnd: 29, time: 754, differences: [{ kind: 'removed', quote: '', source: 'not' }], flags: [{ kind: 'negation', quote: '', source: 'not' }], checkedBy: 'a', checkedAt: NOW }

describe('checking quotes in a team project', () => {
  it('a source added and a quote checked on one desk arrive on the others', async () => {
    const art = article('“We will close the bridge,” the mayor said.')
    const t = tag(art, 1, 25)
    const [a, b] = await desks('sources-1', 2, { ...emptyProject('S', 'ps1', NOW), articles: [art], annotations: [t] })
    run(a!, { type: 'source.add', source })
    run(a!, { type: 'annotation.update', id: t.id, patch: { verification: check }, updatedAt: 'x', updatedBy: 'a' })
    run(a!, { type: 'statementRejection.add', statementRejection: { id: 'sr-1', type: 'same-statement', tagIds: [t.id, 'gone'].sort(), rejectedAt: NOW, rejectedBy: 'a' } })
    await inStep([a!, b!])
    const p = b!.store.project!
    expect(p.sources.map((s) => s.title)).toEqual(['council meeting'])
    expect(p.annotations[0]!.verification).toEqual(check)
    expect(p.statementRejections.map((r) => r.id)).toEqual(['sr-1'])
  })

  it('a source removed while another checks a quote against it: the tag stays, without the check, on every desk', async () => {
    const art = article('“We will close the bridge,” the mayor said.')
    const t = tag(art, 1, 25)
    const [a, b] = await desks('sources-2', 2, { ...emptyProject('S', 'ps2', NOW), articles: [art], annotations: [t], sources: [source] })
    a!.sync.disconnect()
    b!.sync.disconnect()
    run(a!, { type: 'source.remove', id: source.id })
    run(b!, { type: 'annotation.update', id: t.id, patch: { verification: check, note: 'checked' }, updatedAt: 'x', updatedBy: 'b' })
    a!.sync.connect()
    b!.sync.connect()
    await inStep([a!, b!])
    for (const d of [a!, b!]) {
      const p = d.store.project!
      expect(p.sources).toHaveLength(0)
      expect(p.annotations[0]).toMatchObject({ note: 'checked' })
      expect(p.annotations[0]!.verification).toBeUndefined()
      expect(checkProjectIntegrity(p)).toBeNull()
    }
  })
})
