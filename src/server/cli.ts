/**
 * `quotemark-server`: start the team server, or manage a project's members.
 *
 *   quotemark-server [--host 127.0.0.1] [--port 1234] [--data DIR] [--redis redis://127.0.0.1:6379] [--allow-remote]
 *   quotemark-server add-member PROJECT NAME --role editor|viewer [--data DIR]
 *   quotemark-server remove-member PROJECT NAME [--data DIR]
 *   quotemark-server members PROJECT [--data DIR]
 */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openTeamDb } from './db'
import { addMember, listMembers, removeMember, roles, type Role } from './members'
import { DEFAULT_HOST, DEFAULT_PORT, startTeamServer } from './teamServer'

export const USAGE = `Usage:
  quotemark-server [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}] [--data DIR] [--redis URL] [--allow-remote] [--store-debounce MS]
  quotemark-server add-member PROJECT NAME --role editor|viewer [--data DIR]
  quotemark-server remove-member PROJECT NAME [--data DIR]
  quotemark-server members PROJECT [--data DIR]
The data folder defaults to $QUOTEMARK_SERVER_DATA or ~/.quotemark-server.`

export type Io = { out: (s: string) => void; err: (s: string) => void }

const options = {
  host: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  redis: { type: 'string' },
  role: { type: 'string' },
  'allow-remote': { type: 'boolean' },
  'store-debounce': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

/** 127.0.0.0/8, ::1 and localhost: the addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

class UsageError extends Error {}

function dataDir(value: string | undefined): string {
  return value ?? process.env.QUOTEMARK_SERVER_DATA ?? join(homedir(), '.quotemark-server')
}

function port(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`)
  return n
}

/** Runs a command; resolves to the exit code, or to null when the server keeps running. */
export async function runServerCli(argv: readonly string[], io: Io): Promise<number | null> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
    if (values.help) {
      io.out(USAGE)
      return 0
    }
    const [command, ...rest] = positionals
    const data = dataDir(values.data)
    if (command === 'add-member') {
      const [project, name] = rest
      if (!project || !name || rest.length > 2) throw new UsageError('add-member needs a PROJECT and a NAME.')
      const role = (values.role ?? '') as Role
      if (!roles.includes(role)) throw new UsageError('add-member needs --role editor or --role viewer.')
      const db = openTeamDb(data)
      try {
        io.out(addMember(db, project, name, role))
      } finally {
        db.close()
      }
      return 0
    }
    if (command === 'remove-member' || command === 'members') return manageMembers(command, rest, data, io)
    if (command !== undefined) throw new UsageError(`Unknown command "${command}".`)
    const host = values.host ?? DEFAULT_HOST
    if (!isLoopback(host) && !values['allow-remote']) {
      throw new UsageError(`Refusing to listen on ${host}: only this machine can reach ${DEFAULT_HOST}. Put a TLS reverse proxy in front of it, or pass --allow-remote if you know what you are doing.`)
    }
    const debounce = values['store-debounce'] === undefined ? undefined : Number(values['store-debounce'])
    const server = await startTeamServer({ host, port: port(values.port), dataDir: data, redisUrl: values.redis, storeDebounceMs: debounce, log: io.out })
    const stop = (): void => void server.stop().then(() => process.exit(0), () => process.exit(1))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return null
  } catch (err) {
    io.err(err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `${(err as Error).message}\n${USAGE}` : `quotemark-server: ${(err as Error).message}`)
    return 2
  }
}

function manageMembers(command: 'remove-member' | 'members', rest: string[], data: string, io: Io): number {
  const db = openTeamDb(data)
  try {
    if (command === 'members') {
      if (rest.length !== 1) throw new UsageError('members needs a PROJECT.')
      for (const m of listMembers(db, rest[0]!)) io.out(`${m.name}\t${m.role}`)
      return 0
    }
    if (rest.length !== 2) throw new UsageError('remove-member needs a PROJECT and a NAME.')
    const removed = removeMember(db, rest[0]!, rest[1]!)
    io.err(removed ? `${rest[1]} can no longer open ${rest[0]}.` : `${rest[1]} is not a member of ${rest[0]}.`)
    return removed ? 0 : 1
  } finally {
    db.close()
  }
}
