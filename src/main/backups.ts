/**
 * Previous versions of a project file, kept in the app's data folder:
 *
 *   <data folder>/backups/<name>-<hash of the project's path>/<time>.quotemark.json
 *
 * The folder is named after the file's path (hashed), not the project id: a
 * Save As copy and a colleague's copy share the id, and each file keeps its
 * own history. The readable stem only helps someone browsing the folder.
 *
 * A backup id is the file's time stamp ("2026-01-10T09-00-00-000Z", with
 * "-2", "-3"… when two land in the same millisecond). Ids from the renderer
 * are checked against that exact pattern and then looked up among the files
 * that are there, so no id can name a file outside the folder.
 *
 * Writes go to a temp file first and are renamed into place, so a backup is
 * never half a file. Only the newest `keep` are kept. Plain Node.
 */
import { createHash, randomBytes } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { PROJECT_EXTENSION } from '../core/schema'

export const BACKUPS_FOLDER = 'backups'
export const MAX_BACKUPS = 10
/** At most one automatic backup per this much time of saving. */
export const BACKUP_INTERVAL_MS = 60_000

const ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,4})?$/

export type BackupEntry = {
  id: string
  /** When this version was saved to the project file (or, for a version that was never saved, when it was backed up). */
  savedAt: string
  /** Bytes. */
  size: number
  /** How many tags the version holds (0 when it cannot be read as JSON). */
  tags: number
  /** Absolute path of the backup file (main only, never sent to the window). */
  path: string
}

export function isBackupId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id)
}

function stampOf(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-')
}

/** "Story.quotemark.json" → "Story", kept to letters, digits, spaces, dots, dashes and underscores. */
function readableStem(projectPath: string): string {
  let name = basename(projectPath)
  if (name.toLowerCase().endsWith(PROJECT_EXTENSION)) name = name.slice(0, -PROJECT_EXTENSION.length)
  else if (name.toLowerCase().endsWith('.json')) name = name.slice(0, -'.json'.length)
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^\w .-]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 40)
  return cleaned || 'project'
}

/** Paths compare case-insensitively where the file system usually does. */
function pathKey(path: string): string {
  const full = resolve(path)
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full
}

export class Backups {
  private readonly tagCounts = new Map<string, { size: number; mtimeMs: number; tags: number }>()

  constructor(
    /** The backups folder itself (<data folder>/backups). */
    readonly root: string,
    readonly keep: number = MAX_BACKUPS,
    private readonly clock: () => number = Date.now
  ) {}

  /** The folder holding the backups of the project file at `projectPath`. */
  folderFor(projectPath: string): string {
    const hash = createHash('sha256').update(pathKey(projectPath)).digest('hex').slice(0, 16)
    return join(this.root, `${readableStem(projectPath)}-${hash}`)
  }

  /** Copy the file at `projectPath` as it is on disk. Resolves to the new id, or null when there is no file (or none smaller than `maxBytes`) to copy. */
  async copyFile(projectPath: string, maxBytes = Number.POSITIVE_INFINITY): Promise<string | null> {
    let info
    try {
      info = await stat(projectPath)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    if (!info.isFile() || info.size > maxBytes) return null
    return this.store(projectPath, (temp) => copyFile(projectPath, temp), info.mtime)
  }

  /** Keep `text` (a version that may never have been saved, e.g. before a restore) as a backup. */
  async keepText(projectPath: string, text: string): Promise<string> {
    return this.store(projectPath, (temp) => writeFile(temp, text, { encoding: 'utf8', flag: 'wx' }), new Date(this.clock()))
  }

  /** The backups of `projectPath`, newest first. */
  async list(projectPath: string): Promise<BackupEntry[]> {
    const folder = this.folderFor(projectPath)
    let names: string[]
    try {
      names = await readdir(folder)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw err
    }
    const ids = names
      .filter((n) => n.endsWith(PROJECT_EXTENSION))
      .map((n) => n.slice(0, -PROJECT_EXTENSION.length))
      .filter(isBackupId)
      .sort(compareIds)
      .reverse()
    const entries: BackupEntry[] = []
    for (const id of ids) {
      const path = join(folder, id + PROJECT_EXTENSION)
      try {
        const info = await stat(path)
        if (!info.isFile()) continue
        entries.push({ id, savedAt: info.mtime.toISOString(), size: info.size, tags: await this.countTags(path, info.size, info.mtimeMs), path })
      } catch {
        // removed meanwhile
      }
    }
    return entries
  }

  /** The path of backup `id` of `projectPath`, or null when `id` is not one of its backups. */
  async find(projectPath: string, id: unknown): Promise<string | null> {
    if (!isBackupId(id)) return null
    const entry = (await this.list(projectPath)).find((e) => e.id === id)
    return entry ? entry.path : null
  }

  private async store(projectPath: string, fill: (temp: string) => Promise<void>, savedAt: Date): Promise<string> {
    const folder = this.folderFor(projectPath)
    await mkdir(folder, { recursive: true })
    const existing = new Set(await readdir(folder))
    const stamp = stampOf(this.clock())
    let id = stamp
    for (let n = 2; existing.has(id + PROJECT_EXTENSION); n++) id = `${stamp}-${n}`
    const target = join(folder, id + PROJECT_EXTENSION)
    const temp = join(folder, `.${id}.${randomBytes(4).toString('hex')}.tmp`)
    try {
      await fill(temp)
      await utimes(temp, savedAt, savedAt)
      await rename(temp, target)
    } catch (err) {
      await unlink(temp).catch(() => undefined)
      throw err
    }
    await this.prune(folder)
    return id
  }

  private async prune(folder: string): Promise<void> {
    const ids = (await readdir(folder))
      .filter((n) => n.endsWith(PROJECT_EXTENSION))
      .map((n) => n.slice(0, -PROJECT_EXTENSION.length))
      .filter(isBackupId)
      .sort(compareIds)
    for (const id of ids.slice(0, Math.max(0, ids.length - this.keep))) {
      await unlink(join(folder, id + PROJECT_EXTENSION)).catch(() => undefined)
      this.tagCounts.delete(join(folder, id + PROJECT_EXTENSION))
    }
  }

  private async countTags(path: string, size: number, mtimeMs: number): Promise<number> {
    const cached = this.tagCounts.get(path)
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.tags
    let tags = 0
    try {
      const doc = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as { annotations?: unknown }
      tags = Array.isArray(doc.annotations) ? doc.annotations.length : 0
    } catch {
      tags = 0
    }
    this.tagCounts.set(path, { size, mtimeMs, tags })
    return tags
  }
}

/** Time stamps sort as text; "-2" after the plain stamp of the same millisecond, "-10" after "-9". */
function compareIds(a: string, b: string): number {
  const [sa, na] = splitId(a)
  const [sb, nb] = splitId(b)
  return sa < sb ? -1 : sa > sb ? 1 : na - nb
}

function splitId(id: string): [string, number] {
  const stamp = id.slice(0, 24)
  const rest = id.slice(25)
  return [stamp, rest ? Number(rest) : 1]
}
