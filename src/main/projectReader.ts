/**
 * Reading a project file from disk: bytes → validated project, and what the
 * store remembers of the file it read (its fingerprint). Never writes.
 *
 * A file larger than the limit is refused from its size alone, before any
 * of it is read; a folder, a pipe or a device is refused before it is opened
 * (opening a pipe would wait forever for a writer). Every failure is a
 * ProjectStoreError whose message names the file and the problem.
 */
import type { Stats } from 'node:fs'
import { open as openFile, stat, type FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import { describeReanchored, describeRebuiltBlocks, type ReanchorCounts } from '../core/projectFile'
import { PROJECT_VERSION, type Project } from '../core/schema'
import { describeFsError } from './fsErrors'
import { parseInThread, type ProjectParser } from './offThread'
import { formatBytes, newerVersionNotice, ProjectStoreError } from './storeErrors'

/** Far beyond any real project (the sample is ~100 KB; a year of a newsroom's tagging is a few MB). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024

/**
 * What the store knows of a file's content without reading it again: its
 * bytes (null when unknown), to compare with what is on disk when its size,
 * mtime or inode say it may have changed. Comparing bytes is faster than
 * hashing them, and the bytes of the last save are at hand anyway.
 */
export type Fingerprint = { bytes: Buffer | null; size: number; mtimeMs: number; ino: number }

export function fingerprintOf(info: Stats, bytes: Buffer | null): Fingerprint {
  return { bytes, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino }
}

export function sameBytes(bytes: Buffer, known: Fingerprint | null): boolean {
  return known !== null && known.bytes !== null && known.bytes.equals(bytes)
}

export function sameStat(info: Stats, known: Fingerprint): boolean {
  return info.size === known.size && info.mtimeMs === known.mtimeMs && info.ino === known.ino
}

/** The fingerprint of a file just written with `bytes`; only the bytes when the file does not look like ours (someone wrote after us). */
export async function fingerprintWritten(path: string, bytes: Buffer): Promise<Fingerprint> {
  const unknown: Fingerprint = { bytes, size: -1, mtimeMs: Number.NaN, ino: -1 }
  try {
    const info = await stat(path)
    return info.size === bytes.length ? fingerprintOf(info, bytes) : unknown
  } catch {
    return unknown
  }
}

function openFailure(name: string, err: unknown): ProjectStoreError {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new ProjectStoreError(`${name} cannot be opened: the file does not exist (it may have been moved or deleted).`, 'missing')
  if (code === 'EISDIR') return new ProjectStoreError(`${name} cannot be opened: it is a folder, not a project file.`, 'unreadable')
  return new ProjectStoreError(`${name} cannot be opened: ${describeFsError(err)}.`, 'unreadable')
}

function tooLarge(name: string, size: number, maxBytes: number): ProjectStoreError {
  return new ProjectStoreError(
    `${name} cannot be opened: it is ${formatBytes(size)}, more than a Quotemark project can be (at most ${formatBytes(maxBytes)}). It is probably not a Quotemark project.`,
    'too-large'
  )
}

/** The bytes of a project file, refusing anything but a regular file and anything larger than `maxBytes` before reading. */
export async function readProjectBytes(path: string, maxBytes: number): Promise<{ bytes: Buffer; info: Stats }> {
  const name = basename(path)
  let info: Stats
  try {
    info = await stat(path)
  } catch (err) {
    throw openFailure(name, err)
  }
  if (info.isDirectory()) throw new ProjectStoreError(`${name} cannot be opened: it is a folder, not a project file.`, 'unreadable')
  if (!info.isFile()) throw new ProjectStoreError(`${name} cannot be opened: it is not a file.`, 'unreadable')
  if (info.size > maxBytes) throw tooLarge(name, info.size, maxBytes)
  let handle: FileHandle
  try {
    handle = await openFile(path, 'r')
  } catch (err) {
    throw openFailure(name, err)
  }
  try {
    // The size again from the open file (it may have been replaced meanwhile), then the bytes.
    const opened = await handle.stat()
    if (opened.size > maxBytes) throw tooLarge(name, opened.size, maxBytes)
    const bytes = await readWhole(handle, opened.size, maxBytes)
    if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes)
    return { bytes, info: opened }
  } catch (err) {
    if (err instanceof ProjectStoreError) throw err
    throw openFailure(name, err)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * The whole file, read in as few calls as the OS allows into one buffer of
 * the size fstat gave (FileHandle.readFile reads 512 KB per trip to the
 * thread pool: forty trips for a 20 MB project). A file that grew meanwhile
 * is read to its end; one that shrank is cut where it ends.
 */
async function readWhole(handle: FileHandle, size: number, maxBytes: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled)
    if (bytesRead === 0) return bytes.subarray(0, filled)
    filled += bytesRead
  }
  const probe = Buffer.allocUnsafe(1)
  if ((await handle.read(probe, 0, 1, filled)).bytesRead === 0) return bytes
  // Longer than fstat said: read the rest as it comes, still refusing a file too large.
  const parts: Buffer[] = [bytes, Buffer.from(probe)]
  let total = filled + 1
  for (let at = total; total <= maxBytes; ) {
    const chunk = Buffer.allocUnsafe(1 << 20)
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, at)
    if (bytesRead === 0) break
    parts.push(chunk.subarray(0, bytesRead))
    at += bytesRead
    total += bytesRead
  }
  return Buffer.concat(parts)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The JSON text of a project file's bytes, without a byte-order mark (some
 * Windows editors add one). Bytes that are not UTF-8 are refused, naming
 * where: read leniently they would become U+FFFD and be saved that way at
 * the next change, quietly losing what was there.
 */
