/**
 * The team server's one SQLite file (<data>/quotemark-team.sqlite), opened
 * with better-sqlite3 in WAL mode with full fsync, so that several server
 * processes (scaled with Redis) can share it and a write that returned is on
 * disk. Three tables:
 * - members: who may open which project, with which role; the token's secret
 *   only as sha256(salt ‖ secret);
 * - documents: each project's Yjs state, compacted (written by the debounced
 *   store of @hocuspocus/extension-database);
 * - updates: every update the server applied, appended before the server
 *   acknowledges it, until a compacted state that holds it is written; the
 *   writer column names the process, which clears only its own.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'

export type TeamDb = Database.Database

export const DB_FILE = 'quotemark-team.sqlite'

export function openTeamDb(dataDir: string): TeamDb {
  const dir = resolve(dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const db = new Database(join(dir, DB_FILE))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.exec(`
    CREATE TABLE IF NOT EXISTS members (
      project TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
      salt BLOB NOT NULL, hash BLOB NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (project, name));
    CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, stored_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, writer TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);
  `)
  return db
}
