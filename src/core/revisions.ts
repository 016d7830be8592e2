/**
 * Revisions of the records of a project (articles, tags, people, links,
 * rejections, source documents, statement rejections), kept as CouchDB keeps `_rev` and `_revisions`, so that a merge
 * can tell "they changed it" from "they have an older copy".
 *
 * - `rev` is "generation-hash": the hash of the record's content (every field
 *   but these three, as canonical JSON) and of its parent's rev. A record is
 *   its own proof: a change made by any tool, even by hand in a text editor,
 *   leaves a `rev` that no longer matches the content, and is then read as a
 *   new revision whose parent is the stored one.
 * - `revs` are its ancestors, parent first, at most MAX_REVS of them. A merge
 *   revision has two parents, both listed first in the order of their ids.
 * - `fieldRevs` names, for each field changed since the record was created,
 *   the rev in which it last changed (a field absent from it is unchanged
 *   since creation). "text" stands for text, blocks and source together;
 *   "place" for a tag's article, target and orphan flag (GROUPS).
 *
 * Revisions are stamped in one place, when a command adds or replaces a
 * record (projectDraft.ts), and when a file is loaded (projectFile.ts), so
 * the renderer and main compute the same ones. Removing a record leaves a
 * tombstone (its id and last revisions) so a merge can tell a deletion from
 * a record the other side never had. Everything here is pure.
 */
export const MAX_REVS = 20
export const REVISION_FIELDS = ['rev', 'revs', 'fieldRevs'] as const

export type Revisioned = { id: string; rev?: string; revs?: string[]; fieldRevs?: { [field: string]: unknown } }
export type History = { rev: string; revs: string[]; fieldRevs: Record<string, string> }
export type Tombstone = { id: string; rev: string; revs: string[] }

/** Fields that change together, merged as one. */
export const GROUPS: Record<string, string> = { text: 'text', blocks: 'text', source: 'text', articleId: 'place', target: 'place', orphan: 'place' }
export const groupOf = (field: string): string => GROUPS[field] ?? field

/** 64 bits of cyrb53's two lanes as 16 hex digits: small, fast and the same in every JavaScript engine. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/** A key as JSON: the few keys records use are quoted once, not once per record. */
const quotedKeys = new Map<string, string>()
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key)
  if (quoted === undefined) {
    quoted = JSON.stringify(key)
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted)
  }
  return quoted
}

/**
 * JSON with object keys sorted at every level (undefined values left out, as
 * JSON.stringify does). Built by appending, without an array per object: it
 * runs over every record when a file is loaded or a team project joined.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]))
    return `${out}]`
  }
  const record = value as Record<string, unknown>
  let out = '{'
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue
    out += (out.length > 1 ? ',' : '') + quotedKey(key) + ':' + canonicalJson(record[key])
  }
  return `${out}}`
}

/** The record without its revision fields: what its rev is a hash of. */
export function contentOf<T extends object>(record: T): Omit<T, (typeof REVISION_FIELDS)[number]> {
  const { rev: _rev, revs: _revs, fieldRevs: _fieldRevs, ...content } = record as T & Revisioned
  return content
}

export const generationOf = (rev: string): number => Number.parseInt(rev, 10) || 0

/** The rev of `content` made from `parents` (none for a new record, two for a merge). */
export function revFor(content: object, parents: readonly string[] = []): string {
  const generation = Math.max(0, ...parents.map(generationOf)) + 1
  return `${generation}-${hash64(`${canonicalJson(content)}\u0000${parents.join('\u0000')}`)}`
}

/** The strings of a stored list, at most twice MAX_REVS of them (a file cannot make every look-up long). */
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.slice(0, 2 * MAX_REVS).filter((v): v is string => typeof v === 'string') : [])

function storedFieldRevs(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as Record<string, string>
}

/** Whether the stored rev is the hash of this content and its stored parent(s). */
function storedRevMatches(rev: string, revs: readonly string[], content: object): boolean {
  if (revs.length === 0) return rev === revFor(content)
  if (rev === revFor(content, revs.slice(0, 1))) return true
  return revs.length > 1 && rev === revFor(content, revs.slice(0, 2))
}

/** Same JSON value, whatever the order of object keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b)
}

/** The fields whose values differ between two versions of a record (revision fields aside). */
export function changedFields(a: object, b: object): string[] {
  const ca = contentOf(a) as Record<string, unknown>
  const cb = contentOf(b) as Record<string, unknown>
  return [...new Set([...Object.keys(ca), ...Object.keys(cb)])].filter((k) => !sameValue(ca[k], cb[k]))
}

/**
 * The effective history of a record as it stands: its stored revisions when
 * they match its content; else a new revision whose parent is the stored rev
 * (or `previous`, the version it replaces), with the fields that differ from
 * `previous` (all of them when that is unknown) marked as changed in it.
 */
export function historyOf(record: Revisioned, previous?: Revisioned): History {
  if (previous) return computeHistory(record, previous)
  // Records are never changed in place once made (see projectDraft.ts), so a record's history is computed once.
  let history = histories.get(record)
  if (!history) histories.set(record, (history = computeHistory(record)))
  return history
}

