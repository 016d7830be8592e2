/**
 * The team document's data model: a project as a Yjs document.
 *
 * One top-level Y.Map per record kind, keyed by record id; each record a
 * Y.Map holding its fields packed into one value plus the fields edited since
 * (yLayout.ts says how, and why: two people changing different fields of one
 * record both win; the same field, the last writer in Yjs's order wins).
 * Article text is a plain value (articles are replaced whole and their tags
 * re-anchored). A `meta` map says what the document is.
 *
 * The kinds are one table (RECORD_KINDS): a kind added to the project format
 * is mirrored by adding its schema and its command noun there (and, when its
 * records name others, a rule in repair.ts).
 *
 * What a record holds in the document is what it holds in the file, less the
 * revision fields (rev, revs, fieldRevs): those describe one file's history
 * and every client stamps its own when a change passes its store.
 *
 * Remote data is untrusted: a record is read back through its schema (the
 * compiled checker of schemaCheck.ts, zod when the checker is not sure) and
 * one that fails is treated as absent (see teamSync.ts for the notice).
 */
import * as Y from 'yjs'
import type { z } from 'zod'
import {
  ArticleSchema,
  AnnotationSchema,
  ConflictSchema,
  LinkSchema,
  PersonSchema,
  RejectionSchema,
  SourceDocumentSchema,
  StatementRejectionSchema,
  type Project
} from '../../core/schema'
import { compileChecker, UNSURE, type Checker } from '../../core/schemaCheck'
import { hasLegacy, LAYOUT_VERSION, META, readFields, recordsMap, sameJson, TEAM_FORMAT, writeField, writeFields } from './yLayout'

export { sameJson } from './yLayout'

/**
 * Every kind of record the team document mirrors: its schema, and the noun of
 * its commands (`link.add { link }`, `link.remove { id }`). A `leaf` kind is
 * one nothing else names: remoteCommand.ts removes and re-adds its records
 * generically, before and after everything else.
 */
export const RECORD_KINDS = {
  articles: { schema: ArticleSchema, noun: 'article', leaf: false },
  annotations: { schema: AnnotationSchema, noun: 'annotation', leaf: false },
  people: { schema: PersonSchema, noun: 'person', leaf: false },
  links: { schema: LinkSchema, noun: 'link', leaf: true },
  conflicts: { schema: ConflictSchema, noun: 'conflict', leaf: true },
  rejections: { schema: RejectionSchema, noun: 'rejection', leaf: true },
  // Source documents are named by tags' checks (verification.sourceId): added before tags, removed after them (remoteCommand.ts).
  sources: { schema: SourceDocumentSchema, noun: 'source', leaf: false },
  statementRejections: { schema: StatementRejectionSchema, noun: 'statementRejection', leaf: true }
} as const satisfies { [K in keyof Project]?: { schema: z.ZodType; noun: string; leaf: boolean } }

export type Kind = keyof typeof RECORD_KINDS
export const KINDS = Object.keys(RECORD_KINDS) as Kind[]
export const LEAF_KINDS = KINDS.filter((k) => RECORD_KINDS[k].leaf)
export type Rec = { id: string } & Record<string, unknown>
export type ProjectRecords = { [K in Kind]: Project[K] }

/** Fields a client keeps for itself (revisions.ts in the file format); never in the team document. */
export const LOCAL_FIELDS: ReadonlySet<string> = new Set(['rev', 'revs', 'fieldRevs'])

export { META, TEAM_FORMAT }

export function collection(doc: Y.Doc, kind: Kind): Y.Map<Y.Map<unknown>> {
  return recordsMap(doc, kind)
}

/** True when the document holds no project yet (a new project on the server). */
export function isEmptyTeamDoc(doc: Y.Doc): boolean {
  return doc.getMap(META).get('format') === undefined && KINDS.every((k) => collection(doc, k).size === 0) && !hasLegacy(doc)
}

export function markTeamDoc(doc: Y.Doc): void {
  const meta = doc.getMap(META)
  if (meta.get('format') !== TEAM_FORMAT) meta.set('format', TEAM_FORMAT)
  if (meta.get('version') !== LAYOUT_VERSION) meta.set('version', LAYOUT_VERSION)
}

/** A record's fields as they go into the document (no revision fields, no undefined values). */
export function sharedFields(record: object): Record<string, unknown> {
  const fields = record as Record<string, unknown>
  let clean = true
  for (const key of Object.keys(fields)) if (LOCAL_FIELDS.has(key) || fields[key] === undefined) clean = false
  // A record read from the document usually has nothing to leave out: it is returned as it is (records are never changed in place).
  if (clean) return fields
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) if (!LOCAL_FIELDS.has(key) && value !== undefined) out[key] = value
  return out
}

/** Two records hold the same shared fields (revision fields ignored). */
export function sameRecord(a: object, b: object): boolean {
  return sameJson(sharedFields(a), sharedFields(b))
}

/** Write a record into the document: packed when new, else only the fields that differ (so concurrent edits of other fields survive). */
export function writeRecord(doc: Y.Doc, kind: Kind, record: Rec): void {
  writeFields(collection(doc, kind), record.id, sharedFields(record))
}

export function deleteRecord(doc: Y.Doc, kind: Kind, id: string): void {
  const map = collection(doc, kind)
  if (map.has(id)) map.delete(id)
}

export function setField(doc: Y.Doc, kind: Kind, id: string, field: string, value: unknown): void {
  writeField(collection(doc, kind), id, field, value)
}

export type ReadResult<T> = { ok: true; record: T } | { ok: false; reason: string } | null

const checkers = new Map<Kind, Checker | null>()

function checkerOf(kind: Kind): Checker | null {
  if (!checkers.has(kind)) checkers.set(kind, compileChecker(RECORD_KINDS[kind].schema))
  return checkers.get(kind)!
}

/** A record from the document checked against the project schema; null when absent. */
export function readRecord<K extends Kind>(doc: Y.Doc, kind: K, id: string): ReadResult<ProjectRecords[K][number]> {
  const map = collection(doc, kind).get(id)
  if (map === undefined) return null
  if (!(map instanceof Y.Map)) return { ok: false, reason: 'record: not a map of fields' }
  const raw = readFields(map)
  if (!raw.ok) return raw
  const checked = checkerOf(kind)?.(raw.fields) ?? UNSURE
  let data = checked as { id?: unknown }
  if (checked === UNSURE) {
    const parsed = RECORD_KINDS[kind].schema.safeParse(raw.fields)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return { ok: false, reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` }
    }
    data = parsed.data as { id?: unknown }
  }
  if (data.id !== id) return { ok: false, reason: `its id field (${String(data.id)}) is not its key` }
  return { ok: true, record: data as ProjectRecords[K][number] }
}
