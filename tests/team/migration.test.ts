/**
 * A project the server stored in the team document's first layout (a Y.Map
 * of fields per record, maps named by kind alone) is moved into the current
 * layout when the server loads it: a desk joining it gets the whole project,
 * edits it as usual, and the stored state holds no old-layout records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { emptyProject, type Project } from '../../src/core/schema'
import { hasLegacy, recordsMap } from '../../src/main/team/yLayout'
import { openTeamDb } from '../../src/server/db'
import { DocumentStorage } from '../../src/server/storage'
import { article, closeClient, comparable, member, newClient, person, startServer, tag, tempDir, waitFor, type Client, type ServerProcess } from './support'

let server: ServerProcess
let data: string
const open: Client[] = []

/** What a server of the first layout stored for a project. */
function oldLayoutState(project: Project): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => {
    const meta = doc.getMap('meta')
    meta.set('format', 'quotemark-team')
    meta.set('version', 1)
    for (const kind of ['articles', 'annotations', 'people', 'links', 'conflicts', 'rejections'] as const) {
      for (const record of project[kind]) {
        const map = new Y.Map<unknown>()
        doc.getMap<Y.Map<unknown>>(kind).set(record.id, map)
        for (const [key, value] of Object.entries(record)) if (value !== undefined) map.set(key, value)
      }
    }
  })
  return Y.encodeStateAsUpdate(doc)
}

beforeAll(async () => {
  data = tempDir('qm-server-')
})

afterAll(async () => {
  for (const c of open.splice(0)) await closeClient(c).catch(() => undefined)
  await server?.stop()
})

describe('a project stored in the first team layout', () => {
  it('is moved into the current layout when the server loads it; a desk joins it whole and edits it', async () => {
    const art = article('The mayor said the budget would grow.')
    const ana = person('Ana Ruiz')
    const project: Project = { ...emptyProject('Old', 'p-old', '2026-01-01T00:00:00.000Z'), articles: [art], people: [ana], annotations: [tag(art, 0, 9, 'quote', { speakerId: ana.id })] }
    const db = openTeamDb(data)
    db.prepare('INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?)').run('old', Buffer.from(oldLayoutState(project)), new Date().toISOString())
    db.close()
    const token = member(data, 'old', 'ana')
    server = await startServer(data)

    const desk = await newClient('old-desk', server.url, token)
    open.push(desk)
    await desk.sync.settled()
    await waitFor('the project', () => desk.store.project!.annotations.length === 1)
    expect(comparable(desk.store.project!)).toEqual(comparable(project))
    expect(hasLegacy(desk.sync.doc)).toBe(false)
    expect(recordsMap(desk.sync.doc, 'annotations').size).toBe(1)

    const second = tag(art, 10, 16, 'claim')
    expect(desk.store.applyTrusted({ type: 'annotation.add', annotation: second }, { origin: 'window' }).ok).toBe(true)
    await desk.sync.settled()
    await closeClient(open.pop()!)
    await server.stop()

    const stored = new DocumentStorage(openTeamDb(data)).load('old')!
    const doc = new Y.Doc()
    Y.applyUpdate(doc, stored)
    expect(hasLegacy(doc)).toBe(false)
    expect([...recordsMap(doc, 'annotations').keys()].sort()).toEqual([project.annotations[0]!.id, second.id].sort())
  })
})
