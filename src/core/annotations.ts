/**
 * Making and reading tags: the one place that knows a new tag's defaults and
 * how a tag's speaker is found (its own, else its attribution's).
 */
import { makeTarget } from './anchoring'
import { newId } from './ids'
import type { Annotation, AnnotationKind, Person, Project } from './schema'

export function createAnnotation(input: {
  articleId: string
  text: string
  start: number
  end: number
  kind: AnnotationKind
  author: string
  now: string
  id?: string
}): Annotation {
  return {
    id: input.id ?? newId(),
    articleId: input.articleId,
    kind: input.kind,
    target: makeTarget(input.text, input.start, input.end),
    note: '',
    speakerId: null,
    attributionId: null,
    status: 'unverified',
    evidence: [],
    author: input.author,
    updatedBy: input.author,
    createdAt: input.now,
    updatedAt: input.now,
    orphan: false
  }
}

/** Lookups a view needs many times: build once per project change, not per tag. */
export type ProjectIndex = {
  readonly annotationsById: ReadonlyMap<string, Annotation>
  readonly peopleById: ReadonlyMap<string, Person>
  /** Tags attributed by each attribution tag. */
  readonly attributedBy: ReadonlyMap<string, readonly Annotation[]>
}

export function indexProject(project: Pick<Project, 'annotations' | 'people'>): ProjectIndex {
  const annotationsById = new Map(project.annotations.map((a) => [a.id, a]))
  const attributedBy = new Map<string, Annotation[]>()
  for (const a of project.annotations) {
    if (!a.attributionId) continue
    const list = attributedBy.get(a.attributionId)
    if (list) list.push(a)
    else attributedBy.set(a.attributionId, [a])
  }
  return { annotationsById, peopleById: new Map(project.people.map((p) => [p.id, p])), attributedBy }
}

/** Who said it: the tag's own speaker, else the person its attribution names. */
export function speakerIdOf(index: ProjectIndex, ann: Annotation): string | null {
  if (ann.speakerId) return ann.speakerId
  const attribution = ann.attributionId ? index.annotationsById.get(ann.attributionId) : undefined
  return attribution?.speakerId ?? null
}
