/**
 * The shapes the store speaks in: its options (and their defaults, filled in
 * one place), what it hands out of the open project (a snapshot), what its
 * listeners hear after every change, and the outcome of a command.
 */
import type { SaveStatus } from '../core/api'
import type { Command } from '../core/commands'
import { nowIso } from '../core/ids'
import type { Project } from '../core/schema'
import { BACKUP_INTERVAL_MS, MAX_BACKUPS } from './backups'
import { nodeFs, type DurableFs } from './durableWrite'
import type { FileWatcherOptions } from './fileWatcher'
import { parseInThread, type ProjectParser } from './offThread'
import { MAX_PROJECT_BYTES } from './projectReader'
import { DEFAULT_DEBOUNCE_MS, DEFAULT_RETRY_DELAYS_MS } from './saveScheduler'

export type ProjectStoreOptions = {
  /** Quiet time after the last change before saving. */
  debounceMs?: number
  /** Waits before retrying a failed save: the first failure waits the first, and so on; the last repeats. */
  retryDelaysMs?: readonly number[]
  now?: () => string
  /** Milliseconds since the epoch: names backups and paces them. */
  clock?: () => number
  /** Larger files are refused without being read. */
  maxFileBytes?: number
  /** Where backups go (<data folder>/backups); none are kept without it. See also useBackupsFolder. */
  backupsDir?: string | null
  backupIntervalMs?: number
  maxBackups?: number
  /** Watch the open file for changes by others (default on; the command line turns it off). */
  watch?: boolean | FileWatcherOptions
  /** Where a file's text becomes a project: a worker in the app (offThread.ts); in this thread by default. */
  parser?: ProjectParser
  /** The file system saves go through (tests: to see the fsyncs). */
  fs?: DurableFs
}

/** The options with every default filled in; `watch` is null when the file is not watched. */
export type StoreSettings = Required<Omit<ProjectStoreOptions, 'watch' | 'backupsDir'>> & { watch: FileWatcherOptions | null }

export function storeSettings(options: ProjectStoreOptions): StoreSettings {
  const watch = options.watch
  return {
    debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    retryDelaysMs: options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS,
    now: options.now ?? nowIso,
    clock: options.clock ?? Date.now,
    maxFileBytes: options.maxFileBytes ?? MAX_PROJECT_BYTES,
    backupIntervalMs: options.backupIntervalMs ?? BACKUP_INTERVAL_MS,
    maxBackups: options.maxBackups ?? MAX_BACKUPS,
    watch: watch === false ? null : watch === true || watch === undefined ? {} : watch,
    parser: options.parser ?? parseInThread,
    fs: options.fs ?? nodeFs
  }
}

export type ApplyOutcome = { ok: true; revision: number; command: Command; commandId: string } | { ok: false; error: string; revision: number }

export type StoreSnapshot = { path: string; project: Project; revision: number; save: SaveStatus; /** Said once when opening, e.g. tags re-anchored in edited text. */ notice?: string; readOnly?: string; /** Tags found only approximately in edited text on opening, for the reporter to check. */ fuzzyIds?: string[] }

/** Where a change came from: the window's commands, main's own (merge, update, import), the file on disk, a restored backup, the team server (src/main/team). */
export type ChangeOrigin = 'window' | 'main' | 'disk' | 'restore' | 'team'

/** What every listener hears after a change passed the one door. */
export type StoreChange = { revision: number; origin: ChangeOrigin; /** The command that made it; null for a reload or a restore. */ command: Command | null; commandId: string | null; notice?: string }

export type Replace = { origin: ChangeOrigin; command?: Command; commandId?: string; notice?: string; /** False for a reload: the project is what the file holds. */ dirty?: boolean }
