/**
 * Making and reading tags: the one place that knows a new tag's defaults and
 * how a tag's speaker is found (its own, else its attribution's).
 */
import { makeTarget } from './anchoring'
import { newId } from './ids'
import { insertSorted } from './sorted'
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

/** Text order: by start, the longer first on ties (outer tags before the tags inside them), then kind and id so the order is total. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || b.target.end - a.target.end || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)
}

/** Lookups a view needs many times: build once per project change, not per tag. */
export type ProjectIndex = {
  readonly annotationsById: ReadonlyMap<string, Annotation>
  readonly peopleById: ReadonlyMap<string, Person>
  /** Tags attributed by each attribution tag, in text order. */
  readonly attributedBy: ReadonlyMap<string, readonly Annotation[]>
  /** Each article's tags (orphans too), in text order (compareAnnotations); an article without tags has no entry. */
  readonly byArticle: ReadonlyMap<string, readonly Annotation[]>
}

/** The arrays each index was built from, so that the next index can be derived from it by what changed. */
const sources = new WeakMap<ProjectIndex, { annotations: readonly Annotation[]; people: readonly Person[] }>()

/**
 * The project's index. Given the index of an earlier version of the same
 * project (`previous`), only the tags that changed are re-indexed: records
 * are immutable, so a changed tag is a new object, and a command keeps the
 * others in their order; the maps are persistent, sharing what did not change.
 * A change that does not look like that (a reload, a reordering) rebuilds.
 */
export function indexProject(project: Pick<Project, 'annotations' | 'people'>, previous?: ProjectIndex): ProjectIndex {
  const before = previous && sources.get(previous)
  if (before && before.annotations === project.annotations && before.people === project.people) return previous!
  const changes = before ? diffRecords(before.annotations, project.annotations, previous!.annotationsById) : null
  const index = changes && changes.length <= Math.max(64, project.annotations.length >> 3) ? reindex(previous!, changes, before!.people === project.people ? previous!.peopleById : peopleMap(project.people)) : buildIndex(project)
  sources.set(index, { annotations: project.annotations, people: project.people })
  return index
}

function peopleMap(people: readonly Person[]): ReadonlyMap<string, Person> {
  return new Map(people.map((p) => [p.id, p]))
}

function buildIndex(project: Pick<Project, 'annotations' | 'people'>): ProjectIndex {
  const annotationsById = new Map<string, Annotation>()
  const attributedBy = new Map<string, Annotation[]>()
  const byArticle = new Map<string, Annotation[]>()
  const push = (map: Map<string, Annotation[]>, key: string, a: Annotation) => {
    const list = map.get(key)
    if (list) list.push(a)
    else map.set(key, [a])
  }
  for (const a of project.annotations) {
    annotationsById.set(a.id, a)
    push(byArticle, a.articleId, a)
    if (a.attributionId) push(attributedBy, a.attributionId, a)
  }
  for (const list of byArticle.values()) list.sort(compareAnnotations)
  for (const list of attributedBy.values()) list.sort(compareAnnotations)
  return { annotationsById: PersistentMap.from(annotationsById), peopleById: peopleMap(project.people), attributedBy: PersistentMap.from(attributedBy as Map<string, readonly Annotation[]>), byArticle }
}

/** One tag that changed between two versions of the annotations: added (no `before`), removed (no `after`) or replaced. */
export type AnnotationChange = { readonly before?: Annotation; readonly after?: Annotation }
type Change = AnnotationChange

/**
 * The tags that changed from `before` to `after` (two versions of a project's
 * annotations), found in one pass when `after` keeps `before`'s order, as
 * every command does; null when it does not (then rebuild instead).
 */
export function changedAnnotations(before: readonly Annotation[], after: readonly Annotation[], beforeById?: ReadonlyMap<string, Annotation>): AnnotationChange[] | null {
  return diffRecords(before, after, beforeById ?? new Map(before.map((a) => [a.id, a])))
}

/**
 * What changed from `a` to `b`, when `b` keeps `a`'s order (as every command
 * does: an added tag is appended, a changed one replaced where it was, a
 * removed one left out), in one pass; null when it does not.
 */
