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
 */
import { z } from 'zod'
import { targetMatches } from './anchoring'
import { AnnotationKindSchema, AnnotationSchema, ArticleMetaSchema, ClaimStatusSchema, EvidenceSchema, LinkSchema, PersonSchema, personKinds } from './schema'
import type { Annotation, AnnotationKind, ArticleMeta, Link, Person, Project } from './schema'

const id = z.string().min(1).max(200)
const when = z.string().min(1).max(64)

export const AnnotationPatchSchema = z.object({
  kind: AnnotationKindSchema.optional(),
  note: z.string().max(100_000).optional(),
  speakerId: id.nullable().optional(),
  attributionId: id.nullable().optional(),
  status: ClaimStatusSchema.optional(),
  evidence: z.array(EvidenceSchema).max(200).optional()
})
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>

export const PersonPatchSchema = z.object({
  kind: z.enum(personKinds).optional(),
  name: z.string().min(1).max(500).optional(),
  aliases: z.array(z.string().max(500)).max(200).optional(),
  role: z.string().max(1000).optional(),
  affiliation: z.string().max(1000).optional(),
  note: z.string().max(100_000).optional()
})
export type PersonPatch = z.infer<typeof PersonPatchSchema>

const SingleCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('annotation.add'), annotation: AnnotationSchema }),
  z.object({ type: z.literal('annotation.update'), id, patch: AnnotationPatchSchema, updatedAt: when, updatedBy: z.string().max(200) }),
  z.object({ type: z.literal('annotation.remove'), id }),
  z.object({ type: z.literal('article.update'), id, patch: ArticleMetaSchema, updatedAt: when }),
  z.object({ type: z.literal('person.add'), person: PersonSchema }),
  z.object({ type: z.literal('person.update'), id, patch: PersonPatchSchema, updatedAt: when }),
  z.object({ type: z.literal('person.remove'), id }),
  z.object({ type: z.literal('link.add'), link: LinkSchema }),
  z.object({ type: z.literal('link.remove'), id })
])
export type SingleCommand = z.infer<typeof SingleCommandSchema>

/** Commands arrive in main from an untrusted renderer: they are parsed, not trusted. */
export const CommandSchema = z.union([
  SingleCommandSchema,
  z.object({ type: z.literal('batch'), label: z.string().max(200), commands: z.array(SingleCommandSchema).min(1).max(10_000) })
])
export type Command = z.infer<typeof CommandSchema>
export type BatchCommand = Extract<Command, { type: 'batch' }>

export type ApplyResult = { ok: true; project: Project } | { ok: false; error: string }

const refused = (error: string): ApplyResult => ({ ok: false, error })

function sameSpan(a: Annotation, b: { articleId: string; kind: AnnotationKind; target: { start: number; end: number } }): boolean {
  return a.articleId === b.articleId && a.kind === b.kind && a.target.start === b.target.start && a.target.end === b.target.end
}

export function findDuplicate(project: Project, candidate: Annotation, ignoreId?: string): Annotation | undefined {
  return project.annotations.find((a) => a.id !== ignoreId && a.id !== candidate.id && sameSpan(a, candidate))
}

/** Ids are unique across all records (the loader refuses a file that repeats one), not only within a collection. */
function idInUse(project: Project, recordId: string): boolean {
  const same = (r: { id: string }) => r.id === recordId
  return project.annotations.some(same) || project.articles.some(same) || project.people.some(same) || project.links.some(same)
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
  if (command.type === 'batch') {
    let current = project
    for (const step of command.commands) {
      const result = applySingle(current, step)
      if (!result.ok) return result
      current = result.project
    }
    return { ok: true, project: current }
  }
  return applySingle(project, command)
}

function applySingle(project: Project, command: SingleCommand): ApplyResult {
  switch (command.type) {
    case 'annotation.add': {
      const ann = command.annotation
      const article = project.articles.find((a) => a.id === ann.articleId)
      if (!article) return refused(`There is no article with id ${ann.articleId} in this project.`)
      if (idInUse(project, ann.id)) return refused(`The id ${ann.id} is already used in this project.`)
      if (!targetMatches(article.text, ann.target)) return refused(`The tagged text does not match "${article.title}" at ${ann.target.start}–${ann.target.end}.`)
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
      return { ok: true, project: { ...project, annotations: project.annotations.filter((a) => a.id !== command.id) } }
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
  }
}

/** Which articles a command touches, so views can refresh only what changed (empty: people and links only). */
export function commandArticleIds(project: Project, command: Command): string[] {
  const steps = command.type === 'batch' ? command.commands : [command]
  const ids = new Set<string>()
  for (const step of steps) {
    if (step.type === 'annotation.add') ids.add(step.annotation.articleId)
    else if (step.type === 'annotation.update' || step.type === 'annotation.remove') {
      const articleId = project.annotations.find((a) => a.id === step.id)?.articleId
      if (articleId) ids.add(articleId)
    } else if (step.type === 'article.update') ids.add(step.id)
  }
  return [...ids]
}
