/**
 * The store's failures, each with a message meant for the user (it names the
 * file), and the words used to describe sizes and counts in them.
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
