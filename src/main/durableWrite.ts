/**
 * Writing a file so that it survives a crash AND a power cut: the new bytes
 * go to a temp file beside the target, are forced to the disk (fsync), and
 * only then renamed over the target; then the folder is forced to the disk
 * too, so the rename itself is not lost. At every moment the target is the
 * whole old file or the whole new one, never half of either, and once the
 * promise resolves the new one is on the disk, not just in the page cache.
 *
 * steno (lowdb's writer) does the temp file and the rename but no fsync: after
 * an OS crash or a power cut, ext4, XFS or APFS can show the renamed file
 * empty or short. This is steno's protocol with the two syncs added; the
 * rename is retried the way steno retries it (on Windows a virus scanner or a
 * sync client may hold the target for a moment).
 *
 * The temp file's name is not steno's fixed `.<name>.tmp`: in a folder others
 * can write to, a link planted at a name known in advance would make the save
 * write through it, over any file the user can write. It is
 * `.<name>.<16 random hex digits>.tmp`, created with 'wx' (fail if anything,
 * a link included, is already there). A process killed between the write and
 * the rename leaves its temp file behind; the next process's first save of
 * that file clears such leftovers (and steno's old `.<name>.tmp`) before it
 * writes its own, so at most one is ever left.
 *
 * The file system is injectable so that a test can see the syncs happen in
 * the right order (tests/unit/durableWrite.test.ts).
 */
import { randomBytes } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The calls this module makes (node:fs/promises has them all). */
export type DurableFs = {
  open(path: string, flags: string): Promise<DurableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** The names in a folder; without it, leftover temp files are not cleared. */
  readdir?(path: string): Promise<string[]>
}
export type DurableHandle = {
  write(data: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

export const nodeFs: DurableFs = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readdir: (path) => fsp.readdir(path)
}

/** Where the bytes wait before the rename: `.Story.quotemark.json.<16 random hex digits>.tmp` beside `Story.quotemark.json`, new each time. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`)
}

/** A temp file of a save of `name` (this module's, or steno's fixed name). */
function isTempOf(name: string, entry: string): boolean {
  const prefix = `.${name}.`
  if (!entry.startsWith(prefix)) return false
  const rest = entry.slice(prefix.length)
  return rest === 'tmp' || /^[0-9a-f]{16}\.tmp$/.test(rest)
}

/** Files whose leftovers were cleared in this process: once each is enough (a save that fails removes its own). */
const cleared = new Set<string>()

/**
 * Remove temp files an earlier, killed save of `path` left beside it. Best
 * effort: unlink removes a link itself, never what it points to.
 */
async function clearLeftovers(fs: DurableFs, path: string): Promise<void> {
  if (!fs.readdir || cleared.has(path)) return
  cleared.add(path)
  const name = basename(path)
  const entries = await fs.readdir(dirname(path)).catch(() => [] as string[])
  for (const entry of entries) if (isTempOf(name, entry)) await fs.unlink(join(dirname(path), entry)).catch(() => undefined)
}

const RENAME_TRIES = 10
const RENAME_DELAY_MS = 100

/**
 * Errors from fsync on a folder that mean "this platform or file system does
 * not do that" rather than "the data is not safe": Windows cannot open a
 * folder as a file (EISDIR) or refuses (EPERM, EACCES); some network and FUSE
 * file systems answer EINVAL or ENOTSUP. The file itself was synced.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF'])

/**
 * Write `data` to `path` atomically and durably (see above). Rejects with the
 * file system's error, the target then unchanged; or, when only the folder
 * sync failed after the rename, with a FolderSyncError (the target is new).
 */
export async function writeFileDurable(path: string, data: Uint8Array, fs: DurableFs = nodeFs): Promise<void> {
  // Before this save's own temp file exists, so a kill during it leaves at most that one behind.
  await clearLeftovers(fs, path)
  const temp = tempPathFor(path)
  // Not opened: nothing of ours to remove (and whatever is at that name is not ours to remove).
  const handle = await fs.open(temp, 'wx')
  try {
    try {
      let offset = 0
      while (offset < data.length) {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset, null)
        offset += bytesWritten
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, temp, path)
  } catch (err) {
    // Nothing of this save reached the target: leave no temp file behind either.
    await fs.unlink(temp).catch(() => undefined)
    throw err
  }
  await syncFolder(fs, dirname(path))
}

async function renameWithRetry(fs: DurableFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (err) {
      if (attempt >= RENAME_TRIES) throw err
      await new Promise((resolve) => setTimeout(resolve, RENAME_DELAY_MS))
    }
  }
}

/**
 * The new file is in place (renamed over the target) but its folder could not
 * be synced, so the rename may not survive a power cut. The caller knows the
 * target now holds the new bytes, and should try again. `code` and `cause`
 * are the file system's.
 */
export class FolderSyncError extends Error {
  override name = 'FolderSyncError'
  readonly code: string | undefined
  constructor(readonly folder: string, override readonly cause: unknown) {
    super(`could not sync the folder ${folder}: ${(cause as Error)?.message ?? String(cause)}`)
    this.code = (cause as NodeJS.ErrnoException)?.code
  }
}

const unsupported = (err: unknown): boolean => FOLDER_SYNC_UNSUPPORTED.has((err as NodeJS.ErrnoException)?.code ?? '')

/** fsync the folder, so the rename (a change to the folder) is on the disk too. */
async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
  let handle: DurableHandle
  try {
    handle = await fs.open(folder, 'r')
  } catch (err) {
    if (unsupported(err)) return
    throw new FolderSyncError(folder, err)
  }
  try {
    await handle.sync()
  } catch (err) {
    if (!unsupported(err)) throw new FolderSyncError(folder, err)
  } finally {
    await handle.close().catch(() => undefined)
  }
}