export function decodeProjectText(bytes: Buffer, fileName: string): string {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new ProjectStoreError(`${fileName} cannot be opened: it is not UTF-8 text (near byte ${at} of ${bytes.length}), so it is damaged or not a Quotemark project.`, 'invalid')
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Where decoding first fails (1-based): the first bad byte, or the one after a character it cut short. */
function firstInvalidUtf8(bytes: Buffer): number {
  const validPrefix = (length: number): boolean => {
    try {
      // Streaming: a character cut at the end of the prefix is not yet an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true })
      return true
    } catch {
      return false
    }
  }
  let lo = 0 // a valid prefix length
  let hi = bytes.length // an invalid one
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (validPrefix(mid)) lo = mid
    else hi = mid
  }
  return hi
}

export type LoadedFile = { project: Project; fingerprint: Fingerprint; migratedFrom: number | null; reanchored?: ReanchorCounts; newerVersion?: number; /** Titles of articles whose paragraphs were rebuilt from their text. */ rebuiltBlocks?: string[] }

/** Read, size-check and validate a project file, with a fingerprint of what was read. Never writes. */
export async function loadProjectFile(path: string, maxBytes = MAX_PROJECT_BYTES, options: { allowNewer?: boolean; parser?: ProjectParser } = {}): Promise<LoadedFile> {
  const { bytes, info } = await readProjectBytes(path, maxBytes)
  const parse = options.parser ?? parseInThread
  const name = basename(path)
  const result = await parse(decodeProjectText(bytes, name), name, { allowNewer: options.allowNewer })
  if (!result.ok) throw new ProjectStoreError(result.message, result.code)
  return { project: result.project, fingerprint: fingerprintOf(info, bytes), migratedFrom: result.migratedFrom, reanchored: result.reanchored, newerVersion: result.newerVersion, rebuiltBlocks: result.rebuiltBlocks }
}

/**
 * What opening `file` tells the user once: why it is read-only (a newer
 * format), or else what loading repaired; and the tags found only
 * approximately, for the reporter to check.
 */
export function openingNotes(file: string, loaded: LoadedFile): { readOnly?: string; notice?: string; fuzzyIds?: string[] } {
  const readOnly = loaded.newerVersion ? newerVersionNotice(file, loaded.newerVersion, PROJECT_VERSION) : undefined
  const notice = readOnly ?? [describeRebuiltBlocks(file, loaded.rebuiltBlocks), describeReanchored(file, loaded.reanchored)].filter(Boolean).join(' ')
  const fuzzyIds = loaded.reanchored?.fuzzyIds
  return { ...(readOnly ? { readOnly } : {}), ...(notice ? { notice } : {}), ...(fuzzyIds?.length ? { fuzzyIds } : {}) }
}

/** Read and validate a project file. Never writes. */
export async function readProjectFile(path: string, options: { maxBytes?: number; parser?: ProjectParser } = {}): Promise<Project> {
  return (await loadProjectFile(path, options.maxBytes ?? MAX_PROJECT_BYTES, { parser: options.parser })).project
}
