/**
 * Two server processes on one Redis (Debian's redis-server, started here on
 * 127.0.0.1) serve one project: a desk on each, and every change crosses.
 * Skipped, with the reason printed, where redis-server is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { checkProjectIntegrity } from '../../src/core/integrity'
import { emptyProject } from '../../src/core/schema'
import { article, closeClient, comparable, member, newClient, person, startServer, tag, tempDir, waitFor, type Client, type ServerProcess } from './support'

const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p))
if (!REDIS) console.log('Skipping the Redis test: redis-server is not installed (apt-get install redis-server).')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

async function startRedis(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(REDIS!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => (out += String(d)))
  await waitFor(`redis-server to start (${out})`, () => /Ready to accept connections/.test(out), 15_000)
  return { port, child }
}

const servers: ServerProcess[] = []
const clients: Client[] = []
let redis: ChildProcess | null = null

afterAll(async () => {
  for (const c of clients) await closeClient(c).catch(() => undefined)
  for (const s of servers) await s.stop()
  redis?.kill('SIGKILL')
})

describe.skipIf(!REDIS)('two server processes on one Redis', () => {
  it('carry every change from a desk on one to a desk on the other, both ways', async () => {
    const started = await startRedis()
    redis = started.child
    const data = tempDir('qm-redis-')
    for (let i = 0; i < 2; i++) servers.push(await startServer(data, ['--redis', `redis://127.0.0.1:${started.port}`]))
    const art = article('The chief said the bridge was safe. Engineers disagreed.')
    const ana = person('Ana')
    const seed = { ...emptyProject('R', 'p-redis', '2026-01-01T00:00:00.000Z'), articles: [art], people: [ana] }
    const one = await newClient('one', servers[0]!.url, member(data, 'scaled', 'one'), seed)
    clients.push(one)
    await one.sync.settled()
    const two = await newClient('two', servers[1]!.url, member(data, 'scaled', 'two'))
    clients.push(two)
    await two.sync.settled()
    await waitFor('the project on the second server', () => two.store.project!.articles.length === 1)

    one.store.applyUntrusted({ type: 'annotation.add', annotation: tag(art, 0, 35, 'quote', { speakerId: ana.id }) })
    await waitFor('a tag made on server one to reach server two', () => two.store.project!.annotations.length === 1)
    two.store.applyUntrusted({ type: 'annotation.add', annotation: tag(art, 36, 56, 'claim') })
    await waitFor('a tag made on server two to reach server one', () => one.store.project!.annotations.length === 2)
    expect(comparable(one.store.project!)).toEqual(comparable(two.store.project!))
    expect(checkProjectIntegrity(two.store.project!)).toBeNull()
  })
})
