/**
 * The store's failures, each with a message meant for the user (it names the
 * file), the words used to describe sizes and counts in them, and the other
 * messages the store gives: a refused command, a read-only newer file.
 */
import { basename } from 'node:path'
import type { LoadProblemCode } from '../core/projectFile'
import { PROJECT_EXTENSION } from '../core/schema'

export type StoreErrorCode = LoadProblemCode | 'unreadable' | 'missing' | 'too-large' | 'unsaved' | 'write-failed' | 'no-project' | 'changed-on-disk' | 'no-backups'

/** A failure with a message meant for the user (it names the file). */
export class ProjectStoreError extends Error {
  override name = 'ProjectStoreError'
  constructor(
    message: string,
    readonly code: StoreErrorCode,
    /** For write failures: the cause in a few words ("permission denied"). */
    readonly reason?: string
  ) {
    super(message)
  }
}

/** "812 bytes", "14 KB", "3.5 MB", "250 MB", "2.1 GB". */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB']
  ]
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size
      return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} ${unit}`
    }
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
}

/** "Story.quotemark.json" → "Story". */
export function projectNameFromPath(path: string): string {
  const name = basename(path)
  const lower = name.toLowerCase()
  if (lower.endsWith(PROJECT_EXTENSION)) return name.slice(0, -PROJECT_EXTENSION.length) || name
  if (lower.endsWith('.json')) return name.slice(0, -'.json'.length) || name
  return name
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Why a command from the window was refused: its first problem, and where in the command. */
export function invalidCommandMessage(issue: { path: PropertyKey[]; message: string } | undefined): string {
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : ''
  return `That change could not be applied: it is not a valid command${where}: ${issue?.message ?? 'invalid'}.`
}

/** Why a file a newer Quotemark wrote is open read-only. */
export function newerVersionNotice(file: string, fileVersion: number, ourVersion: number): string {
  return `${file} was made by a newer version of Quotemark (file format ${fileVersion}; this one writes format ${ourVersion}), so it is open read-only: nothing can be changed or saved. Update Quotemark to edit it.`
}

/** The open project could not be saved, so the store does not switch away from it. */
export function unsavedOnLeaving(path: string, err: unknown): ProjectStoreError {
  const reason = err instanceof ProjectStoreError && err.reason ? err.reason : (err as Error).message
  return new ProjectStoreError(`${basename(path)} has changes that could not be saved (${reason}), so it stays open. Use Save As to save it somewhere else.`, 'unsaved', reason)
}
