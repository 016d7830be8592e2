/**
 * Source documents and rejected statement groups in a merge (since format 7).
 * Both are only ever added or removed, never changed: a source document of
 * theirs that I do not have (by id, or by the same words under another id) is
 * added, and their tags' checks are re-pointed to it; a statement group they
 * rejected stays rejected here, its tags re-pointed to mine. One they removed
 * (a tombstone) that I still have goes, unless a tag here was checked against
 * it since (then it stays, as a record still in use).
 */
import { removedAsIs } from './mergeRemovals'
import type { MergeWork } from './mergeWork'
import type { Tombstone } from './revisions'
import type { Annotation, Project } from './schema'

/** Their source documents brought in; returns their source ids to the ids of the same documents here. */
export function mergeSources(out: MergeWork, mine: Project, theirs: Project, myRemoved: ReadonlyMap<string, Tombstone>): Map<string, string> {
  const ids = new Map<string, string>()
  const byText = new Map(mine.sources.map((s) => [s.text, s.id]))
  const checked = new Set(theirs.annotations.flatMap((a) => (a.verification ? [a.verification.sourceId] : [])))
  for (const source of theirs.sources) {
    const match = mine.sources.find((s) => s.id === source.id)?.id ?? byText.get(source.text)
    if (match) {
      ids.set(source.id, match)
      continue
    }
    if (removedAsIs(myRemoved.get(source.id), source) && !checked.has(source.id)) continue
    const id = out.fresh(source.id)
    if (out.apply({ type: 'source.add', source: { ...source, id } })) ids.set(source.id, id)
  }
  return ids
}

/** Their tag's check re-pointed to the same source document here; dropped when that document did not come in. */
export function mappedVerification(ann: Annotation, sourceIds: ReadonlyMap<string, string>): Annotation {
  if (!ann.verification) return ann
  const sourceId = sourceIds.get(ann.verification.sourceId)
  if (sourceId) return { ...ann, verification: { ...ann.verification, sourceId } }
  const { verification: _dropped, ...rest } = ann
  return rest
}

/** Statement groups they rejected, with their tags re-pointed to mine (groups whose tags did not come in are left out). */
export function mergeStatementRejections(out: MergeWork, mine: Project, theirs: Project, tagIds: ReadonlyMap<string, string>, myRemoved: ReadonlyMap<string, Tombstone>): void {
  const known = new Set(out.current.statementRejections.map((r) => `${r.type}\u0000${r.tagIds.join('\u0000')}`))
  for (const rejection of theirs.statementRejections) {
    if (mine.statementRejections.some((r) => r.id === rejection.id) || removedAsIs(myRemoved.get(rejection.id), rejection)) continue
    const pair = rejection.tagIds.map((id) => tagIds.get(id) ?? id).sort()
    const key = `${rejection.type}\u0000${pair.join('\u0000')}`
    if (known.has(key)) continue
    known.add(key)
    out.apply({ type: 'statementRejection.add', statementRejection: { ...rejection, id: out.fresh(rejection.id), tagIds: pair } })
  }
}

/** What they removed and I have not changed since goes; a source document still checked against here stays. */
export function mergeSourceRemovals(out: MergeWork, mine: Project, theirs: Project, theirRemoved: ReadonlyMap<string, Tombstone>): void {
  const theirIds = new Set([...theirs.sources, ...theirs.statementRejections].map((r) => r.id))
  for (const rejection of mine.statementRejections) {
    if (!theirIds.has(rejection.id) && removedAsIs(theirRemoved.get(rejection.id), rejection)) out.apply({ type: 'statementRejection.remove', id: rejection.id })
  }
  for (const source of mine.sources) {
    if (!theirIds.has(source.id) && removedAsIs(theirRemoved.get(source.id), source)) out.apply({ type: 'source.remove', id: source.id })
  }
}
