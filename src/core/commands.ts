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
import type { AnnotationPatch, Command, PersonPatch, SingleCommand } from './commandSchema'
import { checkBlocks } from './projectFile'
import type { Annotation, AnnotationKind, ArticleMeta, Link, Person, Project } from './schema'

export { AnnotationPatchSchema, CommandSchema, PersonPatchSchema } from './commandSchema'
export type { AnnotationPatch, BatchCommand, Command, PersonPatch, SingleCommand } from './commandSchema'

export type ApplyResult = { ok: true; project: Project } | { ok: false; error: string }

const refused = (error: string): ApplyResult => ({ ok: false, error })

/** An orphan has no place in the text, so it is never the same span as another tag. */
function sameSpan(a: Annotation, b: { articleId: string; kind: AnnotationKind; target: { start: number; end: number }; orphan?: boolean }): boolean {
  // Offsets first: two numbers rule out almost every tag before any string is compared (a 20,000-tag scan per action).
  return a.target.start === b.target.start && a.target.end === b.target.end && a.kind === b.kind && a.articleId === b.articleId && !a.orphan && !b.orphan
}

export function findDuplicate(project: Project, candidate: Annotation, ignoreId?: string): Annotation | undefined {
  return project.annotations.find((a) => a.id !== ignoreId && a.id !== candidate.id && sameSpan(a, candidate))
}

/** Ids are unique across all records (the loader refuses a file that repeats one), not only within a collection. */
function idInUse(project: Project, recordId: string): boolean {
  const same = (r: { id: string }) => r.id === recordId
  return (
    project.annotations.some(same) || project.articles.some(same) || project.people.some(same) || project.links.some(same) || project.conflicts.some(same) || project.rejections.some(same)
  )
}

/** The tag's words must be what its article has there, unless it is an orphan. */
function anchorProblem(project: Project, ann: Annotation): string | null {
  const article = project.articles.find((a) => a.id === ann.articleId)
  if (!article) return `There is no article with id ${ann.articleId} in this project.`
  if (ann.orphan || targetMatches(article.text, ann.target)) return null
  return `The tagged text does not match "${article.title}" at ${ann.target.start}–${ann.target.end}.`
}

export function withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

/** A tag's references must point at things that exist: its speaker, and an attribution tag in the same article. */
function checkReferences(project: Project, ann: Annotation): string | null {
  if (ann.speakerId !== null && !project.people.some((p) => p.id === ann.speakerId)) return 'That person is no longer in the project.'
  if (ann.attributionId !== null) {
    if (ann.attributionId === ann.id) return 'A tag cannot be its own attribution.'
    const attribution = project.annotations.find((a) => a.id === ann.attributionId)
    if (!attribution || attribution.kind !== 'attribution') return 'That attribution tag is no longer in the project.'
    if (attribution.articleId !== ann.articleId) return 'An attribution must be in the same article as what it attributes.'
    if (ann.kind === 'attribution') return 'An attribution is not attributed to another attribution.'
  }
  return null
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice()
  copy[index] = item
  return copy
}

export function applyCommand(project: Project, command: Command): ApplyResult {
  const steps = command.type === 'batch' ? command.commands : [command]
  let current = project
  for (const step of steps) {
    const result = applySingle(current, step)
    if (!result.ok) return result
    current = result.project
  }
  const problem = checkAnchors(current, steps)
  return problem ? refused(problem) : { ok: true, project: current }
}

/** After a command that replaced words or moved tags: every tag it touched that is not an orphan must match the text. */
function checkAnchors(project: Project, steps: readonly SingleCommand[]): string | null {
  const replaced = new Set(steps.flatMap((s) => (s.type === 'article.replace' ? [s.id] : [])))
  const moved = new Set(steps.flatMap((s) => (s.type === 'annotation.reanchor' ? [s.id] : s.type === 'annotation.replace' ? [s.annotation.id] : [])))
  if (replaced.size === 0 && moved.size === 0) return null
  const stale = project.annotations.filter((a) => (moved.has(a.id) || replaced.has(a.articleId)) && anchorProblem(project, a))
  const first = stale[0]
  if (!first) return null
  if (moved.has(first.id)) return anchorProblem(project, first)
  const count = stale.filter((a) => a.articleId === first.articleId).length
  const title = project.articles.find((a) => a.id === first.articleId)?.title ?? first.articleId
  return `The new text of "${title}" no longer has the words of ${count} of its ${count === 1 ? 'tag' : 'tags'} where they were; re-anchor them in the same change.`
}

