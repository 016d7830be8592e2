/**
 * Team tokens: what a member pastes into Quotemark to reach a project on a
 * team server. A token reads `qm1.<project>.<secret>`: the project name
 * (base64url) so that joining needs only the server address and the token,
 * and 32 random bytes that the server keeps only as a salted SHA-256 hash.
 * The name in a token is a convenience, never a permission: the server looks
 * the secret up among that one project's members (members.ts).
 */
import { randomBytes } from 'node:crypto'

const PREFIX = 'qm1'
/** Project names on a server: letters, digits, dot, dash, underscore; they name the document. */
export const PROJECT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

export type ParsedToken = { project: string; secret: string }

export function isProjectName(name: string): boolean {
  return PROJECT_NAME.test(name)
}

export function makeToken(project: string): { token: string; secret: string } {
  const secret = randomBytes(32).toString('base64url')
  return { token: `${PREFIX}.${Buffer.from(project, 'utf8').toString('base64url')}.${secret}`, secret }
}

/** The project and secret in a token, or null when it is not a Quotemark team token. */
export function parseToken(token: string): ParsedToken | null {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || parts[0] !== PREFIX) return null
  const project = Buffer.from(parts[1]!, 'base64url').toString('utf8')
  const secret = parts[2]!
  if (!isProjectName(project) || !/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null
  return { project, secret }
}
