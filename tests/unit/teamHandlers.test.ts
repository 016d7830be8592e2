/**
 * The team's channels as the window calls them, without a server: what the
 * contract accepts as a server's address and a token, the initials shown on
 * the article list, and the words Share and Join say when the server cannot
 * be reached, the token is not one, or no project is open.
 */
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { TeamStatusEvent } from '../../src/core/api'
import { checkInvokeArgs } from '../../src/core/apiArgs'
import { createHandlers } from '../../src/main/handlers'
import { initials } from '../../src/main/handlers/teamHandlers'
import { ProjectStore } from '../../src/main/projectStore'
import { Settings } from '../../src/main/settings'
import { ScriptedDialogs } from '../support/scriptedDialogs'
import { removeTempDirs, tempDir } from './helpers'

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url))
const TOKEN = `qm1.${Buffer.from('story').toString('base64url')}.${'a'.repeat(43)}`
const stores: ProjectStore[] = []

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined)
  await removeTempDirs()
})

async function app() {
  const dir = await tempDir('quotemark-team-')
  const store = new ProjectStore({ debounceMs: 20, watch: false })
  stores.push(store)
  const dialogs = new ScriptedDialogs()
  const statuses: TeamStatusEvent[] = []
  const handlers = createHandlers({ store, settings: await Settings.load(dir), dialogs, emit: (event, payload) => event === 'teamStatus' && statuses.push(payload as TeamStatusEvent), seedsDir, sampleDir: dir })
  return { handlers, store, dialogs, dir, statuses }
}

/** A port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as { port: number }).port
  await new Promise((ok) => server.close(ok))
  return port
}

describe('the team channels', () => {
  it('take a ws(s) address (an http(s) one as the same server) and refuse any other, and a token of bounded length', () => {
    expect(checkInvokeArgs('shareWithTeam', [{ url: ' http://127.0.0.1:1234 ', token: TOKEN }])).toEqual({ ok: true, args: [{ url: 'ws://127.0.0.1:1234', token: TOKEN }] })
    expect(checkInvokeArgs('joinTeamProject', [{ url: 'https://team.example.org/qm', token: TOKEN }])).toMatchObject({ ok: true, args: [{ url: 'wss://team.example.org/qm' }] })
    expect(checkInvokeArgs('shareWithTeam', [{ url: 'file:///etc/passwd', token: TOKEN }])).toMatchObject({ ok: false, error: expect.stringMatching(/ws:\/\/ or wss:\/\//) })
    expect(checkInvokeArgs('shareWithTeam', [{ url: 'ws://127.0.0.1:1234', token: 'x'.repeat(5000) }]).ok).toBe(false)
    expect(checkInvokeArgs('shareWithTeam', [{ url: 'ws://127.0.0.1:1234', token: '' }]).ok).toBe(false)
    expect(checkInvokeArgs('setTeamPresence', [null]).ok).toBe(true)
  })

  it('show a colleague as the initials of their first and last names', () => {
    expect(initials('Ana Lima')).toBe('AL')
    expect(initials('ben')).toBe('B')
    expect(initials('Maria da Silva Costa')).toBe('MC')
    expect(initials('  ')).toBe('?')
  })

  it('say what is wrong: no project open, not a token, a server that does not answer; the file stays unshared', async () => {
    const { handlers, store, dir, statuses } = await app()
    expect(await handlers.shareWithTeam({ url: 'ws://127.0.0.1:1234', token: TOKEN })).toEqual({ ok: false, error: expect.stringMatching(/Open a project first/) })
    await store.create(join(dir, 'mine.quotemark.json'))
    expect(await handlers.shareWithTeam({ url: 'ws://127.0.0.1:1234', token: 'hello' })).toEqual({ ok: false, error: expect.stringMatching(/not a Quotemark team token/) })
    const port = await closedPort()
    const shared = await handlers.shareWithTeam({ url: `ws://127.0.0.1:${port}`, token: TOKEN })
    expect(shared).toEqual({ ok: false, error: `Could not reach the team server at ws://127.0.0.1:${port}. Is it running, and is the address right?` })
    expect(await handlers.getTeamStatus()).toEqual({ state: 'off', peers: [] })
    expect(statuses.every((s) => s.state === 'off')).toBe(true)
  })

  it('join asks for no file when the server cannot be reached', async () => {
    const { handlers, dialogs, dir } = await app()
    dialogs.newProjectPaths.push(join(dir, 'copy'))
    const result = await handlers.joinTeamProject({ url: `ws://127.0.0.1:${await closedPort()}`, token: TOKEN })
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Could not reach/) })
    expect(dialogs.newProjectPaths).toHaveLength(1)
  })
})
