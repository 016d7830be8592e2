/**
 * Removals in a merge: a project remembers each record it removed as a
 * tombstone (its id and last revisions, see revisions.ts). A record removed on
 * one side is removed by the merge only if the other side has not changed it
 * since; and a removed tag comes back when the other side's new links or
 * attributions point to it, so that those are not lost.
 */
import { historyOf, knows, type Revisioned, type Tombstone } from './revisions'
import type { Project } from './schema'

/** Whether a removal (tombstone) was of this very revision or a later one: the record was not changed since. */
export const removedAsIs = (tomb: Tombstone | undefined, record: Revisioned): boolean => tomb !== undefined && knows(tomb, historyOf(record).rev)

/** Tags of theirs that I removed but that their new or changed links and tags point to. */
export function neededTags(mine: Project, theirs: Project, myRemoved: ReadonlyMap<string, Tombstone>): Set<string> {
  const needed = new Set<string>()
  const myLinks = new Set(mine.links.map((l) => l.id))
  const myTags = new Map(mine.annotations.map((a) => [a.id, a]))
  for (const link of theirs.links) {
    if (myLinks.has(link.id) || removedAsIs(myRemoved.get(link.id), link)) continue
    needed.add(link.from).add(link.to)
  }
  for (const ann of theirs.annotations) {
    const mineToo = myTags.get(ann.id)
    const changed = mineToo ? historyOf(ann).rev !== historyOf(mineToo).rev : !removedAsIs(myRemoved.get(ann.id), ann)
    if (changed && ann.attributionId !== null) needed.add(ann.attributionId)
  }
  return needed
}
