/**
 * Builders of the commands behind the edits a reporter makes on tags and
 * people. Each returns one Command for applyCommand: a single command when
 * the edit is one step, else a `batch` (applied all or nothing and undone as
 * one). They only build; applyCommand decides whether the edit is allowed and
 * refuses it with a reason if the project has moved on. Every function here
 * is pure.
 */
import { targetMatches } from '../anchoring'
import type { Command, PersonPatch, SingleCommand } from '../commands'
import { newId } from '../ids'
import { createPerson, foldText, matchPeople, matchPeopleExactly, personNameFromAttribution } from '../people'
import { reanchor } from '../reanchor'
import type { Annotation, LinkType, Project } from '../schema'

function oneOrBatch(label: string, commands: SingleCommand[]): Command {
  return commands.length === 1 ? commands[0]! : { type: 'batch', label, commands }
}

/**
 * Delete a tag with everything that points at it: its links and any
 * colleague's versions of it waiting as conflicts are removed, and the tags
 * it attributes are detached from it first. Undoing the batch puts back the
 * tag, its links, its conflicts and the attributions.
 */
export function removeAnnotationEdit(project: Project, id: string, now: string, by: string): Command {
  const annotation = project.annotations.find((a) => a.id === id)
  const remove: SingleCommand = { type: 'annotation.remove', id }
  if (!annotation) return remove
  // Removed last-first, so that undoing adds them back in their original order.
  const links: SingleCommand[] = project.links
    .filter((l) => l.from === id || l.to === id)
    .reverse()
    .map((l) => ({ type: 'link.remove', id: l.id }))
  const conflicts: SingleCommand[] = project.conflicts
    .filter((c) => c.annotationId === id)
    .reverse()
    .map((c) => ({ type: 'conflict.remove', id: c.id }))
  const detach: SingleCommand[] = project.annotations
    .filter((a) => a.attributionId === id)
    .map((a) => ({ type: 'annotation.update', id: a.id, patch: { attributionId: null }, updatedAt: now, updatedBy: by }))
  return oneOrBatch(`Delete ${annotation.kind}`, [...links, ...conflicts, ...detach, remove])
}

/**
 * Merge two people into one: `keepId` stays, with `dropId`'s tags, and its
 * names as aliases (compared folded, so "Rodriguez" is not added beside
 * "Rodríguez"); empty role, affiliation and note are filled from the one
 * dropped; then `dropId` is removed.
 */
export function mergePeopleEdit(project: Project, keepId: string, dropId: string, now: string, by: string): Command {
  const keep = project.people.find((p) => p.id === keepId)
  const drop = project.people.find((p) => p.id === dropId)
  // Merging someone into themselves changes nothing (and must never remove them).
  if (keepId === dropId) return { type: 'person.update', id: keepId, patch: {}, updatedAt: now }
  // Refused by applyCommand with "That person is no longer in the project."
  if (!keep) return { type: 'person.update', id: keepId, patch: {}, updatedAt: now }
  if (!drop) return { type: 'person.remove', id: dropId }

  const known = new Set([keep.name, ...keep.aliases].map(foldText))
  const added: string[] = []
  for (const name of [drop.name, ...drop.aliases]) {
    const folded = foldText(name)
    if (folded === '' || known.has(folded)) continue
    known.add(folded)
    added.push(name.trim())
  }
  const patch: PersonPatch = {}
  if (added.length) patch.aliases = [...keep.aliases, ...added]
  for (const field of ['role', 'affiliation', 'note'] as const) {
    if (keep[field].trim() === '' && drop[field].trim() !== '') patch[field] = drop[field]
  }

  const retag: SingleCommand[] = project.annotations
    .filter((a) => a.speakerId === dropId)
    .map((a) => ({ type: 'annotation.update', id: a.id, patch: { speakerId: keepId }, updatedAt: now, updatedBy: by }))
  // The update of the one kept comes first, even with nothing to change, so that the batch is refused if they have gone.
  const steps: SingleCommand[] = [{ type: 'person.update', id: keepId, patch, updatedAt: now }, ...retag, { type: 'person.remove', id: dropId }]
  return { type: 'batch', label: `Merge ${drop.name} into ${keep.name}`, commands: steps }
}

/**
 * Attribute a quote or claim to an attribution tag (or detach it, with
 * null). A tag without a speaker of its own then has the attribution's
 * speaker (see speakerIdOf), so nothing else changes.
 */
