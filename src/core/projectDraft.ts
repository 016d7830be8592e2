/**
 * A project being changed by one command: each collection copied once, on
 * its first write, with id and span look-ups that are built once and carried
 * from command to command (so a tag action on a 20,000-tag project looks its
 * records up by id instead of scanning them, and a merge of 30,000 tags is
 * linear, not quadratic).
 *
 * The look-ups belong to an array: they are kept in WeakMaps keyed by the
 * collection array they describe. A draft that writes a collection takes its
 * look-ups from the old array (which then has none: a later use rebuilds
 * them), updates them as it goes, and hands them to the new array when the
 * command succeeds. Arrays are never changed in place once finished, so a
 * look-up always describes its array.
 *
 * Revisions are stamped here, the one place every command's records pass
 * through: a record added or replaced gets its rev (a replaced one as a child
 * of the version it replaces, with the fields that changed), and a removed one
 * leaves a tombstone (revisions.ts). Conflicts carry no revisions, and nor
 * does a project without a `removed` list (one made in memory by older code).
 */
import { historyOf, stamped, tombstoneOf, withHistory, type Revisioned, type Tombstone } from './revisions'
import type { Annotation, Project } from './schema'

type Keyed = { id: string }
export const COLLECTIONS = ['articles', 'annotations', 'people', 'links', 'conflicts', 'rejections', 'sources', 'statementRejections'] as const
export type CollectionName = (typeof COLLECTIONS)[number]

/** What a non-orphan tag covers: two tags of one kind on the same words are the same tag. */
export type Span = { articleId: string; kind: string; target: { start: number; end: number }; orphan?: boolean }
export const spanKey = (s: Span): string => `${s.articleId}\u0000${s.kind}\u0000${s.target.start}\u0000${s.target.end}`

type Positions = Map<string, number>
type TagLookups = { spans: Map<string, string[]>; attributedBy: Map<string, number> }

const positionsByArray = new WeakMap<readonly Keyed[], Positions>()
const tagLookupsByArray = new WeakMap<readonly Annotation[], TagLookups>()

/** How many records look-ups were built over (tests and benches count work with it, not time). */
export const lookupWork = { records: 0 }

function buildPositions(items: readonly Keyed[]): Positions {
  lookupWork.records += items.length
  const positions: Positions = new Map()
  for (let i = 0; i < items.length; i++) positions.set(items[i]!.id, i)
  return positions
}

function buildTagLookups(items: readonly Annotation[]): TagLookups {
  lookupWork.records += items.length
  const lookups: TagLookups = { spans: new Map(), attributedBy: new Map() }
  for (const ann of items) addTagLookups(lookups, ann)
  return lookups
}

function addTagLookups(lookups: TagLookups, ann: Annotation): void {
  if (!ann.orphan) {
    const key = spanKey(ann)
    const ids = lookups.spans.get(key)
    if (ids) ids.push(ann.id)
    else lookups.spans.set(key, [ann.id])
  }
  if (ann.attributionId !== null) lookups.attributedBy.set(ann.attributionId, (lookups.attributedBy.get(ann.attributionId) ?? 0) + 1)
}

function dropTagLookups(lookups: TagLookups, ann: Annotation): void {
  if (!ann.orphan) {
    const key = spanKey(ann)
    const ids = lookups.spans.get(key)?.filter((id) => id !== ann.id)
    if (ids?.length) lookups.spans.set(key, ids)
    else lookups.spans.delete(key)
  }
  if (ann.attributionId !== null) {
    const left = (lookups.attributedBy.get(ann.attributionId) ?? 1) - 1
    if (left > 0) lookups.attributedBy.set(ann.attributionId, left)
    else lookups.attributedBy.delete(ann.attributionId)
  }
}

/** Take an array's look-up to change it (the array keeps none), or build one. */
function take<A extends object, L>(map: WeakMap<A, L>, array: A, build: (array: A) => L): L {
  const found = map.get(array)
  if (found === undefined) return build(array)
  map.delete(array)
  return found
}

/** One collection of a draft: read through the base array until the first write, then through its own copy. */
export class DraftCollection<T extends Keyed> {
  protected items: T[] | null = null
  private positions: Positions | null = null
  /** Positions after a removal are rebuilt on the next look-up (removals are rare; the array copy is linear anyway). */
  private stale = false

