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
 * empty or short. This is steno's protocol with the two syncs added, and its
 * temp name (`.<name>.tmp`, one per file), so a process killed between the
 * write and the rename leaves at most one temp file, which the next save
 * reuses; the rename is retried the way steno retries it (on Windows a virus
 * scanner or a sync client may hold the target for a moment).
 *
 * The file system is injectable so that a test can see the syncs happen in
 * the right order (tests/unit/durableWrite.test.ts).
 */
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The calls this module makes (node:fs/promises has them all). */
export type DurableFs = {
  open(path: string, flags: string): Promise<DurableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}
export type DurableHandle = {
  write(data: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

export const nodeFs: DurableFs = {
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path)
}

/** Where the bytes wait before the rename: `.Story.quotemark.json.tmp` beside `Story.quotemark.json` (steno's name). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp`)
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
  const temp = tempPathFor(path)
  try {
    const handle = await fs.open(temp, 'w')
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