export function attributeEdit(_project: Project, annotationId: string, attributionId: string | null, now: string, by: string): Command {
  return { type: 'annotation.update', id: annotationId, patch: { attributionId }, updatedAt: now, updatedBy: by }
}

/**
 * Set a tag's speaker from a name (typically words selected in the text):
 * the one person whose name or alias is that name, else a new person with
 * it. Only that tag changes.
 */
export function speakerFromTextEdit(
  project: Project,
  input: { annotationId: string; name: string; now: string; by: string }
): { command: Command; personId: string; created: boolean } {
  const { annotationId, now, by } = input
  const name = input.name.trim().replace(/\s+/g, ' ')
  const matches = matchPeopleExactly(project.people, name)
  const setSpeaker = (personId: string): SingleCommand => ({ type: 'annotation.update', id: annotationId, patch: { speakerId: personId }, updatedAt: now, updatedBy: by })
  if (matches.length === 1) {
    const personId = matches[0]!.id
    return { command: setSpeaker(personId), personId, created: false }
  }
  const person = createPerson(name, now)
  return {
    command: { type: 'batch', label: `Add ${person.name} as the speaker`, commands: [{ type: 'person.add', person }, setSpeaker(person.id)] },
    personId: person.id,
    created: true
  }
}

/**
 * Add an attribution tagged by hand. The person it names is its speaker: the
 * one person in the project the name matches (titles and all, as the
 * suggester matches), else a new person with the name without its titles
 * ("Mayor Denise Okonkwo said" adds Denise Okonkwo). A name matching
 * several people is left for the reporter to choose. When a quote or claim
 * is given (`attributes`), it is attributed to the new tag, so it has that
 * speaker too unless it has its own (see speakerIdOf).
 */
export function tagAttributionEdit(
  project: Project,
  input: { annotation: Annotation; attributes: string | null; now: string; by: string }
): { command: Command; personId: string | null } {
  const { now, by } = input
  const name = personNameFromAttribution(input.annotation.target.exact)
  const exactly = name ? matchPeopleExactly(project.people, name) : []
  const named = name && !exactly.length ? matchPeople(project.people, name) : exactly
  const steps: SingleCommand[] = []
  let personId: string | null = named.length === 1 ? named[0]!.id : null
  if (name && named.length === 0) {
    const person = createPerson(name, now)
    steps.push({ type: 'person.add', person })
    personId = person.id
  }
  steps.push({ type: 'annotation.add', annotation: { ...input.annotation, speakerId: personId } })
  if (input.attributes) steps.push({ type: 'annotation.update', id: input.attributes, patch: { attributionId: input.annotation.id }, updatedAt: now, updatedBy: by })
  return { command: steps.length === 1 ? steps[0]! : { type: 'batch', label: 'Tag the attribution', commands: steps }, personId }
}

/** Link two tags, in any articles. One pair of tags has at most one link; applyCommand refuses a second. */
export function linkEdit(_project: Project, fromId: string, toId: string, type: LinkType, now: string): Command {
  return { type: 'link.add', link: { id: newId(), type, from: fromId, to: toId, note: '', createdAt: now, updatedAt: now } }
}

export function unlinkEdit(linkId: string): Command {
  return { type: 'link.remove', id: linkId }
}

/**
 * Resolve a conflict: keep mine (their version is dropped) or take theirs,
 * which replaces mine whole, as they wrote it, placed in the article's
 * current words if those changed since the merge. Either way the conflict
 * goes, and undoing brings it back. Other versions of the same tag, from
 * other colleagues, stay until resolved in turn.
 */
export function resolveConflictEdit(project: Project, conflictId: string, keep: 'mine' | 'theirs'): Command {
  const conflict = project.conflicts.find((c) => c.id === conflictId)
  const remove: SingleCommand = { type: 'conflict.remove', id: conflictId }
  if (!conflict || keep === 'mine') return remove
  let theirs = conflict.theirs
  const text = project.articles.find((a) => a.id === theirs.articleId)?.text
  if (text !== undefined && !theirs.orphan && !targetMatches(text, theirs.target)) {
    const found = reanchor(text, theirs.target)
    theirs = { ...theirs, target: found.target, orphan: found.status === 'orphan' }
  }
  return { type: 'batch', label: 'Take their version', commands: [{ type: 'annotation.replace', annotation: theirs }, remove] }
}