  /** The draft's tombstones, for the collections whose records carry revisions. */
  constructor(
    readonly base: readonly T[],
    private readonly tombstones?: DraftTombstones
  ) {}

  get list(): readonly T[] {
    return this.items ?? this.base
  }

  private lookup(): Positions {
    if (this.items === null) {
      let positions = positionsByArray.get(this.base)
      if (!positions) positionsByArray.set(this.base, (positions = buildPositions(this.base)))
      return positions
    }
    if (this.stale) {
      this.positions = buildPositions(this.items)
      this.stale = false
    }
    return this.positions!
  }

  get(id: string): T | undefined {
    const at = this.lookup().get(id)
    return at === undefined ? undefined : this.list[at]
  }

  has(id: string): boolean {
    return this.lookup().has(id)
  }

  protected own(): T[] {
    if (this.items === null) {
      this.positions = take(positionsByArray, this.base, buildPositions)
      this.items = this.base.slice()
    }
    return this.items
  }

  add(item: T): void {
    if (this.tombstones) {
      item = stamped(item)
      this.tombstones.forget(item.id)
    }
    const items = this.own()
    this.lookup().set(item.id, items.length)
    items.push(item)
  }

  /** Replace the record with the same id (which must exist): a new revision of it, unless `item` already descends from it. */
  replace(item: T): void {
    const items = this.own()
    const at = this.lookup().get(item.id)!
    items[at] = this.tombstones ? nextRevision(item, items[at]!) : item
  }

  /** Add a record at a place in the list (or at the end, past it): undoing a removal puts it back where it was. */
  insert(item: T, at: number): void {
    this.add(item)
    const items = this.own()
    if (at >= items.length - 1) return
    items.splice(at, 0, items.pop()!)
    this.stale = true
  }

  remove(id: string): void {
    const items = this.own()
    const at = this.lookup().get(id)
    if (at === undefined) return
    this.tombstones?.add(tombstoneOf(items[at]!))
    items.splice(at, 1)
    this.positions!.delete(id)
    if (at < items.length) this.stale = true
  }

  /** The array for the new project, its look-ups handed to it. */
  finish(): readonly T[] {
    if (this.items === null) return this.base
    positionsByArray.set(this.items, this.lookup())
    return this.items
  }
}

/**
 * `item` stamped as the revision after `previous`; kept as it is when it
 * already descends from it (a merge taking theirs), or when it is exactly an
 * earlier revision of it (an undo putting a record back as it was).
 */
function nextRevision<T extends Keyed>(item: T, previous: T): T {
  const before = historyOf(previous)
  const history = historyOf(item, previous)
  if (history.rev === before.rev || history.revs.includes(before.rev)) return stamped(item, previous)
  if ((item as Revisioned).rev === history.rev && before.revs.includes(history.rev)) return stamped(item)
  return withHistory(item, historyOf(withHistory(item, before), previous))
}

const removedIdsByArray = new WeakMap<readonly Tombstone[], Set<string>>()

function removedIds(list: readonly Tombstone[]): Set<string> {
  let ids = removedIdsByArray.get(list)
  if (!ids) removedIdsByArray.set(list, (ids = new Set(list.map((t) => t.id))))
  return ids
}

/** The ids of removed records with their last revisions, copied on the first change. */
export class DraftTombstones {
  private byId: Map<string, Tombstone> | null = null

  constructor(readonly base: readonly Tombstone[] | undefined) {}

  private own(): Map<string, Tombstone> {
    return (this.byId ??= new Map((this.base ?? []).map((t) => [t.id, t])))
  }

  add(tombstone: Tombstone): void {
    this.own().set(tombstone.id, tombstone)
  }

  /** A record added again (an undo, a merge) is no longer removed. */
  forget(id: string): void {
    if (this.byId) this.byId.delete(id)
    else if (this.base?.length && removedIds(this.base).has(id)) this.own().delete(id)
  }

  /** The list for the new project: undefined when the project had none and still has none. */
  finish(): readonly Tombstone[] | undefined {
    if (!this.byId) return this.base
    return this.byId.size === 0 && this.base === undefined ? undefined : [...this.byId.values()]
  }
}

