/**
 * The command that undoes a command, and which articles a command touches.
 * Undo is a stack of commands with their inverses (history.ts): an inverse is
 * computed against the project as it was just before the command ran.
 */
import { applyStep, definedFields, type Command, type PersonPatch, type SingleCommand } from './commands'
import { ProjectDraft } from './projectDraft'
import type { ArticleMeta, Person, Project } from './schema'

/** The values the patched fields had; a field the record did not have (a tag's verification) comes back as null, which clears it. */
function previousValues<T extends object, P extends object>(current: T, patch: P): P {
  return Object.fromEntries(Object.keys(definedFields(patch)).map((key) => [key, current[key as keyof T] ?? null])) as P
}

/**
 * The command that undoes `command` on `project` (the state before it ran),
 * or null when it cannot be undone because it would fail anyway. An undo is a
 * change like any other, so updates carry the time of the undo (`now`).
 */
export function invertCommand(project: Project, command: Command, now: string, by = ''): Command | null {
  const draft = new ProjectDraft(project)
  if (command.type !== 'batch') return invertSingle(draft, command, now, by)
  const inverses: SingleCommand[] = []
  for (const step of command.commands) {
    const inverse = invertSingle(draft, step, now, by)
    if (!inverse || applyStep(draft, step)) return null
    inverses.unshift(inverse)
  }
  return { type: 'batch', label: command.label, commands: inverses }
}

function invertSingle(project: ProjectDraft, command: SingleCommand, now: string, by: string): SingleCommand | null {
  switch (command.type) {
    case 'annotation.add':
      return { type: 'annotation.remove', id: command.annotation.id }
    case 'annotation.remove': {
      const annotation = project.annotations.get(command.id)
      return annotation ? { type: 'annotation.add', annotation } : null
    }
    case 'annotation.update': {
      const current = project.annotations.get(command.id)
      return current ? { type: 'annotation.update', id: command.id, patch: previousValues(current, command.patch), updatedAt: now, updatedBy: by || command.updatedBy } : null
    }
    case 'annotation.reanchor': {
      const current = project.annotations.get(command.id)
      return current ? { type: 'annotation.reanchor', id: command.id, target: current.target, orphan: current.orphan, updatedAt: now, updatedBy: by || command.updatedBy } : null
    }
    case 'annotation.replace': {
      // The version replaced comes back whole, with its own times: it is that version, not a new edit of it.
      const annotation = project.annotations.get(command.annotation.id)
      return annotation ? { type: 'annotation.replace', annotation } : null
    }
    case 'article.add':
      return { type: 'article.remove', id: command.article.id }
    case 'article.replace': {
      const current = project.articles.get(command.id)
      return current ? { type: 'article.replace', id: command.id, text: current.text, blocks: current.blocks, source: current.source, updatedAt: now } : null
    }
    case 'article.remove': {
      const article = project.articles.get(command.id)
      return article ? { type: 'article.add', article, at: project.articles.list.indexOf(article) } : null
    }
    case 'conflict.add':
      return { type: 'conflict.remove', id: command.conflict.id }
    case 'conflict.remove': {
      const conflict = project.conflicts.get(command.id)
      return conflict ? { type: 'conflict.add', conflict } : null
    }
    case 'article.update': {
      const current = project.articles.get(command.id)
      return current ? { type: 'article.update', id: command.id, patch: previousValues<typeof current, ArticleMeta>(current, command.patch), updatedAt: now } : null
    }
    case 'person.add':
      return { type: 'person.remove', id: command.person.id }
    case 'person.update': {
      const current = project.people.get(command.id)
      return current ? { type: 'person.update', id: command.id, patch: previousValues<Person, PersonPatch>(current, command.patch), updatedAt: now } : null
    }
    case 'person.remove': {
      const person = project.people.get(command.id)
      return person ? { type: 'person.add', person } : null
    }
    case 'link.add':
      return { type: 'link.remove', id: command.link.id }
    case 'link.remove': {
      const link = project.links.get(command.id)
      return link ? { type: 'link.add', link } : null
    }
    case 'rejection.add':
      return { type: 'rejection.remove', id: command.rejection.id }
    case 'rejection.remove': {
      const rejection = project.rejections.get(command.id)
      return rejection ? { type: 'rejection.add', rejection } : null
    }
    case 'source.add':
      return { type: 'source.remove', id: command.source.id }
    case 'source.remove': {
      const source = project.sources.get(command.id)
      return source ? { type: 'source.add', source } : null
    }
    case 'statementRejection.add':
      return { type: 'statementRejection.remove', id: command.statementRejection.id }
    case 'statementRejection.remove': {
      const statementRejection = project.statementRejections.get(command.id)
      return statementRejection ? { type: 'statementRejection.add', statementRejection } : null
    }
  }
}

/** Which articles a command touches, so views can refresh only what changed (empty: people and links only). */
export function commandArticleIds(project: Project, command: Command): string[] {
  const steps = command.type === 'batch' ? command.commands : [command]
  const ids = new Set<string>()
  const draft = new ProjectDraft(project)
  for (const step of steps) for (const articleId of stepArticleIds(draft, step)) if (articleId) ids.add(articleId)
  return [...ids]
}

function stepArticleIds(project: ProjectDraft, step: SingleCommand): (string | undefined)[] {
  const ofTag = (annotationId: string | undefined) => (annotationId === undefined ? undefined : project.annotations.get(annotationId)?.articleId)
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
      return [ofTag(project.conflicts.get(step.id)?.annotationId)]
    case 'rejection.add':
      return [step.rejection.articleId]
    case 'rejection.remove':
      return [project.rejections.get(step.id)?.articleId ?? '']
    default:
      return []
  }
}
