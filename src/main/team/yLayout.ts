/**
 * How a record sits in the team document (layout 2), free of the project
 * schema so the server can use it too (it drains old layouts on load).
 *
 * - One top-level Y.Map per record kind, named `r2:<kind>`, keyed by id.
 * - A record is a Y.Map with at most one packed value and its edited fields:
 *   `*` holds the record's fields as one JSON string, written when the record
 *   is made; a field changed after that gets its own key, holding the plain
 *   JSON value (or `undefined`: the field was removed). Reading a record is
 *   the packed fields with its own keys on top.
 * - The rule this keeps: two people changing different fields of one record
 *   at once both win (each change is its own key); the same field, one of
 *   them wins on every desk (Yjs's order). A record made once and never
 *   edited — most of a project — costs one Yjs item instead of one per
 *   field, which is what makes a 20,000-tag document small enough to hold,
 *   send and apply quickly.
 * - Layout 1 (until this file): the top-level maps were named by kind alone
 *   and every field was its own key. `drainLegacy` moves such records into
 *   layout 2 (their fields become the packed value, or edits of a record
 *   layout 2 already has) and deletes them from the old maps; the server
 *   does it when it loads a project, a desk when old-layout records reach it
 *   (an offline desk's saved state), so every copy converges on layout 2.
 */
import * as Y from 'yjs'

export const PACKED = '*'
export const META = 'meta'
export const TEAM_FORMAT = 'quotemark-team'
export const LAYOUT_VERSION = 2
/** The only kinds layout 1 ever had. */
export const LEGACY_KINDS = ['articles', 'annotations', 'people', 'links', 'conflicts', 'rejections'] as const

export type Raw = Record<string, unknown>
/** A record's fields as read from the document, or why they could not be (a packed value that is not a JSON object). */
export type RawRead = { ok: true; fields: Raw } | { ok: false; reason: string }

export function recordsMap(doc: Y.Doc, kind: string): Y.Map<Y.Map<unknown>> {
  return doc.getMap(`r2:${kind}`)
}

/** Sets a key on a plain object without ever touching its prototype (a key may be `__proto__`). */
function put(out: Raw, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]))
  }
  const ak = Object.keys(a).filter((k) => (a as Raw)[k] !== undefined)
  const bk = Object.keys(b).filter((k) => (b as Raw)[k] !== undefined)
  return ak.length === bk.length && ak.every((k) => sameJson((a as Raw)[k], (b as Raw)[k]))
}

/** The fields of a record map: the packed ones with the edited ones on top. */
export function readFields(map: Y.Map<unknown>): RawRead {
  let out: Raw = {}
  const packed = map.get(PACKED)
  if (packed !== undefined) {
    let parsed: unknown
    try {
      parsed = typeof packed === 'string' ? JSON.parse(packed) : undefined
    } catch {
      parsed = undefined
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'record: its packed fields are not a JSON object' }
    // JSON.parse makes a fresh plain object whose every key is its own (a "__proto__" key too): used as it is.
    out = parsed as Raw
    if (map.size === 1) return { ok: true, fields: out }
  }
  map.forEach((value, key) => {
    if (key === PACKED) return
    if (value === undefined) delete out[key]
    else put(out, key, value instanceof Y.AbstractType ? value.toJSON() : value)
  })
  return { ok: true, fields: out }
}

/** Write a record's fields: a new record packed; an existing one only in the fields that differ (so concurrent edits of other fields survive). */
export function writeFields(records: Y.Map<Y.Map<unknown>>, id: string, fields: Raw): void {
  const current = records.get(id)
  if (!(current instanceof Y.Map)) {
    const created = new Y.Map<unknown>()
    created.set(PACKED, JSON.stringify(fields))
    records.set(id, created)
    return
  }
  const read = readFields(current)
  const now = read.ok ? read.fields : {}
  for (const key of Object.keys(fields)) if (!sameJson(now[key], fields[key])) current.set(key, fields[key])
  for (const key of Object.keys(now)) if (!Object.hasOwn(fields, key)) current.set(key, undefined)
}

/** Change one field of a record that is there (a repair). */
export function writeField(records: Y.Map<Y.Map<unknown>>, id: string, field: string, value: unknown): void {
  const current = records.get(id)
  if (!(current instanceof Y.Map)) return
  const read = readFields(current)
  if (!read.ok || !sameJson(read.fields[field], value)) current.set(field, value)
}

/** True when the document still holds old-layout records. */
export function hasLegacy(doc: Y.Doc): boolean {
  return LEGACY_KINDS.some((kind) => doc.share.has(kind) && doc.getMap(kind).size > 0)
}

/**
 * Move every old-layout record into layout 2 (call inside a transaction):
 * its fields are written as a desk would write them (packed when new here,
 * else field by field), then it leaves the old map. Returns what moved.
 */
export function drainLegacy(doc: Y.Doc): Array<[string, string]> {
  const moved: Array<[string, string]> = []
  for (const kind of LEGACY_KINDS) {
    if (!doc.share.has(kind)) continue
    const old = doc.getMap<unknown>(kind)
    if (old.size === 0) continue
    const records = recordsMap(doc, kind)
    for (const [id, value] of [...old.entries()]) {
      if (value instanceof Y.Map) {
        const fields: Raw = {}
        value.forEach((v, key) => v !== undefined && put(fields, key, v))
        writeFields(records, id, fields)
        moved.push([kind, id])
      }
      old.delete(id)
    }
  }
  const meta = doc.getMap(META)
  if (moved.length && meta.get('version') !== LAYOUT_VERSION) meta.set('version', LAYOUT_VERSION)
  return moved
}
