/**
 * The store's records by id, and its tags by the words they cover, without
 * scanning a 20,000-tag project for every change from the team: a read-only
 * ProjectDraft over the project, whose look-ups are built once per collection
 * array and carried from command to command (projectDraft.ts). Kept per
 * project object: a change makes a new project, and its arrays bring their
 * look-ups along.
 */
import { ProjectDraft, type Span } from '../../core/projectDraft'
import type { Project } from '../../core/schema'
import type { Kind, ProjectRecords } from './yRecords'

const drafts = new WeakMap<Project, ProjectDraft>()

function draftOf(project: Project): ProjectDraft {
  let draft = drafts.get(project)
  if (!draft) drafts.set(project, (draft = new ProjectDraft(project)))
  return draft
}

/** The store's record of this kind and id. */
export function storedRecord<K extends Kind>(project: Project, kind: K, id: string): ProjectRecords[K][number] | undefined {
  return draftOf(project)[kind].get(id) as ProjectRecords[K][number] | undefined
}

/** Ids of the store's tags of one kind on the same words (none for an orphan). */
export function storedSameSpan(project: Project, span: Span): string[] {
  const tags = draftOf(project).annotations
  const found: string[] = []
  for (let id = tags.duplicateOf(span); id !== undefined; id = tags.duplicateOf(span, ...found)) found.push(id)
  return found
}
