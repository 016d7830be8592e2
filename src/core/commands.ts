/**
 * The commands that change a project. The renderer applies them
 * optimistically, main validates and applies them to the file, and undo is a
 * stack of commands with their inverses. Every function here is pure.
 *
 * applyCommand keeps the project's references whole: a command that would
 * leave a tag pointing at a missing person, attribution or tag is refused
 * with a reason. Edits that need several steps (deleting a linked tag,
 * merging two people) are one `batch` command, applied all or nothing and
 * undone as one; see edits.ts for the builders.
 *
 * Whether a tag's words match its article's text is checked once the whole
 * command has run: updating an article replaces its text, then moves its
 * tags, and undoing that runs those steps the other way round. An orphan is
 * never checked against the text (it keeps the selectors of words now gone).
 */
import { targetMatches } from './anchoring'
import { checkBlocks } from './blocks'
import type { AnnotationPatch, Command, SingleCommand } from './commandSchema'
import { referenceMessages, tagReferenceProblem } from './integrity'
import { ProjectDraft, type Span } from './projectDraft'
import type { Annotation, AnnotationKind, Link, Project } from './schema'

export { AnnotationPatchSchema, CommandSchema, PersonPatchSchema } from './commandSchema'
export type { AnnotationPatch, BatchCommand, Command, PersonPatch, SingleCommand } from './commandSchema'

export type ApplyResult = { ok: true; project: Project } | { ok: false; error: string }

/** A step's refusal, in words for the reporter; null when the step was applied to the draft. */
type StepResult = string | null

/** A tag other than `ignoreId` (and the candidate itself) on the same words as the same kind; orphans have no place, so no duplicate. */
export function findDuplicate(project: Project, candidate: Annotation, ignoreId?: string): Annotation | undefined {
  const draft = new ProjectDraft(project)
  const id = draft.annotations.duplicateOf(candidate, candidate.id, ignoreId ?? candidate.id)
  return id === undefined ? undefined : draft.annotations.get(id)
}

/** "a quote", "an attribution". */
export function indefiniteArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

const alreadyTagged = (kind: AnnotationKind): string => `That text is already tagged as ${indefiniteArticle(kind)}.`
const idTaken = (id: string): string => `The id ${id} is already used in this project.`
const noArticle = (id: string): string => `There is no article with id ${id} in this project.`

/** The tag's words must be what its article has there, unless it is an orphan. */
function anchorProblem(draft: ProjectDraft, ann: Annotation): string | null {
  const article = draft.articles.get(ann.articleId)
  if (!article) return noArticle(ann.articleId)
  if (ann.orphan || targetMatches(article.text, ann.target)) return null
  return `The tagged text does not match "${article.title}" at ${ann.target.start}–${ann.target.end}.`
}

function referenceProblem(draft: ProjectDraft, ann: Annotation): string | null {
  if (ann.verification && !draft.sources.has(ann.verification.sourceId)) return 'That source document is no longer in the project.'
  const problem = tagReferenceProblem(ann, { hasPerson: (id) => draft.people.has(id), tag: (id) => draft.annotations.get(id) })
  return problem ? referenceMessages[problem] : null
}

/**
 * Apply a command (all of a batch, or nothing) and return the new project,
 * or the reason it is refused. The project passed in is never changed.
 */
export function applyCommand(project: Project, command: Command): ApplyResult {
  const steps = command.type === 'batch' ? command.commands : [command]
  const draft = new ProjectDraft(project)
  for (const step of steps) {
    const error = applyStep(draft, step)
    if (error) return { ok: false, error }
  }
  const next = draft.finish()
  const problem = checkAnchors(next, draft, steps)
  return problem ? { ok: false, error: problem } : { ok: true, project: next }
}

/**
 * Before one step that puts a tag in a place (replace, reanchor) on its own:
 * the words there must be its words, unless it is an orphan. (A whole command
 * is checked after all its steps by checkAnchors, since a text replace and
 * its re-anchoring come together.)
 */
export function stepAnchorProblem(draft: ProjectDraft, step: SingleCommand): string | null {
  if (step.type === 'annotation.replace') return anchorProblem(draft, step.annotation)
  if (step.type !== 'annotation.reanchor') return null
  const current = draft.annotations.get(step.id)
  return current ? anchorProblem(draft, { ...current, target: step.target, orphan: step.orphan }) : null
}

/** After a command that replaced words or moved tags: every tag it touched that is not an orphan must match the text. */
function checkAnchors(project: Project, draft: ProjectDraft, steps: readonly SingleCommand[]): string | null {
  const replaced = new Set(steps.flatMap((s) => (s.type === 'article.replace' ? [s.id] : [])))
  const moved = new Set(steps.flatMap((s) => (s.type === 'annotation.reanchor' ? [s.id] : s.type === 'annotation.replace' ? [s.annotation.id] : [])))
  if (replaced.size === 0 && moved.size === 0) return null
  const touched = replaced.size ? project.annotations.filter((a) => moved.has(a.id) || replaced.has(a.articleId)) : [...moved].flatMap((id) => draft.annotations.get(id) ?? [])
  const stale = touched.filter((a) => anchorProblem(draft, a))
  const first = stale[0]
  if (!first) return null
  if (moved.has(first.id)) return anchorProblem(draft, first)
  const count = stale.filter((a) => a.articleId === first.articleId).length
  const title = draft.articles.get(first.articleId)?.title ?? first.articleId
  return `The new text of "${title}" no longer has the words of ${count} of its ${count === 1 ? 'tag' : 'tags'} where they were; re-anchor them in the same change.`
}