function applySingle(project: Project, command: SingleCommand): ApplyResult {
  switch (command.type) {
    case 'annotation.add': {
      const ann = command.annotation
      const article = project.articles.find((a) => a.id === ann.articleId)
      if (!article) return refused(`There is no article with id ${ann.articleId} in this project.`)
      if (idInUse(project, ann.id)) return refused(`The id ${ann.id} is already used in this project.`)
      const anchor = anchorProblem(project, ann)
      if (anchor) return refused(anchor)
      if (findDuplicate(project, ann)) return refused(`That text is already tagged as ${withArticle(ann.kind)}.`)
      const problem = checkReferences(project, ann)
      if (problem) return refused(problem)
      return { ok: true, project: { ...project, annotations: [...project.annotations, ann] } }
    }
    case 'annotation.update': {
      const index = project.annotations.findIndex((a) => a.id === command.id)
      const current = project.annotations[index]
      if (!current) return refused('That tag no longer exists.')
      const next: Annotation = { ...current, ...definedFields(command.patch), updatedAt: command.updatedAt, updatedBy: command.updatedBy }
      if (command.patch.kind && findDuplicate(project, next, current.id)) return refused(`That text is already tagged as ${withArticle(command.patch.kind)}.`)
      const problem = checkReferences(project, next)
      if (problem) return refused(problem)
      if (current.kind === 'attribution' && next.kind !== 'attribution' && project.annotations.some((a) => a.attributionId === current.id)) {
        return refused('Other tags are attributed by this attribution; detach them before changing its kind.')
      }
      return { ok: true, project: { ...project, annotations: replaceAt(project.annotations, index, next) } }
    }
    case 'annotation.remove': {
      if (!project.annotations.some((a) => a.id === command.id)) return refused('That tag no longer exists.')
      if (project.links.some((l) => l.from === command.id || l.to === command.id)) return refused('That tag is linked to other tags; remove its links first.')
      if (project.annotations.some((a) => a.attributionId === command.id)) return refused('Other tags are attributed by this attribution; detach them first.')
      if (project.conflicts.some((c) => c.annotationId === command.id)) return refused('A colleague’s version of that tag is waiting as a conflict; resolve it first.')
      return { ok: true, project: { ...project, annotations: project.annotations.filter((a) => a.id !== command.id) } }
    }
    case 'annotation.reanchor': {
      const index = project.annotations.findIndex((a) => a.id === command.id)
      const current = project.annotations[index]
      if (!current) return refused('That tag no longer exists.')
      const next: Annotation = { ...current, target: command.target, orphan: command.orphan, updatedAt: command.updatedAt, updatedBy: command.updatedBy }
      return { ok: true, project: { ...project, annotations: replaceAt(project.annotations, index, next) } }
    }
    case 'annotation.replace': {
      const next = command.annotation
      const index = project.annotations.findIndex((a) => a.id === next.id)
      const current = project.annotations[index]
      if (!current) return refused('That tag no longer exists.')
      if (!project.articles.some((a) => a.id === next.articleId)) return refused(`There is no article with id ${next.articleId} in this project.`)
      if (findDuplicate(project, next, current.id)) return refused(`That text is already tagged as ${withArticle(next.kind)}.`)
      const problem = checkReferences(project, next)
      if (problem) return refused(problem)
      const attributed = project.annotations.some((a) => a.attributionId === current.id)
      if (attributed && (next.kind !== 'attribution' || next.articleId !== current.articleId)) {
        return refused('Other tags are attributed by this attribution; detach them before changing its kind or article.')
      }
      return { ok: true, project: { ...project, annotations: replaceAt(project.annotations, index, next) } }
    }
    case 'article.add': {
      const article = command.article
      if (idInUse(project, article.id)) return refused(`The id ${article.id} is already used in this project.`)
      const problem = checkBlocks(article.text, article.blocks)
      if (problem) return refused(`The article "${article.title}" ${problem}.`)
      return { ok: true, project: { ...project, articles: [...project.articles, article] } }
    }
    case 'article.replace': {
      const index = project.articles.findIndex((a) => a.id === command.id)
      const current = project.articles[index]
      if (!current) return refused('That article no longer exists.')
      const problem = checkBlocks(command.text, command.blocks)
      if (problem) return refused(`The new text of "${current.title}" ${problem}.`)
      const next = { ...current, text: command.text, blocks: command.blocks, source: command.source ?? current.source, updatedAt: command.updatedAt }
      return { ok: true, project: { ...project, articles: replaceAt(project.articles, index, next) } }
    }
    case 'article.remove': {
      const article = project.articles.find((a) => a.id === command.id)
      if (!article) return refused('That article no longer exists.')
      const tags = project.annotations.filter((a) => a.articleId === command.id).length
      if (tags) return refused(`"${article.title}" has ${tags} ${tags === 1 ? 'tag' : 'tags'}; remove them first.`)
      return { ok: true, project: { ...project, articles: project.articles.filter((a) => a.id !== command.id) } }
    }
    case 'article.update': {
      const index = project.articles.findIndex((a) => a.id === command.id)
      const current = project.articles[index]
      if (!current) return refused('That article no longer exists.')
      return { ok: true, project: { ...project, articles: replaceAt(project.articles, index, { ...current, ...definedFields(command.patch), updatedAt: command.updatedAt }) } }
    }
    case 'person.add': {
      if (idInUse(project, command.person.id)) return refused(`The id ${command.person.id} is already used in this project.`)
      return { ok: true, project: { ...project, people: [...project.people, command.person] } }
    }
    case 'person.update': {
      const index = project.people.findIndex((p) => p.id === command.id)
      const current = project.people[index]
      if (!current) return refused('That person is no longer in the project.')
      return { ok: true, project: { ...project, people: replaceAt(project.people, index, { ...current, ...definedFields(command.patch), updatedAt: command.updatedAt }) } }
    }
    case 'person.remove': {
      const person = project.people.find((p) => p.id === command.id)
      if (!person) return refused('That person is no longer in the project.')
      const uses = project.annotations.filter((a) => a.speakerId === command.id).length
      if (uses) return refused(`${person.name} is the speaker of ${uses} ${uses === 1 ? 'tag' : 'tags'}; give them another speaker or merge ${person.name} into someone first.`)
      return { ok: true, project: { ...project, people: project.people.filter((p) => p.id !== command.id) } }
    }
    case 'link.add': {
      const link = command.link
      if (idInUse(project, link.id)) return refused(`The id ${link.id} is already used in this project.`)
      if (link.from === link.to) return refused('A tag cannot be linked to itself.')
      const ids = new Set(project.annotations.map((a) => a.id))
      if (!ids.has(link.from) || !ids.has(link.to)) return refused('One of those tags is no longer in the project.')
      if (findLink(project, link.from, link.to)) return refused('Those two tags are already linked.')
      return { ok: true, project: { ...project, links: [...project.links, link] } }
    }
    case 'link.remove': {
      if (!project.links.some((l) => l.id === command.id)) return refused('That link no longer exists.')
      return { ok: true, project: { ...project, links: project.links.filter((l) => l.id !== command.id) } }
    }
    case 'conflict.add': {
      const conflict = command.conflict
      if (idInUse(project, conflict.id)) return refused(`The id ${conflict.id} is already used in this project.`)
      if (!project.annotations.some((a) => a.id === conflict.annotationId)) return refused('That tag no longer exists.')
      if (conflict.theirs.id !== conflict.annotationId) return refused('A conflict must hold another version of the same tag.')
      return { ok: true, project: { ...project, conflicts: [...project.conflicts, conflict] } }
    }
    case 'conflict.remove': {
      if (!project.conflicts.some((c) => c.id === command.id)) return refused('That conflict has already been resolved.')
      return { ok: true, project: { ...project, conflicts: project.conflicts.filter((c) => c.id !== command.id) } }
    }
    case 'rejection.add': {
      const rejection = command.rejection
      if (idInUse(project, rejection.id)) return refused(`The id ${rejection.id} is already used in this project.`)
      if (!project.articles.some((a) => a.id === rejection.articleId)) return refused(`There is no article with id ${rejection.articleId} in this project.`)
      return { ok: true, project: { ...project, rejections: [...project.rejections, rejection] } }
    }
    case 'rejection.remove': {
      if (!project.rejections.some((r) => r.id === command.id)) return refused('That suggestion is no longer rejected.')
      return { ok: true, project: { ...project, rejections: project.rejections.filter((r) => r.id !== command.id) } }
    }
  }
}