/** The tags of a draft, with their spans and who each attribution attributes. */
export class DraftAnnotations extends DraftCollection<Annotation> {
  private tagLookups: TagLookups | null = null

  private tags(): TagLookups {
    if (this.tagLookups) return this.tagLookups
    let lookups = tagLookupsByArray.get(this.base)
    if (!lookups) tagLookupsByArray.set(this.base, (lookups = buildTagLookups(this.base)))
    return lookups
  }

  protected override own(): Annotation[] {
    if (this.items === null) this.tagLookups = take(tagLookupsByArray, this.base, buildTagLookups)
    return super.own()
  }

  /** A tag other than `ignoreIds` that covers the same words as the same kind. */
  duplicateOf(candidate: Span, ...ignoreIds: string[]): string | undefined {
    if (candidate.orphan) return undefined
    return this.tags().spans.get(spanKey(candidate))?.find((id) => !ignoreIds.includes(id))
  }

  /** Whether any tag names `id` as its attribution. */
  attributes(id: string): boolean {
    return this.tags().attributedBy.has(id)
  }

  override add(item: Annotation): void {
    super.add(item)
    addTagLookups(this.tagLookups!, item)
  }

  override replace(item: Annotation): void {
    const old = this.get(item.id)!
    super.replace(item)
    dropTagLookups(this.tagLookups!, old)
    addTagLookups(this.tagLookups!, item)
  }

  override remove(id: string): void {
    const old = this.get(id)
    super.remove(id)
    if (old) dropTagLookups(this.tagLookups!, old)
  }

  override finish(): readonly Annotation[] {
    const items = super.finish()
    if (items !== this.base) tagLookupsByArray.set(items, this.tags())
    return items
  }
}

/** A project changing under one command. */
export class ProjectDraft {
  readonly articles: DraftCollection<Project['articles'][number]>
  readonly annotations: DraftAnnotations
  readonly people: DraftCollection<Project['people'][number]>
  readonly links: DraftCollection<Project['links'][number]>
  readonly conflicts: DraftCollection<Project['conflicts'][number]>
  readonly rejections: DraftCollection<Project['rejections'][number]>
  readonly sources: DraftCollection<Project['sources'][number]>
  readonly statementRejections: DraftCollection<Project['statementRejections'][number]>
  readonly removed: DraftTombstones

  constructor(readonly base: Project) {
    this.removed = new DraftTombstones(base.removed)
    // A project keeps revisions when it remembers what it removed: every file from format 5 on (see revisions.ts).
    const revisions = base.removed !== undefined ? this.removed : undefined
    this.articles = new DraftCollection(base.articles, revisions)
    this.annotations = new DraftAnnotations(base.annotations, revisions)
    this.people = new DraftCollection(base.people, revisions)
    this.links = new DraftCollection(base.links, revisions)
    this.conflicts = new DraftCollection(base.conflicts)
    this.rejections = new DraftCollection(base.rejections, revisions)
    // A project made in memory by code older than format 7 may lack these two lists; the draft gives it empty ones.
    this.sources = new DraftCollection(base.sources ?? [], revisions)
    this.statementRejections = new DraftCollection(base.statementRejections ?? [], revisions)
  }

  /** Ids are unique across all records, not only within a collection. */
  idInUse(id: string): boolean {
    return COLLECTIONS.some((name) => this[name].has(id))
  }

  /**
   * The project as the draft holds it now, for reading only: its collections
   * are the draft's own lists (no copy, nothing handed over), so it is valid
   * until the draft changes again. Tombstones are the base's.
   */
  view(): Project {
    const view = { ...this.base }
    for (const name of COLLECTIONS) (view as Record<CollectionName, readonly Keyed[]>)[name] = this[name].list
    return view
  }

  finish(): Project {
    const next = { ...this.base }
    for (const name of COLLECTIONS) (next as Record<CollectionName, readonly Keyed[]>)[name] = this[name].finish()
    const removed = this.removed.finish()
    if (removed === undefined) delete next.removed
    else if (removed !== this.base.removed) next.removed = removed as Tombstone[]
    return next
  }
}
