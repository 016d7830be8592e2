/**
 * The commands that change a project. The renderer applies them
 * optimistically, main validates and applies them to the file, and undo is a
 * stack of commands with their inverses. Every function here is pure.
 */
import { targetMatches } from './anchoring'
import { z } from 'zod'
import { AnnotationKindSchema, AnnotationSchema, ArticleMetaSchema } from './schema'
import type { Annotation, AnnotationKind, ArticleMeta, Project } from './schema'

export const AnnotationPatchSchema = z.object({ kind: AnnotationKindSchema.optional(), note: z.string().max(100_000).optional() })
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>

/** Commands arrive in main from an untrusted renderer: they are parsed, not trusted. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('annotation.add'), annotation: AnnotationSchema }),
  z.object({ type: z.literal('annotation.update'), id: z.string().min(1), patch: AnnotationPatchSchema, updatedAt: z.string().min(1) }),
  z.object({ type: z.literal('annotation.remove'), id: z.string().min(1) }),
  z.object({ type: z.literal('article.update'), id: z.string().min(1), patch: ArticleMetaSchema, updatedAt: z.string().min(1) })
])
export type Command = z.infer<typeof CommandSchema>

export type ApplyResult = { ok: true; project: Project } | { ok: false; error: string }

function sameSpan(a: Annotation, b: { articleId: string; kind: AnnotationKind; target: { start: number; end: number } }): boolean {
  return a.articleId === b.articleId && a.kind === b.kind && a.target.start === b.target.start && a.target.end === b.target.end
}

export function findDuplicate(project: Project, candidate: Annotation, ignoreId?: string): Annotation | undefined {
  return project.annotations.find((a) => a.id !== ignoreId && a.id !== candidate.id && sameSpan(a, candidate))
}

export function applyCommand(project: Project, command: Command): ApplyResult {
  switch (command.type) {
    case 'annotation.add': {
      const ann = command.annotation
      const article = project.articles.find((a) => a.id === ann.articleId)
      if (!article) return { ok: false, error: `There is no article with id ${ann.articleId} in this project.` }
      // Ids are unique across all records (the loader refuses a file that repeats one), not only among tags.
      const sameId = (r: { id: string }) => r.id === ann.id
      if (project.annotations.some(sameId) || project.articles.some(sameId) || project.people.some(sameId) || project.links.some(sameId)) {
        return { ok: false, error: `The id ${ann.id} is already used in this project.` }
      }
      if (!targetMatches(article.text, ann.target)) {
        return { ok: false, error: `The tagged text does not match "${article.title}" at ${ann.target.start}–${ann.target.end}.` }
      }
      if (findDuplicate(project, ann)) return { ok: false, error: `That text is already tagged as ${withArticle(ann.kind)}.` }
      return { ok: true, project: { ...project, annotations: [...project.annotations, ann] } }
    }
    case 'annotation.update': {
      const index = project.annotations.findIndex((a) => a.id === command.id)
      const current = project.annotations[index]
      if (!current) return { ok: false, error: 'That tag no longer exists.' }
      const next: Annotation = { ...current, ...command.patch, updatedAt: command.updatedAt }
      if (command.patch.kind && findDuplicate(project, next, current.id)) {
        return { ok: false, error: `That text is already tagged as ${withArticle(command.patch.kind)}.` }
      }
      const annotations = project.annotations.slice()
      annotations[index] = next
      return { ok: true, project: { ...project, annotations } }
    }
    case 'annotation.remove': {
      if (!project.annotations.some((a) => a.id === command.id)) return { ok: false, error: 'That tag no longer exists.' }
      // A link to a missing tag makes the file unloadable, and undo (annotation.add) would not bring the link back.
      if (project.links.some((l) => l.from === command.id || l.to === command.id)) {
        return { ok: false, error: 'That tag is linked to other tags; remove its links first.' }
      }
      return { ok: true, project: { ...project, annotations: project.annotations.filter((a) => a.id !== command.id) } }
    }
    case 'article.update': {
      const index = project.articles.findIndex((a) => a.id === command.id)
      const current = project.articles[index]
      if (!current) return { ok: false, error: 'That article no longer exists.' }
      const articles = project.articles.slice()
      articles[index] = { ...current, ...definedFields(command.patch), updatedAt: command.updatedAt }
      return { ok: true, project: { ...project, articles } }
    }
  }
}

function withArticle(kind: AnnotationKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}

/**
 * The command that undoes `command` on `project` (the state before it ran),
 * or null when it cannot be undone because it would fail anyway. An undo is a
 * change like any other, so updates carry the time of the undo (`now`).
 */
export function invertCommand(project: Project, command: Command, now: string): Command | null {
  switch (command.type) {
    case 'annotation.add':
      return { type: 'annotation.remove', id: command.annotation.id }
    case 'annotation.remove': {
      const annotation = project.annotations.find((a) => a.id === command.id)
      return annotation ? { type: 'annotation.add', annotation } : null
    }
    case 'annotation.update': {
      const current = project.annotations.find((a) => a.id === command.id)
      if (!current) return null
      const patch: AnnotationPatch = {}
      if (command.patch.kind !== undefined) patch.kind = current.kind
      if (command.patch.note !== undefined) patch.note = current.note
      return { type: 'annotation.update', id: command.id, patch, updatedAt: now }
    }
    case 'article.update': {
      const current = project.articles.find((a) => a.id === command.id)
      if (!current) return null
      const patch: ArticleMeta = {}
      for (const key of Object.keys(command.patch) as (keyof ArticleMeta)[]) patch[key] = current[key]
      return { type: 'article.update', id: command.id, patch, updatedAt: now }
    }
  }
}

/** Which article a command touches, so views can refresh only what changed. */
export function commandArticleId(project: Project, command: Command): string | undefined {
  switch (command.type) {
    case 'annotation.add':
      return command.annotation.articleId
    case 'annotation.update':
    case 'annotation.remove':
      return project.annotations.find((a) => a.id === command.id)?.articleId
    case 'article.update':
      return command.id
  }
}
