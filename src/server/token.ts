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

/**
 * The layout of the team document a desk reads and writes (src/main/team/yLayout.ts). A desk
 * sends it after its token (`qm1.….…~2`); the server refuses a desk that sends none, one built
 * before layout 2: it would see the project's records gone and empty its own file.
 */
export const WIRE_LAYOUT = 2

/** What a desk sends as its token: the token and the layout it speaks. */
export function wireToken(token: string): string {
  return `${token.trim()}~${WIRE_LAYOUT}`
}

/** The token and layout a desk sent (layout 1: none said, a desk from before layout 2). */
export function readWireToken(sent: string): { token: string; layout: number } {
  const m = /^(.*)~(\d{1,3})$/.exec(sent.trim())
  return m ? { token: m[1]!, layout: Number(m[2]) } : { token: sent, layout: 1 }
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
