/**
 * Writing the open project to its file through lowdb (`low.write()`, the
 * durable adapter of projectDoc.ts), and what a failed write means: the
 * project stays in memory, the status says why in words, the scheduler tries
 * again. Also restoring a backup, which is a write of an earlier version.
 */
import { basename } from 'node:path'
import { serializeProject } from '../core/projectFile'
import type { Project } from '../core/schema'
import { isBackupId, type Backups } from './backups'
import { FolderSyncError } from './durableWrite'
import { describeFsError } from './fsErrors'
import { projectOf, type OpenDoc } from './projectDoc'
import { fingerprintWritten, loadProjectFile } from './projectReader'
import type { ProjectParser } from './offThread'
import type { SaveScheduler } from './saveScheduler'
import { ProjectStoreError } from './storeErrors'

type WriteHost = { saves: SaveScheduler; isOpen: (doc: OpenDoc) => boolean; now: () => string }

/** Write the project in memory to its file now (no disk check, no backup). */
export async function writeOpenDoc(doc: OpenDoc, host: WriteHost): Promise<void> {
  host.saves.dirty = false
  try {
    await doc.low.write()
  } catch (err) {
    // Renamed into place, but the folder could not be synced: the file is ours; say so, and save again.
    if (err instanceof FolderSyncError) doc.disk = await fingerprintWritten(doc.path, doc.adapter.written)
    const reason = describeFsError(err, true)
    const message = `Could not save ${basename(doc.path)}: ${reason}. Your changes are kept in Quotemark; it will try again.`
    if (host.isOpen(doc)) host.saves.failed(message)
    throw new ProjectStoreError(message, 'write-failed', reason)
  }
  doc.disk = await fingerprintWritten(doc.path, doc.adapter.written)
  if (host.isOpen(doc)) host.saves.succeeded(host.now())
}

/** The file as it was, kept before a save overwrites it: at the first save after opening, then at most once per interval. */
export async function backupBeforeWrite(doc: OpenDoc, options: { backups: Backups | null; intervalMs: number; maxFileBytes: number; at: number }): Promise<void> {
  const { backups, at } = options
  if (!backups || (doc.lastBackupAt !== null && at - doc.lastBackupAt < options.intervalMs)) return
  try {
    await backups.copyFile(doc.path, options.maxFileBytes)
    doc.lastBackupAt = at
  } catch (err) {
    // A backup that cannot be made must not stop the save it protects; the next save tries again.
    console.warn(`Quotemark could not back up ${doc.path}: ${(err as Error).message}`)
  }
}

/**
 * A save: take in someone else's newer save first (never write an older copy
 * over it), refuse while the version on disk cannot be read, keep a backup,
 * then write.
 */
export async function savePending(doc: OpenDoc, host: WriteHost & { sync: (doc: OpenDoc) => Promise<unknown>; backup: (doc: OpenDoc) => Promise<void> }): Promise<void> {
  await host.sync(doc)
  if (!host.isOpen(doc) || !host.saves.dirty) return
  if (doc.blocked) {
    const message = doc.blocked.message
    host.saves.failed(message)
    throw new ProjectStoreError(message, 'changed-on-disk', 'the file changed on disk and cannot be read')
  }
  host.saves.setStatus({ state: 'saving' })
  await host.backup(doc)
  if (!host.isOpen(doc)) return
  await writeOpenDoc(doc, host)
}

/** Write a new file for `doc`: creating one, or overwriting after the dialog confirmed it (the old file is backed up first). */
export async function writeNewDoc(doc: OpenDoc, backups: Backups | null, maxFileBytes: number): Promise<void> {
  // Nothing to keep, or it cannot be kept: the dialog has confirmed the overwrite.
  if (backups) await backups.copyFile(doc.path, maxFileBytes).catch(() => undefined)
  try {
    await doc.low.write()
  } catch (err) {
    throw new ProjectStoreError(`Could not write ${basename(doc.path)}: ${describeFsError(err, true)}.`, 'write-failed')
  }
  doc.disk = await fingerprintWritten(doc.path, doc.adapter.written)
}

export type RestoreHost = {
  backups: Backups | null
  maxFileBytes: number
  parser?: ProjectParser
  isOpen: (doc: OpenDoc) => boolean
  /** Take in what is on disk first (someone's newer save becomes part of the backup made now). */
  sync: (doc: OpenDoc) => Promise<unknown>
  enqueue: (task: () => Promise<void>) => Promise<void>
  /** Make the restored project the open one and write it. */
  replace: (project: Project) => Promise<void>
}

/**
 * Make backup `id` the content of `doc` and save it. The current version
 * (with unsaved changes, and anything saved on disk meanwhile) first becomes
 * a backup itself, so restoring that one again undoes the restore.
 */
export async function restoreBackupInto(doc: OpenDoc, id: unknown, host: RestoreHost): Promise<void> {
  const backups = host.backups
  if (!backups) throw new ProjectStoreError('Quotemark keeps no backups here.', 'no-backups')
  if (!isBackupId(id)) throw new ProjectStoreError('That is not a backup of this project.', 'invalid')
  const path = await backups.find(doc.path, id)
  if (!path) throw new ProjectStoreError(`There is no backup ${id} of ${basename(doc.path)} (it may have been replaced by newer ones).`, 'missing')
  let restored: Project
  try {
    restored = (await loadProjectFile(path, host.maxFileBytes, { parser: host.parser })).project
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(`${basename(path)} `, 'it ').replace(/^it cannot be opened: /, '') : String(err)
    throw new ProjectStoreError(`The backup ${id} of ${basename(doc.path)} cannot be restored: ${reason}`, err instanceof ProjectStoreError ? err.code : 'unreadable')
  }
  const closed = () => new ProjectStoreError('The project was closed before the backup could be restored.', 'no-project')
  await host.enqueue(async () => {
    if (!host.isOpen(doc)) throw closed()
    await host.sync(doc)
    if (!host.isOpen(doc)) throw closed()
    // A version on disk that cannot be read is kept as well: the restore writes over it.
    if (doc.blocked) await backups.copyFile(doc.path, host.maxFileBytes)
    await backups.keepText(doc.path, serializeProject(projectOf(doc)))
    await host.replace(restored)
  })
}
