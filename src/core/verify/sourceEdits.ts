/**
 * The commands behind checking quotes against a source document: adding one,
 * removing one (the checks made against it are cleared in the same batch, so
 * nothing points at a missing document and undo brings both back), and
 * recording or clearing the check on a tag. Pure builders, like edits/.
 */
import type { Command, SingleCommand } from '../commands'
import type { Project, SourceDocument, Verification } from '../schema'

export function addSourceEdit(source: SourceDocument): Command {
  return { type: 'source.add', source }
}

/** Remove a source document and clear every check made against it, as one change undone as one. */
export function removeSourceEdit(project: Project, sourceId: string, now: string, by: string): { command: Command; cleared: number } {
  const source = project.sources.find((s) => s.id === sourceId)
  const remove: SingleCommand = { type: 'source.remove', id: sourceId }
  if (!source) return { command: remove, cleared: 0 }
  const checked = project.annotations.filter((a) => a.verification?.sourceId === sourceId)
  const steps: SingleCommand[] = [...checked.map((a) => clearStep(a.id, now, by)), remove]
  return { command: { type: 'batch', label: `Remove source “${source.title}”`.slice(0, 200), commands: steps }, cleared: checked.length }
}

/** Record the result of a check on its tag (replacing an earlier one). */
export function recordVerificationEdit(tagId: string, verification: Verification, now: string, by: string): Command {
  return { type: 'annotation.update', id: tagId, patch: { verification }, updatedAt: now, updatedBy: by }
}

/** Record the checks of several tags as one change (checking all of a speaker's or an article's quotes). */
export function recordVerificationsEdit(results: ReadonlyArray<{ tagId: string; verification: Verification }>, now: string, by: string): Command {
  const steps = results.map((r) => recordVerificationEdit(r.tagId, r.verification, now, by) as SingleCommand)
  return steps.length === 1 ? steps[0]! : { type: 'batch', label: `Check ${steps.length} quotes against the source`, commands: steps }
}

export function clearVerificationEdit(tagId: string, now: string, by: string): Command {
  return clearStep(tagId, now, by)
}

function clearStep(tagId: string, now: string, by: string): SingleCommand {
  return { type: 'annotation.update', id: tagId, patch: { verification: null }, updatedAt: now, updatedBy: by }
}