/** Apply one step to the draft: null when applied, else the reason it is refused (the draft is then thrown away). */
export function applyStep(draft: ProjectDraft, command: SingleCommand): StepResult {
  switch (command.type) {
    case 'annotation.add':
      return addTag(draft, command.annotation)
    case 'annotation.update': {
      const current = draft.annotations.get(command.id)
      if (!current) return 'That tag no longer exists.'
      const next = withPatch(current, command.patch, command.updatedAt, command.updatedBy)
      if (command.patch.kind && draft.annotations.duplicateOf(next as Span, current.id)) return alreadyTagged(command.patch.kind)
      const problem = referenceProblem(draft, next)
      if (problem) return problem
      if (current.kind === 'attribution' && next.kind !== 'attribution' && draft.annotations.attributes(current.id)) {
        return 'Other tags are attributed by this attribution; detach them before changing its kind.'
      }
      draft.annotations.replace(next)
      return null
    }
    case 'annotation.remove': {
      const id = command.id
      if (!draft.annotations.has(id)) return 'That tag no longer exists.'
      if (draft.links.list.some((l) => l.from === id || l.to === id)) return 'That tag is linked to other tags; remove its links first.'
      if (draft.annotations.attributes(id)) return 'Other tags are attributed by this attribution; detach them first.'
      if (draft.conflicts.list.some((c) => c.annotationId === id)) return 'A colleague’s version of that tag is waiting as a conflict; resolve it first.'
      draft.annotations.remove(id)
      return null
    }
    case 'annotation.reanchor': {
      const current = draft.annotations.get(command.id)
      if (!current) return 'That tag no longer exists.'
      draft.annotations.replace({ ...current, target: command.target, orphan: command.orphan, updatedAt: command.updatedAt, updatedBy: command.updatedBy })
      return null
    }
    case 'annotation.replace':
      return replaceTag(draft, command.annotation)
    default:
      return applyRecordStep(draft, command)
  }
}

/** A tag with a patch applied; a null verification clears it (the field is left out, never stored as null). */
function withPatch(current: Annotation, patch: AnnotationPatch, updatedAt: string, updatedBy: string): Annotation {
  const { verification, ...rest } = definedFields(patch)
  const next: Annotation = { ...current, ...rest, updatedAt, updatedBy }
  if (verification === null) delete next.verification
  else if (verification !== undefined) next.verification = verification
  return next
}

function addTag(draft: ProjectDraft, ann: Annotation): StepResult {
  if (!draft.articles.has(ann.articleId)) return noArticle(ann.articleId)
  if (draft.idInUse(ann.id)) return idTaken(ann.id)
  const problem = anchorProblem(draft, ann) ?? (draft.annotations.duplicateOf(ann, ann.id) ? alreadyTagged(ann.kind) : null) ?? referenceProblem(draft, ann)
  if (problem) return problem
  draft.annotations.add(ann)
  return null
}

function replaceTag(draft: ProjectDraft, next: Annotation): StepResult {
  const current = draft.annotations.get(next.id)
  if (!current) return 'That tag no longer exists.'
  if (!draft.articles.has(next.articleId)) return noArticle(next.articleId)
  if (draft.annotations.duplicateOf(next, current.id)) return alreadyTagged(next.kind)
  const problem = referenceProblem(draft, next)
  if (problem) return problem
  if (draft.annotations.attributes(current.id) && (next.kind !== 'attribution' || next.articleId !== current.articleId)) {
    return 'Other tags are attributed by this attribution; detach them before changing its kind or article.'
  }
  draft.annotations.replace(next)
  return null
}

