/**
 * Who may open what on a team server: tokens are checked per project, a
 * viewer's changes are dropped, tokens are stored hashed, and the server
 * keeps to loopback unless told otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HocuspocusProvider } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyProject } from '../../src/core/schema'
import { DB_FILE } from '../../src/server/db'
import { parseToken, wireToken } from '../../src/server/token'
import { article, closeClient, member, newClient, SERVER_BIN, startServer, tag, tempDir, waitFor, type Client, type ServerProcess } from './support'

let server: ServerProcess
let data: string
const open: Client[] = []

beforeAll(async () => {
  data = tempDir('qm-auth-')
  server = await startServer(data)
})

afterAll(async () => {
  for (const c of open.splice(0)) await closeClient(c).catch(() => undefined)
  await server.stop()
})

/** A bare provider asking for `name` with `token` (sent as a desk of the current layout sends it): resolves to 'authenticated' or the refusal. */
function tryOpen(name: string, token: string, send = wireToken): Promise<string> {
  return new Promise((resolve) => {
    const provider = new HocuspocusProvider({
      url: server.url,
      name,
      document: new Y.Doc(),
      token: send(token),
      WebSocketPolyfill: WebSocket,
      onAuthenticated: () => finish('authenticated'),
      onAuthenticationFailed: ({ reason }) => finish(`refused: ${reason}`)
    } as ConstructorParameters<typeof HocuspocusProvider>[0])
    const finish = (what: string): void => {
      provider.destroy()
      resolve(what)
    }
  })
}

describe('the team server', () => {
  it('prints a token from add-member and opens the project with it, and with no other token', async () => {
    const token = execFileSync(process.execPath, [SERVER_BIN, 'add-member', 'desk-a', 'Ana', '--role', 'editor', '--data', data], { encoding: 'utf8' }).trim()
    expect(parseToken(token)?.project).toBe('desk-a')
    expect(await tryOpen('desk-a', token)).toBe('authenticated')
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    expect(await tryOpen('desk-a', forged)).toMatch(/^refused/)
    expect(await tryOpen('desk-a', 'not a token')).toMatch(/^refused/)
    // A desk built before team layout 2 (it sends the bare token) is refused: it would read the project as emptied.
    expect(await tryOpen('desk-a', token, (t) => t)).toMatch(/^refused/)
  })

  it('never opens another project with a member’s token', async () => {
    const tokenA = member(data, 'story-a', 'Ana')
    member(data, 'story-b', 'Ana')
    expect(await tryOpen('story-a', tokenA)).toBe('authenticated')
    expect(await tryOpen('story-b', tokenA)).toMatch(/^refused/)
  })

  it('keeps only salted hashes of tokens', async () => {
    const token = member(data, 'hashed', 'Bea')
    const secret = parseToken(token)!.secret
    const bytes = readFileSync(join(data, DB_FILE))
    expect(bytes.includes(Buffer.from(secret))).toBe(false)
  })

  it('drops a viewer’s changes: the editors never see them, and the viewer is told it is read-only', async () => {
    const art = article('Only editors change this.')
    const editor = await newClient('ed', server.url, member(data, 'viewed', 'Ed'), { ...emptyProject('V', 'pv', '2026-01-01T00:00:00.000Z'), articles: [art] })
    open.push(editor)
    await editor.sync.settled()
    const viewer = await newClient('vi', server.url, member(data, 'viewed', 'Vi', 'viewer'))
    open.push(viewer)
    await waitFor('the viewer to join', () => viewer.store.project!.articles.length === 1 && viewer.sync.currentStatus.state === 'online')
    expect(viewer.sync.currentStatus.readOnly).toBe(true)
    expect(viewer.store.applyUntrusted({ type: 'annotation.add', annotation: tag(art, 0, 4) }).ok).toBe(true)
    editor.store.applyUntrusted({ type: 'annotation.add', annotation: tag(art, 5, 12) })
    await editor.sync.settled()
    await new Promise((r) => setTimeout(r, 300))
    const late = await newClient('late', server.url, member(data, 'viewed', 'Late'))
    open.push(late)
    await late.sync.settled()
    for (const c of [editor, late]) expect(c.store.project!.annotations.map((t) => t.target.exact)).toEqual(['editors'])
  })

  it('refuses a connection with a wrong token: the desk says refused and receives nothing', async () => {
    member(data, 'guarded', 'Owner')
    const token = member(data, 'guarded', 'Owner')
    const wrong = token.slice(0, token.lastIndexOf('.') + 1) + 'x'.repeat(43)
    const intruder = await newClient('in', server.url, wrong)
    open.push(intruder)
    await waitFor('the refusal', () => intruder.sync.currentStatus.state === 'refused')
    expect(intruder.store.project!.articles).toHaveLength(0)
  })

  it('refuses to listen on a non-loopback address without --allow-remote', () => {
    const run = spawnSync(process.execPath, [SERVER_BIN, '--host', '0.0.0.0', '--data', data], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/Refusing to listen on 0\.0\.0\.0/)
  })
})
