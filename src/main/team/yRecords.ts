/**
 * The team document's data model: a project as a Yjs document.
 *
 * One top-level Y.Map per record kind (articles, annotations, people, links,
 * conflicts, rejections), keyed by record id; each record a Y.Map of its
 * fields, each field a plain JSON value (an article's `text` and `blocks`
 * too: articles are replaced whole and their tags re-anchored). Two people
 * changing different fields of one record both win; the same field, the
 * last writer in Yjs's order wins. A `meta` map says what the document is.
 *
 * What a record holds in the document is what it holds in the file, less the
 * revision fields (rev, revs, fieldRevs): those describe one file's history
 * and every client stamps its own when a change passes its store.
 *
 * Remote data is untrusted: a record is read back through its zod schema,
 * and one that fails is treated as absent (see teamSync.ts for the notice).
 */
import * as Y from 'yjs'
import { ArticleSchema, AnnotationSchema, ConflictSchema, LinkSchema, PersonSchema, RejectionSchema, type Project } from '../../core/schema'

export const KINDS = ['articles', 'annotations', 'people', 'links', 'conflicts', 'rejections'] as const
export type Kind = (typeof KINDS)[number]
export type Rec = { id: string } & Record<string, unknown>
export type ProjectRecords = { [K in Kind]: Project[K] }

const SCHEMAS = { articles: ArticleSchema, annotations: AnnotationSchema, people: PersonSchema, links: LinkSchema, conflicts: ConflictSchema, rejections: RejectionSchema } as const

/** Fields a client keeps for itself (revisions.ts in the file format); never in the team document. */
export const LOCAL_FIELDS: ReadonlySet<string> = new Set(['rev', 'revs', 'fieldRevs'])

export const META = 'meta'
export const TEAM_FORMAT = 'quotemark-team'

export function collection(doc: Y.Doc, kind: Kind): Y.Map<Y.Map<unknown>> {
  return doc.getMap(kind)
}

/** True when the document holds no project yet (a new project on the server). */
export function isEmptyTeamDoc(doc: Y.Doc): boolean {
  return doc.getMap(META).get('format') === undefined && KINDS.every((k) => collection(doc, k).size === 0)
}

export function markTeamDoc(doc: Y.Doc): void {
  const meta = doc.getMap(META)
  if (meta.get('format') !== TEAM_FORMAT) meta.set('format', TEAM_FORMAT)
  if (meta.get('version') !== 1) meta.set('version', 1)
}

/** A record's fields as they go into the document. */
export function sharedFields(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) if (!LOCAL_FIELDS.has(key) && value !== undefined) out[key] = value
  return out
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
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ak.length === bk.length && ak.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** Two records hold the same shared fields (revision fields ignored). */
export function sameRecord(a: object, b: object): boolean {
  return sameJson(sharedFields(a), sharedFields(b))
}

/** Write a record into the document: only the fields that differ are set (so concurrent edits of other fields survive). */
export function writeRecord(doc: Y.Doc, kind: Kind, record: Rec): void {
  const map = collection(doc, kind)
  const fields = sharedFields(record)
  const current = map.get(record.id)
  if (!(current instanceof Y.Map)) {
    const created = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(fields)) created.set(key, value)
    map.set(record.id, created)
    return
  }
  for (const [key, value] of Object.entries(fields)) if (!sameJson(current.get(key), value)) current.set(key, value)
  for (const key of [...current.keys()]) if (!(key in fields)) current.delete(key)
}

export function deleteRecord(doc: Y.Doc, kind: Kind, id: string): void {
  const map = collection(doc, kind)
  if (map.has(id)) map.delete(id)
}

export function setField(doc: Y.Doc, kind: Kind, id: string, field: string, value: unknown): void {
  const rec = collection(doc, kind).get(id)
  if (rec instanceof Y.Map && !sameJson(rec.get(field), value)) rec.set(field, value)
}

/** The raw fields of a record in the document, or undefined. */
export function rawRecord(doc: Y.Doc, kind: Kind, id: string): Record<string, unknown> | undefined {
  const rec = collection(doc, kind).get(id)
  return rec instanceof Y.Map ? (rec.toJSON() as Record<string, unknown>) : undefined
}

export type ReadResult<T> = { ok: true; record: T } | { ok: false; reason: string } | null

/** A record from the document checked against the project schema; null when absent. */
export function readRecord<K extends Kind>(doc: Y.Doc, kind: K, id: string): ReadResult<ProjectRecords[K][number]> {
  const raw = rawRecord(doc, kind, id)
  if (raw === undefined) return null
  const parsed = SCHEMAS[kind].safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` }
  }
  if (parsed.data.id !== id) return { ok: false, reason: `its id field (${String(parsed.data.id)}) is not its key` }
  return { ok: true, record: parsed.data as ProjectRecords[K][number] }
}
