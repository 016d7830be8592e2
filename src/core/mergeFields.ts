/**
 * The three-way merge of two versions of one record, field by field, from
 * their revisions (revisions.ts) instead of their common ancestor's content:
 *
 * - equal values: nothing to decide;
 * - the field last changed, on their side, in a revision I have (or never
 *   changed since the record was made): I have the newer value, keep mine;
 * - the same the other way round: take theirs;
 * - otherwise both changed it: a conflict (mine stays, theirs is offered).
 *
 * Two versions that share no revision at all (records made before revisions,
 * or by hand) cannot tell who changed what: every field that differs is a
 * conflict, as merges were before. Fields that change together (an article's
 * text and blocks; a tag's article, target and orphan flag) are one field
 * here. When a record was last changed, and by whom, follows the fields: it
 * is the side whose values the record ends with, else the later of the two.
 */
import { contentOf, groupOf, knows, mergedAncestry, revFor, sameValue, type History } from './revisions'
import type { Annotation } from './schema'

/** Bookkeeping that never conflicts: it follows the fields. */
const FOLLOWING = new Set(['id', 'updatedAt', 'updatedBy'])

export type FieldDecision = 'same' | 'mine' | 'theirs' | 'conflict'

export function decideField(group: string, mine: History, theirs: History, equal: boolean, shared: boolean): FieldDecision {
  if (equal) return 'same'
  if (!shared) return 'conflict'
  const theirChange = theirs.fieldRevs[group]
  if (theirChange === undefined || knows(mine, theirChange)) return 'mine'
  const myChange = mine.fieldRevs[group]
  if (myChange === undefined || knows(theirs, myChange)) return 'theirs'
  return 'conflict'
}

/** Whether two histories have any revision in common. */
export function shareHistory(mine: History, theirs: History): boolean {
  return knows(mine, theirs.rev) || theirs.revs.some((rev) => knows(mine, rev))
}

export type FieldMerge<T> = {
  /** My record with the fields only they changed taken from theirs (mine on conflicts). */
  merged: T
  /** The same with their values on the conflicting fields: the version a conflict offers. */
  theirVersion: T
  /** Fields (groups) taken from theirs, and fields both changed to different values. */
  taken: string[]
  conflicts: string[]
}

type Loose = Record<string, unknown>

/**
 * Merge `theirs` into `mine` (both already in my project's terms: ids and
 * places mapped). `mineHistory` is the history of my version before this
 * merge began (a record it already re-anchored still decides as before).
 */
export function mergeFields<T extends object>(mine: T, mineHistory: History, theirs: T, theirHistory: History): FieldMerge<T> {
  const a = contentOf(mine) as Loose
  const b = contentOf(theirs) as Loose
  const groups = new Map<string, string[]>()
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (FOLLOWING.has(key)) continue
    const group = groupOf(key)
    groups.set(group, [...(groups.get(group) ?? []), key])
  }
  const shared = shareHistory(mineHistory, theirHistory)
  const merged: Loose = { ...a }
  const taken: string[] = []
  const conflicts: string[] = []
  const conflictKeys: string[] = []
  for (const [group, keys] of groups) {
    const equal = keys.every((k) => sameValue(a[k], b[k]))
    const decision = decideField(group, mineHistory, theirHistory, equal, shared)
    if (decision === 'theirs') {
      taken.push(group)
      for (const k of keys) setOrDelete(merged, k, b[k])
    } else if (decision === 'conflict') {
      conflicts.push(group)
      conflictKeys.push(...keys)
    }
  }
  const theirVersion: Loose = { ...merged }
  for (const k of conflictKeys) setOrDelete(theirVersion, k, b[k])
  followFields(merged, a, b, taken.length === 0 ? 'mine' : sameContent(merged, b) ? 'theirs' : 'later')
  followFields(theirVersion, a, b, 'theirs')
  return { merged: merged as T, theirVersion: theirVersion as T, taken, conflicts }
}

function setOrDelete(record: Loose, key: string, value: unknown): void {
  if (value === undefined) delete record[key]
  else record[key] = value
}

function sameContent(a: Loose, b: Loose): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !FOLLOWING.has(k)))
  return [...keys].every((k) => sameValue(a[k], b[k]))
}

/** updatedAt and updatedBy from one side, or from the later change (the same whichever side merges). */
function followFields(record: Loose, a: Loose, b: Loose, from: 'mine' | 'theirs' | 'later'): void {
  let source = from === 'mine' ? a : b
  if (from === 'later') {
    const [ta, tb] = [String(a.updatedAt ?? ''), String(b.updatedAt ?? '')]
    source = ta > tb || (ta === tb && String(a.updatedBy ?? '') >= String(b.updatedBy ?? '')) ? a : b
  }
  for (const k of ['updatedAt', 'updatedBy']) if (k in a || k in b) setOrDelete(record, k, source[k])
}


/** The revision of a merged record: both versions are its parents; each field last changed where its value came from. */
export function mergedHistory(merged: object, mine: History, theirs: History, taken: readonly string[]): History {
  const revs = mergedAncestry(mine, theirs)
  const fieldRevs = { ...mine.fieldRevs }
  for (const group of taken) {
    const rev = theirs.fieldRevs[group]
    if (rev === undefined) delete fieldRevs[group]
    else fieldRevs[group] = rev
  }
  return { rev: revFor(contentOf(merged), revs.slice(0, 2)), revs, fieldRevs }
}

/** The same version of a tag, apart from revisions and (unless told otherwise) when it was last saved. */
export function sameVersion(a: Annotation, b: Annotation, ignored: readonly string[] = ['updatedAt']): boolean {
  const strip = (x: Annotation): Record<string, unknown> => Object.fromEntries(Object.entries(contentOf(x)).filter(([k]) => !ignored.includes(k)))
  return sameValue(strip(a), strip(b))
}
