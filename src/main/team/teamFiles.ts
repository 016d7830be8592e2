/**
 * What a shared project keeps beside its file, so work goes on offline and
 * the team is found again:
 * - `<name>.quotemark-team`: the Yjs state of the team document, as frames
 *   (a 4-byte length, then a Yjs update): the whole state first, then each
 *   batch of changes appended as it happens (a 20 MB project is not rewritten
 *   for one tag), compacted into one frame when the desk closes the project.
 *   Changes made offline are in it and are sent when the connection returns.
 *   A frame cut short by a crash is ignored;
 * - `<name>.quotemark-team.json`: the server's address, the project's name
 *   there and the member's token (readable by its owner only: the token is
 *   the key to the project).
 * The project file itself stays what it always was, readable by every tool.
 */
import { appendFile, chmod, readFile } from 'node:fs/promises'
import { writeFileDurable } from '../durableWrite'

/** `viewer`: the server said this token is a viewer's (so the project opens read-only before the connection is back). */
export type TeamLink = { url: string; project: string; token: string; viewer?: boolean }

export function teamBase(projectPath: string): string {
  return projectPath.replace(/\.quotemark\.json$/i, '').replace(/\.json$/i, '')
}

export const teamStatePath = (projectPath: string): string => `${teamBase(projectPath)}.quotemark-team`
export const teamLinkPath = (projectPath: string): string => `${teamBase(projectPath)}.quotemark-team.json`

/** The updates in a state file (null when there is none); a last frame cut short is left out. */
export async function readTeamState(path: string): Promise<Uint8Array[] | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  const updates: Uint8Array[] = []
  let at = 0
  while (at + 4 <= bytes.length) {
    const length = bytes.readUInt32BE(at)
    if (at + 4 + length > bytes.length) break
    updates.push(new Uint8Array(bytes.subarray(at + 4, at + 4 + length)))
    at += 4 + length
  }
  return updates
}

function frame(update: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + update.length)
  new DataView(out.buffer).setUint32(0, update.length)
  out.set(update, 4)
  return out
}

/** Replace the file with one frame holding the whole state (durably). */
export async function writeTeamState(path: string, state: Uint8Array): Promise<void> {
  await writeFileDurable(path, frame(state))
}

/** Append one batch of changes. */
export async function appendTeamUpdate(path: string, update: Uint8Array): Promise<void> {
  await appendFile(path, frame(update))
}

export async function readTeamLink(projectPath: string): Promise<TeamLink | null> {
  try {
    const data = JSON.parse(await readFile(teamLinkPath(projectPath), 'utf8')) as Partial<TeamLink>
    if (typeof data.url !== 'string' || typeof data.project !== 'string' || typeof data.token !== 'string') return null
    return { url: data.url, project: data.project, token: data.token, ...(data.viewer === true ? { viewer: true } : {}) }
  } catch {
    return null
  }
}

export async function writeTeamLink(projectPath: string, link: TeamLink): Promise<void> {
  const path = teamLinkPath(projectPath)
  await writeFileDurable(path, new TextEncoder().encode(JSON.stringify(link, null, 2) + '\n'))
  await chmod(path, 0o600)
}