const histories = new WeakMap<object, History>()

function computeHistory(record: Revisioned, previous?: Revisioned): History {
  const content = contentOf(record)
  const stored = typeof record.rev === 'string' ? record.rev : undefined
  const storedRevs = strings(record.revs)
  if (stored !== undefined && storedRevMatches(stored, storedRevs, content)) return { rev: stored, revs: storedRevs, fieldRevs: storedFieldRevs(record.fieldRevs) }
  const before = previous ? historyOf(previous) : undefined
  const parent = before && (stored === undefined || stored === before.rev) ? before : stored !== undefined ? { rev: stored, revs: storedRevs, fieldRevs: storedFieldRevs(record.fieldRevs) } : undefined
  if (!parent) return { rev: revFor(content), revs: [], fieldRevs: {} }
  const rev = revFor(content, [parent.rev])
  const changed = previous && parent === before ? changedFields(previous, record) : Object.keys(content).filter((k) => k !== 'id')
  const fieldRevs = { ...parent.fieldRevs }
  for (const field of changed) fieldRevs[groupOf(field)] = rev
  return { rev, revs: [parent.rev, ...parent.revs].slice(0, MAX_REVS), fieldRevs }
}

/** The record with its revision fields set to `history` (fieldRevs left out while empty). */
export function withHistory<T extends object>(record: T, history: History): T {
  const stamped = { ...contentOf(record), rev: history.rev, revs: history.revs } as T & Revisioned
  if (Object.keys(history.fieldRevs).length) stamped.fieldRevs = history.fieldRevs
  return stamped
}

/** The record stamped with its effective history (the same object when it already carries it). */
export function stamped<T extends Revisioned>(record: T, previous?: Revisioned): T {
  const history = historyOf(record, previous)
  if (record.rev === history.rev && Array.isArray(record.revs) && (record.fieldRevs !== undefined || Object.keys(history.fieldRevs).length === 0)) return record
  return withHistory(record, history)
}

/** Whether `rev` is the record's rev or one of its remembered ancestors. */
export function knows(history: { rev: string; revs: readonly string[] }, rev: string): boolean {
  return history.rev === rev || history.revs.includes(rev)
}

/** How two versions of one record relate. */
export type Relation = 'same' | 'mine-newer' | 'theirs-newer' | 'diverged'

export function relation(mine: History, theirs: History): Relation {
  if (mine.rev === theirs.rev) return 'same'
  if (mine.revs.includes(theirs.rev)) return 'mine-newer'
  if (theirs.revs.includes(mine.rev)) return 'theirs-newer'
  return 'diverged'
}

/** Ancestors of a merge of two versions: both parents (in id order), then both ancestries interleaved, at most MAX_REVS. */
export function mergedAncestry(a: History, b: History): string[] {
  const parents = [a.rev, b.rev].sort()
  const out = new Set(parents)
  for (let i = 0; i < Math.max(a.revs.length, b.revs.length) && out.size < MAX_REVS; i++) {
    const [x, y] = [a.revs[i], b.revs[i]].sort()
    if (x !== undefined) out.add(x)
    if (y !== undefined) out.add(y)
  }
  return [...out].slice(0, MAX_REVS)
}

/** A tombstone: what a removed record was, so that a merge can tell its deletion from its absence. */
export function tombstoneOf(record: Revisioned): Tombstone {
  const history = historyOf(record)
  return { id: record.id, rev: history.rev, revs: history.revs }
}

type RevisionedProject = {
  articles: readonly Revisioned[]
  annotations: readonly Revisioned[]
  people: readonly Revisioned[]
  links: readonly Revisioned[]
  rejections: readonly Revisioned[]
  sources?: readonly Revisioned[]
  statementRejections?: readonly Revisioned[]
  removed?: readonly Tombstone[]
}
/** The collections whose records carry revisions; the last two since format 7 (absent from a file migrated through format 5). */
const REVISIONED = ['articles', 'annotations', 'people', 'links', 'rejections', 'sources', 'statementRejections'] as const

/**
 * Every record stamped with its effective history (a record changed by hand
 * becomes a new revision of what it was), and a `removed` list: the project
 * keeps revisions from then on. The same project object when nothing changes.
 */
export function withRevisions<P extends RevisionedProject>(project: P): P {
  let next: P | null = project.removed === undefined ? { ...project, removed: [] } : null
  for (const name of REVISIONED) {
    const records = project[name]
    if (records === undefined) continue
    let copy: Revisioned[] | null = null
    records.forEach((record, i) => {
      const after = stamped(record)
      if (after !== record) copy ??= records.slice(0, i)
      copy?.push(after)
    })
    if (copy) (next ??= { ...project })[name] = copy
  }
  return next ?? project
}

/** The project as it would be without revisions: what older formats held (tests compare with it). */
export function withoutRevisions<P extends RevisionedProject>(project: P): P {
  const next = { ...project }
  for (const name of REVISIONED) if (project[name] !== undefined) (next as RevisionedProject)[name] = project[name].map((r) => contentOf(r) as Revisioned)
  return next
}