function diffRecords(a: readonly Annotation[], b: readonly Annotation[], byId: ReadonlyMap<string, Annotation>): Change[] | null {
  const changes: Change[] = []
  const removed = new Set<string>()
  let i = 0
  let j = 0
  while (j < b.length) {
    const next = b[j]!
    const prev = a[i]
    if (prev === next) {
      i++
      j++
    } else if (prev && prev.id === next.id) {
      changes.push({ before: prev, after: next })
      i++
      j++
    } else if (!byId.has(next.id) || removed.has(next.id)) {
      // New here (or removed above and back now, which a kept order cannot explain).
      if (removed.has(next.id)) return null
      changes.push({ after: next })
      j++
    } else if (prev) {
      // `next` was further on in `a`, so `prev` is gone.
      changes.push({ before: prev })
      removed.add(prev.id)
      i++
    } else {
      return null
    }
  }
  for (; i < a.length; i++) changes.push({ before: a[i]! })
  return changes
}

function reindex(previous: ProjectIndex, changes: readonly Change[], peopleById: ReadonlyMap<string, Person>): ProjectIndex {
  const byId = new Map<string, Annotation | undefined>()
  const lists = { attributedBy: new Map<string, Annotation[]>(), byArticle: new Map<string, Annotation[]>() }
  const listOf = (which: 'attributedBy' | 'byArticle', key: string): Annotation[] => {
    let list = lists[which].get(key)
    if (!list) lists[which].set(key, (list = [...(previous[which].get(key) ?? [])]))
    return list
  }
  for (const { before, after } of changes) {
    if (before) {
      byId.set(before.id, undefined)
      removeFrom(listOf('byArticle', before.articleId), before.id)
      if (before.attributionId) removeFrom(listOf('attributedBy', before.attributionId), before.id)
    }
    if (after) {
      byId.set(after.id, after)
      insertSorted(listOf('byArticle', after.articleId), after, compareAnnotations)
      if (after.attributionId) insertSorted(listOf('attributedBy', after.attributionId), after, compareAnnotations)
    }
  }
  const byArticle = new Map(previous.byArticle)
  for (const [key, list] of lists.byArticle) {
    if (list.length) byArticle.set(key, list)
    else byArticle.delete(key)
  }
  const attributedBy = new Map<string, Annotation[] | undefined>(lists.attributedBy)
  for (const [key, list] of lists.attributedBy) if (!list.length) attributedBy.set(key, undefined)
  return {
    annotationsById: PersistentMap.from(previous.annotationsById).with(byId),
    peopleById,
    attributedBy: PersistentMap.from(previous.attributedBy).with(attributedBy),
    byArticle
  }
}

function removeFrom(list: Annotation[], id: string): void {
  const at = list.findIndex((a) => a.id === id)
  if (at >= 0) list.splice(at, 1)
}


/**
 * A read-only map that is cheap to derive a changed copy from: a shared base
 * map and a small overlay of what changed since (undefined: removed). The
 * overlay is folded into a new base once it grows past a fraction of the base,
 * so lookups stay two hash probes and a change costs its own size, amortised.
 */
class PersistentMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly overlay: ReadonlyMap<K, V | undefined>,
    readonly size: number
  ) {}

  static from<K, V>(map: ReadonlyMap<K, V>): PersistentMap<K, V> {
    return map instanceof PersistentMap ? (map as PersistentMap<K, V>) : new PersistentMap(map, new Map(), map.size)
  }

  /** A copy with these entries set (undefined: deleted). */
  with(changes: ReadonlyMap<K, V | undefined>): PersistentMap<K, V> {
    if (!changes.size) return this
    const overlay = new Map(this.overlay)
    let size = this.size
    for (const [key, value] of changes) {
      const had = this.has(key)
      if (value === undefined) {
        if (had) size--
        if (this.base.has(key)) overlay.set(key, undefined)
        else overlay.delete(key)
      } else {
        if (!had) size++
        overlay.set(key, value)
      }
    }
    if (overlay.size > Math.max(256, this.base.size >> 4)) {
      const merged = new Map(this.base)
      for (const [key, value] of overlay) {
        if (value === undefined) merged.delete(key)
        else merged.set(key, value)
      }
      return new PersistentMap(merged, new Map(), merged.size)
    }
    return new PersistentMap(this.base, overlay, size)
  }

  get(key: K): V | undefined {
    return this.overlay.has(key) ? this.overlay.get(key) : this.base.get(key)
  }

  has(key: K): boolean {
    return this.overlay.has(key) ? this.overlay.get(key) !== undefined : this.base.has(key)
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) if (!this.overlay.has(key)) yield [key, value]
    for (const [key, value] of this.overlay) if (value !== undefined) yield [key, value]
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this)
  }
}

/** Who said it: the tag's own speaker, else the person its attribution names. */
export function speakerIdOf(index: ProjectIndex, ann: Annotation): string | null {
  if (ann.speakerId) return ann.speakerId
  const attribution = ann.attributionId ? index.annotationsById.get(ann.attributionId) : undefined
  return attribution?.speakerId ?? null
}