/** The link between two tags, in either direction: one pair of tags has at most one link. */
export function findLink(project: Pick<Project, 'links'>, a: string, b: string): Link | undefined {
  return project.links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a))
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}

function previousValues<T extends object, P extends object>(current: T, patch: P): P {
  return Object.fromEntries(Object.keys(definedFields(patch)).map((key) => [key, current[key as keyof T]])) as P
}

/**
 * The command that undoes `command` on `project` (the state before it ran),
 * or null when it cannot be undone because it would fail anyway. An undo is a
 * change like any other, so updates carry the time of the undo (`now`).
 */
export function invertCommand(project: Project, command: Command, now: string, by = ''): Command | null {
  if (command.type !== 'batch') return invertSingle(project, command, now, by)
  const inverses: SingleCommand[] = []
  let current = project
  for (const step of command.commands) {
    const inverse = invertSingle(current, step, now, by)
    const result = applySingle(current, step)
    if (!inverse || !result.ok) return null
    inverses.unshift(inverse)
    current = result.project
  }
  return { type: 'batch', label: command.label, commands: inverses }
}

function invertSingle(project: Project, command: SingleCommand, now: string, by: string): SingleCommand | null {
  switch (command.type) {
    case 'annotation.add':
      return { type: 'annotation.remove', id: command.annotation.id }
    case 'annotation.remove': {
      const annotation = project.annotations.find((a) => a.id === command.id)
      return annotation ? { type: 'annotation.add', annotation } : null
    }
    case 'annotation.update': {
      const current = project.annotations.find((a) => a.id === command.id)
      return current ? { type: 'annotation.update', id: command.id, patch: previousValues(current, command.patch), updatedAt: now, updatedBy: by || command.updatedBy } : null
    }
    case 'annotation.reanchor': {
      const current = project.annotations.find((a) => a.id === command.id)
      return current ? { type: 'annotation.reanchor', id: command.id, target: current.target, orphan: current.orphan, updatedAt: now, updatedBy: by || command.updatedBy } : null
    }
    case 'annotation.replace': {
      // The version replaced comes back whole, with its own times: it is that version, not a new edit of it.
      const annotation = project.annotations.find((a) => a.id === command.annotation.id)
      return annotation ? { type: 'annotation.replace', annotation } : null
    }
    case 'article.add':
      return { type: 'article.remove', id: command.article.id }
    case 'article.replace': {
      const current = project.articles.find((a) => a.id === command.id)
      return current ? { type: 'article.replace', id: command.id, text: current.text, blocks: current.blocks, source: current.source, updatedAt: now } : null
    }
    case 'article.remove': {
      const article = project.articles.find((a) => a.id === command.id)
      return article ? { type: 'article.add', article } : null
    }
    case 'conflict.add':
      return { type: 'conflict.remove', id: command.conflict.id }
    case 'conflict.remove': {
      const conflict = project.conflicts.find((c) => c.id === command.id)
      return conflict ? { type: 'conflict.add', conflict } : null
    }
    case 'article.update': {
      const current = project.articles.find((a) => a.id === command.id)
      return current ? { type: 'article.update', id: command.id, patch: previousValues<typeof current, ArticleMeta>(current, command.patch), updatedAt: now } : null
    }
    case 'person.add':
      return { type: 'person.remove', id: command.person.id }
    case 'person.update': {
      const current = project.people.find((p) => p.id === command.id)
      return current ? { type: 'person.update', id: command.id, patch: previousValues<Person, PersonPatch>(current, command.patch), updatedAt: now } : null
    }
    case 'person.remove': {
      const person = project.people.find((p) => p.id === command.id)
      return person ? { type: 'person.add', person } : null
    }
    case 'link.add':
      return { type: 'link.remove', id: command.link.id }
    case 'link.remove': {
      const link = project.links.find((l) => l.id === command.id)
      return link ? { type: 'link.add', link } : null
    }
    case 'rejection.add':
      return { type: 'rejection.remove', id: command.rejection.id }
    case 'rejection.remove': {
      const rejection = project.rejections.find((r) => r.id === command.id)
      return rejection ? { type: 'rejection.add', rejection } : null
    }
  }
}

