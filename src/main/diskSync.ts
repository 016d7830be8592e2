/**
 * Taking in someone else's change to the open file. The file on disk is
 * shared with others (a sync client, a colleague on a shared drive); the
 * store remembers a fingerprint of what it last read or wrote, and this
 * compares the file with it whenever the watcher or a save asks:
 * - the same content: nothing to do (a touch, a copy back, our own write);
 * - a real change and nothing unsaved: reloaded;
 * - a real change and unsaved changes: merged with them (mergeProjects);
 * - a version that cannot be loaded (cut short by a half-finished copy, a
 *   newer format, not a project): never loaded and never written over; the
 *   store refuses to save until it can be read again (or Save As / restore).
 * A reload or a merge reaches the project through the store's one door
 * (`replaceProject`), like every other change.
 */
import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { applyCommand } from '../core/commands'
import { mergeProjects, type MergeSummary } from '../core/merge'
import type { Project } from '../core/schema'
import { mergeChangeCount } from './mergeText'
import type { ProjectParser } from './offThread'
import type { SaveScheduler } from './saveScheduler'
import { projectOf, type OpenDoc } from './projectDoc'
import { decodeProjectText, fingerprintOf, readProjectBytes, sameBytes, sameStat, type Fingerprint } from './projectReader'
import { formatBytes, plural, ProjectStoreError } from './storeErrors'

/** What the notices call the file on disk when merging it with the changes in memory. */
export const DISK_SOURCE = 'the version on disk'

/** What happened when the open file changed on disk. */
export type DiskChange =
  | { kind: 'reloaded'; notice: string }
  | { kind: 'merged'; notice: string; summary: MergeSummary }
  | { kind: 'unreadable'; notice: string }

export type SyncOutcome = 'same' | 'reloaded' | 'merged' | 'blocked' | 'unblocked'

/** What disk sync needs of the store. */
export type DiskSyncHost = {
  readonly maxFileBytes: number
  readonly parser: ProjectParser
  readonly hasUnsavedChanges: boolean
  now(): string
  /** The store's one door: `dirty` false for a reload (the project is what the file holds). */
  replaceProject(project: Project, change: { origin: 'disk'; notice: string; dirty: boolean }): void
  announce(doc: OpenDoc, change: DiskChange): void
}

/** Compare the file on disk with what the store last read or wrote, and take in someone else's change. Never throws. */
export async function syncWithDisk(doc: OpenDoc, host: DiskSyncHost): Promise<SyncOutcome> {
  let info: Stats
  try {
    info = await stat(doc.path)
  } catch {
    // Gone (moved, deleted, a sync client between delete and create) or out of reach: nothing to take in; a save writes it again.
    return 'same'
  }
  if (!info.isFile()) return 'same'
  if (doc.disk && sameStat(info, doc.disk)) return 'same'
  if (doc.blocked && sameStat(info, doc.blocked)) return 'same'

  let read: { bytes: Buffer; info: Stats }
  try {
    read = await readProjectBytes(doc.path, host.maxFileBytes)
  } catch (err) {
    if (err instanceof ProjectStoreError && err.code === 'too-large') {
      return block(doc, host, fingerprintOf(info, null), `${basename(doc.path)} changed on disk, and the new version is ${formatBytes(info.size)}, more than a Quotemark project can be.`)
    }
    return 'same' // could not read it just now; the next check tries again
  }
  const seen = fingerprintOf(read.info, read.bytes)
  if (sameBytes(read.bytes, doc.disk)) {
    doc.disk = seen
    if (!doc.blocked) return 'same'
    doc.blocked = null
    return 'unblocked'
  }
  if (doc.blocked && sameBytes(read.bytes, doc.blocked)) {
    doc.blocked = { ...seen, message: doc.blocked.message }
    return 'same'
  }
  let text: string
  try {
    text = decodeProjectText(read.bytes, basename(doc.path))
  } catch (err) {
    return block(doc, host, seen, `${basename(doc.path)} changed on disk, and the new version ${(err as Error).message.replace(/^.*? cannot be opened: /, 'cannot be opened: ')}`)
  }
  return takeIn(doc, host, seen, text)
}

/** A real change on disk: reload it, or merge it with the unsaved changes. */
async function takeIn(doc: OpenDoc, host: DiskSyncHost, seen: Fingerprint, text: string): Promise<SyncOutcome> {
  const name = basename(doc.path)
  const result = await host.parser(text, name)
  if (!result.ok) {
    // "Story.quotemark.json is empty or cut short: …" → "Story.quotemark.json changed on disk, and the new version is empty or cut short: …"
    const what = result.message.startsWith(`${name} `) ? `the new version ${result.message.slice(name.length + 1)}` : `the new version cannot be opened: ${result.message}`
    return block(doc, host, seen, `${name} changed on disk, and ${what}`)
  }
  doc.blocked = null
  if (!host.hasUnsavedChanges) {
    const notice = `${name} changed on disk: reloaded.`
    doc.disk = seen
    host.replaceProject(result.project, { origin: 'disk', notice, dirty: false })
    host.announce(doc, { kind: 'reloaded', notice })
    return 'reloaded'
  }
  const mine = projectOf(doc)
  const merged = mergeProjects(mine, result.project, { source: DISK_SOURCE, now: host.now() })
  const count = mergeChangeCount(merged.summary)
  const notice =
    count > 0
      ? `${name} changed on disk: merged ${plural(count, 'change')} from the version on disk with yours.`
      : `${name} changed on disk: it had nothing your version lacks, so yours is kept.`
  if (merged.command) {
    const applied = applyCommand(mine, merged.command)
    if (!applied.ok) {
      return block(doc, host, seen, `${name} changed on disk, and Quotemark could not combine that version with your unsaved changes (${applied.error.replace(/\.$/, '')}).`)
    }
    host.replaceProject(applied.project, { origin: 'disk', notice, dirty: true })
  }
  doc.disk = seen
  host.announce(doc, { kind: 'merged', notice, summary: merged.summary })
  return 'merged'
}

function block(doc: OpenDoc, host: DiskSyncHost, seen: Fingerprint, what: string): SyncOutcome {
  const message = `${what} Quotemark keeps the version you have open and will not save over that file until it can be read again; use Save As to keep your version in another file.`
  doc.blocked = { ...seen, message }
  host.announce(doc, { kind: 'unreadable', notice: message })
  return 'blocked'
}

/** The save status after a check the watcher asked for. */
export function settleAfterSync(outcome: SyncOutcome, doc: OpenDoc, saves: SaveScheduler, now: string): void {
  if (outcome === 'reloaded') return saves.reset({ state: 'saved', savedAt: now })
  if (outcome === 'merged' || outcome === 'unblocked') {
    // Theirs is in memory with ours: save the two together (or, unblocked, what was waiting).
    const dirty = saves.dirty
    saves.reset({ state: 'saved', savedAt: now })
    if (dirty) saves.changed()
    return
  }
  if (outcome === 'blocked' && doc.blocked) saves.setStatus({ state: 'error', error: doc.blocked.message })
}