/** Steps on articles, people, links, conflicts and rejections. */
function applyRecordStep(draft: ProjectDraft, command: SingleCommand): StepResult {
  switch (command.type) {
    case 'article.add': {
      const article = command.article
      if (draft.idInUse(article.id)) return idTaken(article.id)
      const problem = checkBlocks(article.text, article.blocks)
      if (problem) return `The article "${article.title}" ${problem}.`
      if (command.at === undefined) draft.articles.add(article)
      else draft.articles.insert(article, command.at)
      return null
    }
    case 'article.replace': {
      const current = draft.articles.get(command.id)
      if (!current) return 'That article no longer exists.'
      const problem = checkBlocks(command.text, command.blocks)
      if (problem) return `The new text of "${current.title}" ${problem}.`
      draft.articles.replace({ ...current, text: command.text, blocks: command.blocks, source: command.source ?? current.source, updatedAt: command.updatedAt })
      return null
    }
    case 'article.remove': {
      const article = draft.articles.get(command.id)
      if (!article) return 'That article no longer exists.'
      const tags = draft.annotations.list.filter((a) => a.articleId === command.id).length
      if (tags) return `"${article.title}" has ${tags} ${tags === 1 ? 'tag' : 'tags'}; remove them first.`
      draft.articles.remove(command.id)
      return null
    }
    case 'article.update': {
      const current = draft.articles.get(command.id)
      if (!current) return 'That article no longer exists.'
      draft.articles.replace({ ...current, ...definedFields(command.patch), updatedAt: command.updatedAt })
      return null
    }
    case 'person.add':
      if (draft.idInUse(command.person.id)) return idTaken(command.person.id)
      draft.people.add(command.person)
      return null
    case 'person.update': {
      const current = draft.people.get(command.id)
      if (!current) return 'That person is no longer in the project.'
      draft.people.replace({ ...current, ...definedFields(command.patch), updatedAt: command.updatedAt })
      return null
    }
    case 'person.remove': {
      const person = draft.people.get(command.id)
      if (!person) return 'That person is no longer in the project.'
      const uses = draft.annotations.list.filter((a) => a.speakerId === command.id).length
      if (uses) return `${person.name} is the speaker of ${uses} ${uses === 1 ? 'tag' : 'tags'}; give them another speaker or merge ${person.name} into someone first.`
      draft.people.remove(command.id)
      return null
    }
    default:
      return applyLinkStep(draft, command)
  }
}

/** Steps on links, conflicts and rejections (then source documents). */
function applyLinkStep(draft: ProjectDraft, command: SingleCommand): StepResult {
  switch (command.type) {
    case 'link.add': {
      const link = command.link
      if (draft.idInUse(link.id)) return idTaken(link.id)
      if (link.from === link.to) return 'A tag cannot be linked to itself.'
      if (!draft.annotations.has(link.from) || !draft.annotations.has(link.to)) return 'One of those tags is no longer in the project.'
      if (findLink({ links: draft.links.list }, link.from, link.to)) return 'Those two tags are already linked.'
      draft.links.add(link)
      return null
    }
    case 'link.remove':
      if (!draft.links.has(command.id)) return 'That link no longer exists.'
      draft.links.remove(command.id)
      return null
    case 'conflict.add': {
      const conflict = command.conflict
      if (draft.idInUse(conflict.id)) return idTaken(conflict.id)
      if (!draft.annotations.has(conflict.annotationId)) return 'That tag no longer exists.'
      if (conflict.theirs.id !== conflict.annotationId) return 'A conflict must hold another version of the same tag.'
      draft.conflicts.add(conflict)
      return null
    }
    case 'conflict.remove':
      if (!draft.conflicts.has(command.id)) return 'That conflict has already been resolved.'
      draft.conflicts.remove(command.id)
      return null
    case 'rejection.add': {
      const rejection = command.rejection
      if (draft.idInUse(rejection.id)) return idTaken(rejection.id)
      if (!draft.articles.has(rejection.articleId)) return noArticle(rejection.articleId)
      draft.rejections.add(rejection)
      return null
    }
    case 'rejection.remove':
      if (!draft.rejections.has(command.id)) return 'That suggestion is no longer rejected.'
      draft.rejections.remove(command.id)
      return null
    default:
      return applySourceStep(draft, command)
  }
}

/** Steps on source documents and rejected statement groups. */
function applySourceStep(draft: ProjectDraft, command: SingleCommand): StepResult {
  switch (command.type) {
    case 'source.add': {
      const source = command.source
      if (draft.idInUse(source.id)) return idTaken(source.id)
      const problem = checkBlocks(source.text, source.blocks)
      if (problem) return `The source document "${source.title}" ${problem}.`
      draft.sources.add(source)
      return null
    }
    case 'source.remove': {
      const source = draft.sources.get(command.id)
      if (!source) return 'That source document is no longer in the project.'
      const checked = draft.annotations.list.filter((a) => a.verification?.sourceId === command.id).length
      if (checked) return `${checked} ${checked === 1 ? 'quote was' : 'quotes were'} checked against "${source.title}"; clear ${checked === 1 ? 'its check' : 'their checks'} first.`
      draft.sources.remove(command.id)
      return null
    }
    case 'statementRejection.add': {
      const rejection = command.statementRejection
      if (draft.idInUse(rejection.id)) return idTaken(rejection.id)
      if (rejection.tagIds.length !== 2) return 'A rejected statement group names two tags.'
      draft.statementRejections.add(rejection)
      return null
    }
    case 'statementRejection.remove':
      if (!draft.statementRejections.has(command.id)) return 'That statement group is no longer rejected.'
      draft.statementRejections.remove(command.id)
      return null
    default:
      return `Quotemark does not know the change “${(command as { type: string }).type}”.`
  }
}

/** The link between two tags, in either direction: one pair of tags has at most one link. */
export function findLink(project: { links: readonly Link[] }, a: string, b: string): Link | undefined {
  return project.links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a))
}

export function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}
