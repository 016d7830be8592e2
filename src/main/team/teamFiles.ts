/**
 * What a shared project keeps beside its file, so work goes on offline and
 * the team is found again:
 * - `<name>.quotemark-team`: the Yjs state of the team document (binary,
 *   Y.encodeStateAsUpdate), written after every change; changes made offline
 *   are in it and are sent when the connection returns;
 * - `<name>.quotemark-team.json`: the server's address, the project's name
 *   there and the member's token (readable by its owner only: the token is
 *   the key to the project).
 * The project file itself stays what it always was, readable by every tool.
 */
import { chmod, readFile } from 'node:fs/promises'
import { writeFileDurable } from '../durableWrite'

export type TeamLink = { url: string; project: string; token: string }

export function teamBase(projectPath: string): string {
  return projectPath.replace(/\.quotemark\.json$/i, '').replace(/\.json$/i, '')
}

export const teamStatePath = (projectPath: string): string => `${teamBase(projectPath)}.quotemark-team`
export const teamLinkPath = (projectPath: string): string => `${teamBase(projectPath)}.quotemark-team.json`

export async function readTeamState(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

export async function writeTeamState(path: string, state: Uint8Array): Promise<void> {
  await writeFileDurable(path, state)
}

export async function readTeamLink(projectPath: string): Promise<TeamLink | null> {
  try {
    const data = JSON.parse(await readFile(teamLinkPath(projectPath), 'utf8')) as Partial<TeamLink>
    return typeof data.url === 'string' && typeof data.project === 'string' && typeof data.token === 'string' ? { url: data.url, project: data.project, token: data.token } : null
  } catch {
    return null
  }
}

export async function writeTeamLink(projectPath: string, link: TeamLink): Promise<void> {
  const path = teamLinkPath(projectPath)
  await writeFileDurable(path, new TextEncoder().encode(JSON.stringify(link, null, 2) + '\n'))
  await chmod(path, 0o600)
}
