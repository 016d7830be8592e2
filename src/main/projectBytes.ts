/**
 * The bytes of a project file, written again after every change without
 * turning the whole project into JSON again: exactly the UTF-8 of
 * `serializeProject(project)` (pretty JSON, two-space indent, final newline),
 * assembled from the bytes of each record (each element of a top-level array
 * of objects: articles, tags, people, links, conflicts, and any collection a
 * later format adds), which are kept from one save to the next. A save after
 * one change serialises that one record and copies
 * the others' bytes (a 20 MB project: a few milliseconds instead of a
 * JSON.stringify and a UTF-8 encoding of the whole, which also block the main
 * process for as long).
 *
 * The cache is keyed by the record object itself, which is sound because
 * records are never changed in place (commands, merges and reloads make new
 * records and new arrays). To keep it sound, a record is frozen (deeply) when
 * its bytes are first kept: code that tried to change one in place would
 * throw instead of leaving a stale copy in the file. The arrays of the
 * project are not frozen and are read afresh on every save.
 *
 * Anything unusual (an array holding something other than plain objects, a
 * `toJSON`) is written by JSON.stringify as it comes, as serializeProject
 * would write it.
 */
import { serializeProject } from '../core/projectFile'
import type { Project } from '../core/schema'

const ASCII = (text: string): Buffer => Buffer.from(text, 'latin1')
const OPEN = ASCII('{')
const FIRST_KEY = ASCII('\n  ')
const NEXT_KEY = ASCII(',\n  ')
const CLOSE = ASCII('\n}\n')
const EMPTY_CLOSE = ASCII('}\n')
const ARRAY_OPEN = ASCII('[\n')
const RECORD_SEPARATOR = ASCII(',\n')
const ARRAY_CLOSE = ASCII('\n  ]')

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function'
}

/** A non-empty array of plain records, with no holes and no toJSON of its own. */
function isRecordList(value: unknown): value is object[] {
  if (!Array.isArray(value) || value.length === 0 || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  for (let i = 0; i < value.length; i++) if (!isPlainRecord(value[i])) return false
  return true
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  if (Array.isArray(value)) for (const item of value) deepFreeze(item)
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key])
}

/** JSON.stringify(value, null, 2) placed `indent` deep: every line after the first indented by that much more. */
function indented(json: string, indent: string): string {
  // JSON text has no raw line breaks inside strings (they are escaped), so every \n is a line of the layout.
  return json.includes('\n') ? json.replace(/\n/g, `\n${indent}`) : json
}

/**
 * Records as they sit in their collection, two levels down (four spaces,
 * every line), joined by ",\n": JSON.stringify lays them out at that depth
 * itself when given inside an array inside an object, and the wrapper is
 * cut off.
 */
const WRAP_HEAD = '{\n  "r": [\n'.length
const WRAP_TAIL = '\n  ]\n}'.length
function recordsText(records: readonly object[]): string {
  const json = JSON.stringify({ r: records }, null, 2)
  return json.slice(WRAP_HEAD, json.length - WRAP_TAIL)
}

/** Below this many new records a save encodes each on its own; from it on (the first save), all at once. */
const BATCH = 64

const RECORD_END = Buffer.from('\n    }', 'latin1')
const EMPTY_RECORD = Buffer.from('    {}', 'latin1')

/**
 * The UTF-8 of `records` laid out in their collection, cut into one view per
 * record; null if it does not cut as expected (then each is encoded alone).
 * Every record is an object, so its text starts "    {" and, unless it is
 * "{}", ends with the only line in it that is four spaces and "}" (the lines
 * inside are indented further; a string holds no raw line break), and
 * records are joined by ",\n". Those are ASCII bytes, which never occur
 * inside the UTF-8 of other characters, so the cut is made in the bytes.
 */
function cutRecords(records: readonly object[]): Uint8Array[] | null {
  const bytes = Buffer.from(recordsText(records), 'utf8')
  const views: Uint8Array[] = []
  let at = 0
  for (let i = 0; i < records.length; i++) {
    let end: number
    if (bytes.compare(EMPTY_RECORD, 0, EMPTY_RECORD.length, at, at + EMPTY_RECORD.length) === 0) end = at + EMPTY_RECORD.length
    else {
      const found = bytes.indexOf(RECORD_END, at)
      if (found < 0) return null
      end = found + RECORD_END.length
    }
    views.push(bytes.subarray(at, end))
    at = end + (i < records.length - 1 ? 2 : 0) // ",\n"
  }
  return at === bytes.length ? views : null
}

/** Keeps the bytes of each record of the project it last wrote; one per store. */
export class ProjectBytes {
  /**
   * The bytes of each record of the last project written: a view of the
   * first save's buffer, or, for a record changed since, an ArrayBuffer of
   * its own (not Buffer's shared 8 KB pool, which one live record would keep
   * whole). A Map rebuilt at every save, not a WeakMap: twenty thousand
   * ephemerons would slow every garbage collection of the main process.
   */
  private kept = new Map<object, Uint8Array>()
  private readonly encoder = new TextEncoder()

  /** Let go of the bytes kept (the project is closed). */
  clear(): void {
    this.kept = new Map()
  }

  /** The UTF-8 bytes of serializeProject(project). */
  bytes(project: Project): Buffer {
    if (!isPlainRecord(project)) return Buffer.from(serializeProject(project), 'utf8')
    const kept = this.keep(project)
    const parts: Uint8Array[] = [OPEN]
    let first = true
    for (const key of Object.keys(project)) {
      const value = (project as Record<string, unknown>)[key]
      const records = isRecordList(value) ? value : null
      let head: string
      if (records) {
        head = `${JSON.stringify(key)}: `
      } else {
        const json = JSON.stringify(value, null, 2) as string | undefined
        if (json === undefined) continue // undefined, a function: JSON.stringify leaves the key out
        head = `${JSON.stringify(key)}: ${indented(json, '  ')}`
      }
      parts.push(first ? FIRST_KEY : NEXT_KEY, Buffer.from(head, 'utf8'))
      first = false
      if (records) {
        parts.push(ARRAY_OPEN)
        for (let i = 0; i < records.length; i++) {
          if (i > 0) parts.push(RECORD_SEPARATOR)
          parts.push(kept.get(records[i]!)!)
        }
        parts.push(ARRAY_CLOSE)
      }
    }
    parts.push(first ? EMPTY_CLOSE : CLOSE)
    return Buffer.concat(parts)
  }

  /**
   * The bytes of every record of `project`: those kept from the last save,
   * and the new ones serialised now and frozen. After one change that is one
   * record; at the first save, all of them, stringified and encoded at once.
   */
  private keep(project: Project): Map<object, Uint8Array> {
    const before = this.kept
    const kept = new Map<object, Uint8Array>()
    const fresh: object[] = []
    for (const key of Object.keys(project)) {
      const records = (project as Record<string, unknown>)[key]
      if (!isRecordList(records)) continue
      for (const record of records) {
        const bytes = before.get(record)
        if (bytes) kept.set(record, bytes)
        else fresh.push(record)
      }
    }
    for (const record of fresh) deepFreeze(record)
    const views = fresh.length >= BATCH ? cutRecords(fresh) : null
    fresh.forEach((record, i) => kept.set(record, views ? views[i]! : this.encoder.encode(recordsText([record]))))
    this.kept = kept
    return kept
  }
}