/** Which articles a command touches, so views can refresh only what changed (empty: people and links only). */
export function commandArticleIds(project: Project, command: Command): string[] {
  const steps = command.type === 'batch' ? command.commands : [command]
  const ids = new Set<string>()
  for (const step of steps) for (const articleId of stepArticleIds(project, step)) if (articleId) ids.add(articleId)
  return [...ids]
}

function stepArticleIds(project: Project, step: SingleCommand): (string | undefined)[] {
  const ofTag = (annotationId: string | undefined) => project.annotations.find((a) => a.id === annotationId)?.articleId
  switch (step.type) {
    case 'annotation.add':
    case 'annotation.replace':
      return [step.annotation.articleId, ofTag(step.annotation.id)]
    case 'annotation.update':
    case 'annotation.remove':
    case 'annotation.reanchor':
      return [ofTag(step.id)]
    case 'article.add':
      return [step.article.id]
    case 'article.update':
    case 'article.replace':
    case 'article.remove':
      return [step.id]
    case 'conflict.add':
      return [ofTag(step.conflict.annotationId)]
    case 'conflict.remove':
      return [ofTag(project.conflicts.find((c) => c.id === step.id)?.annotationId)]
    case 'rejection.add':
      return [step.rejection.articleId]
    case 'rejection.remove':
      return [project.rejections.find((r) => r.id === step.id)?.articleId ?? '']
    default:
      return []
  }
}
