/**
 * Members of projects on a team server and the check of their tokens. A
 * member is (project, name, role); adding a member again gives them a new
 * token and the old one stops working. Secrets are compared as salted
 * SHA-256 hashes in constant time; a token is looked up only among the
 * members of the project it is used for, so it never opens another one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { TeamDb } from './db'
import { isProjectName, makeToken, parseToken } from './token'

export const roles = ['editor', 'viewer'] as const
export type Role = (typeof roles)[number]

export type Member = { project: string; name: string; role: Role }

const hashOf = (salt: Buffer, secret: string): Buffer => createHash('sha256').update(salt).update(secret, 'utf8').digest()

/** Add (or re-issue) a member; returns the token, shown once. */
export function addMember(db: TeamDb, project: string, name: string, role: Role, now = new Date().toISOString()): string {
  if (!isProjectName(project)) throw new Error(`"${project}" is not a project name: use letters, digits, dots, dashes and underscores (at most 128).`)
  if (!name.trim() || name.length > 200) throw new Error('A member needs a name of 1 to 200 characters.')
  if (!roles.includes(role)) throw new Error(`The role must be editor or viewer, not "${role}".`)
  const { token, secret } = makeToken(project)
  const salt = randomBytes(16)
  db.prepare('INSERT OR REPLACE INTO members (project, name, role, salt, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(project, name.trim(), role, salt, hashOf(salt, secret), now)
  return token
}

export function removeMember(db: TeamDb, project: string, name: string): boolean {
  return db.prepare('DELETE FROM members WHERE project = ? AND name = ?').run(project, name).changes > 0
}

export function listMembers(db: TeamDb, project: string): Member[] {
  return db.prepare('SELECT project, name, role FROM members WHERE project = ? ORDER BY name').all(project) as Member[]
}

/** The member a token belongs to in `project` (the document asked for), or null. */
export function memberForToken(db: TeamDb, project: string, token: string): Member | null {
  const parsed = parseToken(token)
  if (!parsed || parsed.project !== project) return null
  const rows = db.prepare('SELECT project, name, role, salt, hash FROM members WHERE project = ?').all(project) as Array<Member & { salt: Buffer; hash: Buffer }>
  let found: Member | null = null
  for (const row of rows) {
    // Every row is compared, so the time taken does not say which member matched.
    if (timingSafeEqual(hashOf(row.salt, parsed.secret), row.hash) && !found) found = { project: row.project, name: row.name, role: row.role }
  }
  return found
}
