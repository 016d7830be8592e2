/**
 * One open project file: lowdb's `Low` over a durable adapter, and what the
 * store knows of the file beside it.
 *
 * `low.data` IS the open project. The adapter reads through loadProjectFile
 * (size check, parse, migrations, validation, re-anchoring), so nothing
 * unvalidated gets in, and writes serializeProject's bytes (assembled by
 * ProjectBytes from the kept bytes of every unchanged record) with
 * writeFileDurable: a temp file, fsync, rename, fsync of the folder. A crash
 * or a power cut mid-save leaves the previous file intact. (lowdb's own
 * DataFile writes through steno, which does not fsync.)
 */
import { Low, type Adapter } from 'lowdb'
import type { Project } from '../core/schema'
import { writeFileDurable, type DurableFs } from './durableWrite'
import type { FileWatcher } from './fileWatcher'
import type { ProjectParser } from './offThread'
import type { ProjectBytes } from './projectBytes'
import { loadProjectFile, type Fingerprint, type LoadedFile } from './projectReader'

/** lowdb's adapter for one project file: reads validated, writes durably. */
export class DurableProjectAdapter implements Adapter<Project> {
  /** The bytes of the last write begun (the file's content once it resolves). */
  written: Buffer = Buffer.alloc(0)
  /** What the last read found besides the project (fingerprint, re-anchoring, a newer format). */
  loaded: LoadedFile | null = null

  constructor(
    readonly path: string,
    private readonly serializer: ProjectBytes,
    private readonly fs: DurableFs,
    private readonly readOptions: { maxBytes: number; allowNewer?: boolean; parser?: ProjectParser }
  ) {}

  /** Throws a ProjectStoreError naming the file and its problem; a file that fails to load is never written. */
  async read(): Promise<Project> {
    this.loaded = await loadProjectFile(this.path, this.readOptions.maxBytes, this.readOptions)
    return this.loaded.project
  }

  write(project: Project): Promise<void> {
    this.written = this.serializer.bytes(project)
    return writeFileDurable(this.path, this.written, this.fs)
  }
}

export type OpenDoc = {
  path: string
  /** `low.data` is the open project. */
  low: Low<Project>
  adapter: DurableProjectAdapter
  /** The file as this store last read or wrote it; null when unknown (forces a full check). */
  disk: Fingerprint | null
  /** A version on disk that could not be loaded and must not be written over. */
  blocked: (Fingerprint & { message: string }) | null
  /** Clock time of the last backup made for this file in this session. */
  lastBackupAt: number | null
  watcher: FileWatcher | null
  /** Set while switching away: changes found on disk then are merged and saved, but not announced. */
  leaving: boolean
  /** Why this file may be read but never written (made by a newer Quotemark); null for a normal file. */
  readOnly: string | null
}

export function projectOf(doc: OpenDoc): Project {
  return doc.low.data
}

export function newDoc(adapter: DurableProjectAdapter, project: Project, disk: Fingerprint | null): OpenDoc {
  return { path: adapter.path, low: new Low<Project>(adapter, project), adapter, disk, blocked: null, lastBackupAt: null, watcher: null, leaving: false, readOnly: null }
}
