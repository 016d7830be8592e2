/**
 * Two or three desks on one team server: shared, joined, edited at once,
 * offline and back, and the concurrency rules of repair.ts (a source document
 * removed while another desk checks a quote against it among them).
 */
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkProjectIntegrity } from '../../src/core/integrity'
import { emptyProject, type SourceDocument, type Verification } from '../../src/core/schema'
import { emptyHistory, recordStep, undoStep } from '../../src/core/history'
import { teamStatePath } from '../../src/main/team/teamFiles'
import { article, closeClient, comparable, member, newClient, person, reopenClient, startServer, tag, tempDir, waitFor, type Client, type ServerProcess } from './support'

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

async function desks(project: string, count: number, seed = emptyProject(project, 'p-' + project, '2026-01-01T00:00:00.000Z')): Promise<Client[]> {
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

describe('a project shared with the team', () => {
  it('is uploaded by the first desk, joined by the next, and a tag made on one appears on the others', async () => {
    const art = article('The minister said “we will release them” on Monday.\n\nThe opposition disagreed.')
    const seed = { ...emptyProject('Story', 'p1', '2026-01-01T00:00:00.000Z'), articles: [art] }
    const [a, b, c] = await desks('shared-1', 3, seed)
    expect(b!.store.project!.articles.map((x) => x.id)).toEqual([art.id])
    run(c!, { type: 'annotation.add', annotation: tag(art, 19, 44) })
    await inStep([a!, b!, c!])
    expect(a!.store.project!.annotations).toHaveLength(1)
    expect(comparable(a!.store.project!)).toEqual(comparable(c!.store.project!))
    // The desk keeps its team state beside the file, saved a moment after a change (teamStateSaver.ts).
    await waitFor('the team state beside the file', () => existsSync(teamStatePath(a!.store.path!)), 5_000)
  })

  it('keeps a colleague’s tag out of my undo: undoing my last tag leaves theirs', async () => {
    const art = article('One said this. Two said that.')
    const [a, b] = await desks('undo-1', 2, { ...emptyProject('U', 'pu', '2026-01-01T00:00:00.000Z'), articles: [art] })
    const mine = { type: 'annotation.add' as const, annotation: tag(art, 0, 14) }
    let history = recordStep(emptyHistory, a!.store.project!, mine, 'now')
    run(a!, mine)
    run(b!, { type: 'annotation.add', annotation: tag(art, 15, 29) })
    await inStep([a!, b!])
    expect(a!.store.project!.annotations).toHaveLength(2)
    const undo = undoStep(history, 'later')!
    history = undo.history
    run(a!, undo.command)
    await inStep([a!, b!])
    expect(b!.store.project!.annotations.map((t) => t.target.exact)).toEqual(['Two said that.'])
    expect(history.done).toHaveLength(0)
  })

  it('sends what was done offline when the connection returns, also after a restart of the app', async () => {
    const art = article('Alpha beta gamma delta epsilon.')
    const [a, b] = await desks('offline-1', 2, { ...emptyProject('O', 'po', '2026-01-01T00:00:00.000Z'), articles: [art] })
    b!.sync.disconnect()
    run(b!, { type: 'annotation.add', annotation: tag(art, 0, 5) })
    run(a!, { type: 'annotation.add', annotation: tag(art, 6, 10) })
    await a!.sync.settled()
    await b!.store.flush()
    const reopened = await reopenClient(b!, server.url, member(data, 'offline-1', 'member1'))
    open.splice(open.indexOf(b!), 1, reopened)
    await inStep([a!, reopened])
    expect(reopened.store.project!.annotations.map((t) => t.target.exact).sort()).toEqual(['Alpha', 'beta'])
    expect(comparable(a!.store.project!)).toEqual(comparable(reopened.store.project!))
  })
})

describe('edits made at the same time', () => {
  it('a person deleted while another makes them a speaker: the tag stays, without a speaker, on every desk', async () => {
    const art = article('Rosa said the plan would fail.')
    const rosa = person('Rosa')
    const t = tag(art, 0, 30)
    const [a, b, c] = await desks('rule-speaker', 3, { ...emptyProject('S', 'ps', '2026-01-01T00:00:00.000Z'), articles: [art], people: [rosa], annotations: [t] })
    a!.sync.disconnect()
    b!.sync.disconnect()
    run(a!, { type: 'person.remove', id: rosa.id })
    run(b!, { type: 'annotation.update', id: t.id, patch: { speakerId: rosa.id, note: 'checked' }, updatedAt: 'x', updatedBy: 'b' })
    a!.sync.connect()
    b!.sync.connect()
    await inStep([a!, b!, c!])
    for (const d of [a!, b!, c!]) {
      const p = d.store.project!
      expect(p.people).toHaveLength(0)
      expect(p.annotations[0]).toMatchObject({ speakerId: null, note: 'checked' })
      expect(checkProjectIntegrity(p)).toBeNull()
    }
  })

  it('an attribution deleted while another attaches a quote to it: the quote stays, unattributed, everywhere', async () => {
    const art = article('“We will win,” said Ana. Nobody else spoke.')
    const quote = tag(art, 0, 14)
    const attribution = tag(art, 15, 23, 'attribution')
    const [a, b] = await desks('rule-attr', 2, { ...emptyProject('A', 'pa', '2026-01-01T00:00:00.000Z'), articles: [art], annotations: [quote, attribution] })
    a!.sync.disconnect()
    b!.sync.disconnect()
    run(a!, { type: 'annotation.remove', id: attribution.id })
    run(b!, { type: 'annotation.update', id: quote.id, patch: { attributionId: attribution.id }, updatedAt: 'x', updatedBy: 'b' })
    a!.sync.connect()
    b!.sync.connect()
    await inStep([a!, b!])
    for (const d of [a!, b!]) {
      expect(d.store.project!.annotations.map((x) => [x.id, x.attributionId])).toEqual([[quote.id, null]])
      expect(checkProjectIntegrity(d.store.project!)).toBeNull()
    }
  })

  it('an article replaced while another tags the old text: the new tag is re-anchored on receipt', async () => {
    const art = article('Intro words. The mayor said taxes would fall. End.')
    const [a, b] = await desks('rule-anchor', 2, { ...emptyProject('R', 'pr', '2026-01-01T00:00:00.000Z'), articles: [art] })
    a!.sync.disconnect()
    b!.sync.disconnect()
    const text = 'A new first paragraph was added.\n\nIntro words. The mayor said taxes would fall. End.'
    run(a!, { type: 'article.replace', id: art.id, text, blocks: article(text).blocks, updatedAt: 'x' })
    const t = tag(art, 13, 45)
    run(b!, { type: 'annotation.add', annotation: t })
    a!.sync.connect()
    b!.sync.connect()
    await inStep([a!, b!])
    for (const d of [a!, b!]) {
      const [only] = d.store.project!.annotations
      expect(only!.orphan).toBe(false)
      expect(text.slice(only!.target.start, only!.target.end)).toBe('The mayor said taxes would fall.')
    }
    expect(comparable(a!.store.project!)).toEqual(comparable(b!.store.project!))
  })

  it('the same words tagged twice at once: one tag stays (the smaller id) on every desk', async () => {
    const art = article('Words that both of them tagged.')
    const [a, b] = await desks('rule-dup', 2, { ...emptyProject('D', 'pd', '2026-01-01T00:00:00.000Z'), articles: [art] })
    a!.sync.disconnect()
    b!.sync.disconnect()
    const t1 = tag(art, 0, 5)
    const t2 = tag(art, 0, 5)
    run(a!, { type: 'annotation.add', annotation: t1 })
    run(b!, { type: 'annotation.add', annotation: t2 })
    a!.sync.connect()
    b!.sync.connect()
    await inStep([a!, b!])
    const keep = t1.id < t2.id ? t1.id : t2.id
    for (const d of [a!, b!]) expect(d.store.project!.annotations.map((x) => x.id)).toEqual([keep])
  })

  it('a record that fails the schema is kept out and said once; the rest of the change arrives', async () => {
    const art = article('Some words here.')
    const [a, b] = await desks('bad-record', 2, { ...emptyProject('B', 'pb', '2026-01-01T00:00:00.000Z'), articles: [art] })
    const { writeRecord } = await import('../../src/main/team/yRecords')
    const good = tag(art, 0, 4)
    a!.sync.doc.transact(() => {
      writeRecord(a!.sync.doc, 'annotations', { ...tag(art, 5, 10), kind: 'rumour' } as never)
      writeRecord(a!.sync.doc, 'annotations', good)
    }, 'someone-else')
    await waitFor('the good tag', () => b!.store.project!.annotations.length === 1)
    expect(b!.store.project!.annotations[0]!.id).toBe(good.id)
    await waitFor('the notice', () => b!.problems.length > 0)
    await new Promise((r) => setTimeout(r, 1000))
    expect(b!.problems).toHaveLength(1)
    expect(b!.problems[0]).toMatch(/kept out: kind/)
    expect(checkProjectIntegrity(b!.store.project!)).toBeNull()
  })
})

const SOURCE_NOW = '2026-01-01T00:00:00.000Z'
const source: SourceDocument = {
  id: 'source-council',
  title: 'council meeting',
  kind: 'transcript',
  fileKind: 'vtt',
  fileName: 'council.vtt',
  text: 'We will not close the bridge.',
  blocks: [{ type: 'paragraph', start: 0, end: 29, marks: [], time: 754 }],
  createdAt: SOURCE_NOW,
  updatedAt: SOURCE_NOW
}
const check: Verification = { status: 'changed', sourceId: source.id, sourceStart: 0, sourceEnd: 29, time: 754, differences: [{ kind: 'removed', quote: '', source: 'not' }], flags: [{ kind: 'negation', quote: '', source: 'not' }], checkedBy: 'a', checkedAt: SOURCE_NOW }

/** Format 7: a source and a check arrive on the other desk; a source removed while another checks against it leaves the tag, without the check. */
describe('checking quotes in a team project', () => {
  it('a source added and a quote checked on one desk arrive on the others', async () => {
    const art = article('“We will close the bridge,” the mayor said.')
    const t = tag(art, 1, 25)
    const [a, b] = await desks('sources-1', 2, { ...emptyProject('S', 'ps1', SOURCE_NOW), articles: [art], annotations: [t] })
    run(a!, { type: 'source.add', source })
    run(a!, { type: 'annotation.update', id: t.id, patch: { verification: check }, updatedAt: 'x', updatedBy: 'a' })
    run(a!, { type: 'statementRejection.add', statementRejection: { id: 'sr-1', type: 'same-statement', tagIds: [t.id, 'gone'].sort(), rejectedAt: SOURCE_NOW, rejectedBy: 'a' } })
    await inStep([a!, b!])
    const p = b!.store.project!
    expect(p.sources.map((s) => s.title)).toEqual(['council meeting'])
    expect(p.annotations[0]!.verification).toEqual(check)
    expect(p.statementRejections.map((r) => r.id)).toEqual(['sr-1'])
  })

  it('a source removed while another checks a quote against it: the tag stays, without the check, on every desk', async () => {
    const art = article('“We will close the bridge,” the mayor said.')
    const t = tag(art, 1, 25)
    const [a, b] = await desks('sources-2', 2, { ...emptyProject('S', 'ps2', SOURCE_NOW), articles: [art], annotations: [t], sources: [source] })
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
