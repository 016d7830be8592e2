/**
 * The concurrency rules: what a client does when the team document, merged
 * from edits made at the same time, breaks a reference the commands keep
 * whole. Each rule depends only on the merged document, so every client that
 * applies it writes the same repair, and the repairs converge like any edit:
 *
 * 1. An article whose blocks no longer tile its text (two people replaced its
 *    text at once and the fields came from different versions): its blocks
 *    become one paragraph per stretch of text between blank lines.
 * 2. A tag whose article is gone is removed.
 * 3. A tag whose speaker is gone (a person deleted while another made them a
 *    speaker) keeps the tag with no speaker.
 * 4. A tag whose attribution is gone, is no longer an attribution, is in
 *    another article, is itself, or is on an attribution, loses the
 *    attribution (an attribution deleted while another attached a quote).
 * 5. A tag whose words are no longer where it says in its article's text (the
 *    article was replaced while another tagged the old text) is re-anchored
 *    in the new text (reanchor.ts), or kept as an orphan.
 * 6. Two tags of one kind on the same words (both made at once): the one with
 *    the smaller id stays, the other is removed.
 * 7. A link whose tag is gone, a link of a tag to itself, or a second link
 *    between the same two tags (the smaller id stays) is removed.
 * 8. A conflict about a tag that is gone is removed.
 * 9. A rejected suggestion in an article that is gone is removed.
 * 10. A tag checked against a source document that is gone loses its check.
 *
 * A removal re-checks whatever referred to the removed record. A record that
 * fails the schema is left alone and so is whatever names it: it may be
 * half-arrived (an old field value deleted, the new one still on its way
 * through another client's updates), and the store keeps its last good
 * version until it is whole. The caller
 * runs this inside one Yjs transaction and turns every record named in
 * `changed` into the store's command (remoteCommand.ts).
 */
import type * as Y from 'yjs'
import { targetMatches } from '../../core/anchoring'
import { checkBlocks } from '../../core/blocks'
import { reanchor } from '../../core/reanchor'
import { spanKey } from '../../core/projectDraft'
import type { Annotation, Block, Project } from '../../core/schema'
import { storedRecord, storedSameSpan } from './storeLookup'
import { collection, deleteRecord, readRecord, setField, type Kind, type ProjectRecords, type ReadResult } from './yRecords'

export type Changed = Map<Kind, Set<string>>

export function changedSet(): Changed {
  return new Map()
}

export function markChanged(changed: Changed, kind: Kind, id: string): boolean {
  let ids = changed.get(kind)
  if (!ids) changed.set(kind, (ids = new Set()))
  if (ids.has(id)) return false
  ids.add(id)
  return true
}

/** Blocks for text whose own blocks do not fit it: a paragraph per stretch between blank lines. */
export function paragraphsOf(text: string): Block[] {
  if (text === '') return []
  const blocks: Block[] = []
  let start = 0
  for (const part of text.split('\n\n')) {
    blocks.push({ type: 'paragraph', start, end: start + part.length, marks: [] })
    start += part.length + 2
  }
  return blocks
}

/** Rounds above this many records use look-up maps; smaller ones scan the project (cheaper than building maps). */
const INDEX_ABOVE = 64

type AnnField = 'articleId' | 'speakerId' | 'attributionId'

export class Repairer {
  private readonly cache = new Map<string, ReturnType<typeof readRecord>>()
  private readonly queue: Array<[Kind, string]> = []
  private readonly queued = new Set<string>()
  private readonly indexes = new Map<string, Map<string, string[]>>()
  private work = 0
  private linksByTag: Map<string, string[]> | null = null
  private everyTag: boolean | undefined

  constructor(
    private readonly doc: Y.Doc,
    private readonly project: Project,
    private readonly changed: Changed,
    private readonly report: (kind: Kind, id: string, reason: string) => void
  ) {}

  /** A large round looks records up in maps built once; a small one scans. */
  private get big(): boolean {
    return this.work > INDEX_ABOVE
  }

  /** Apply the rules to every changed record and whatever they lead to. */
  run(): void {
    for (const [kind, ids] of this.changed) for (const id of ids) this.push(kind, id)
    for (let i = 0; i < this.queue.length; i++) {
      const [kind, id] = this.queue[i]!
      this.queued.delete(`${kind}\u0000${id}`)
      this.check(kind, id)
    }
  }

  private push(kind: Kind, id: string): void {
    const key = `${kind}\u0000${id}`
    if (this.queued.has(key)) return
    this.queued.add(key)
    this.queue.push([kind, id])
    this.work++
  }

  /** A record as the document holds it after this round's repairs, read once (the command is built from the same reads). */
  readonly lookup = <K extends Kind>(kind: K, id: string): ReadResult<ProjectRecords[K][number]> => {
    const key = `${kind}\u0000${id}`
    let found = this.cache.get(key)
    if (found === undefined && !this.cache.has(key)) {
      found = readRecord(this.doc, kind, id)
      this.cache.set(key, found)
      if (found && !found.ok) this.report(kind, id, found.reason)
    }
    return found as ReadResult<ProjectRecords[K][number]>
  }

  private read<K extends Kind>(kind: K, id: string): ProjectRecords[K][number] | undefined {
    const found = this.lookup(kind, id)
    return found?.ok ? found.record : undefined
  }

  /** Whether the document has the record at all: one that fails the schema may be half-arrived (its new field values on their way), so it still counts as there and nothing that names it is repaired. */
  private present(kind: Kind, id: string): boolean {
    return collection(this.doc, kind).has(id)
  }

  private enqueue(kind: Kind, id: string): void {
    markChanged(this.changed, kind, id)
    this.push(kind, id)
  }

  private remove(kind: Kind, id: string): void {
    deleteRecord(this.doc, kind, id)
    this.cache.set(`${kind}\u0000${id}`, null)
    markChanged(this.changed, kind, id)
    this.dependentsOf(kind, id)
  }

  private set(kind: Kind, id: string, field: string, value: unknown): void {
    setField(this.doc, kind, id, field, value)
    this.cache.delete(`${kind}\u0000${id}`)
    markChanged(this.changed, kind, id)
  }

  private check(kind: Kind, id: string): void {
    if (kind === 'articles') return this.checkArticle(id)
    if (kind === 'people') {
      if (!this.present('people', id)) for (const tag of this.tagsWhere('speakerId', id)) this.enqueue('annotations', tag)
      return
    }
    if (kind === 'annotations') return this.checkTag(id)
    if (kind === 'links') return this.checkLink(id)
    if (kind === 'conflicts') {
      const conflict = this.read('conflicts', id)
      if (conflict && (!this.present('annotations', conflict.annotationId) || conflict.theirs.id !== conflict.annotationId)) this.remove('conflicts', id)
      return
    }
    if (kind === 'sources') {
      // Rare (a source removed): the tags checked against it are found by one pass over the store's tags.
      if (!this.present('sources', id)) for (const tag of this.project.annotations) if (tag.verification?.sourceId === id) this.enqueue('annotations', tag.id)
      return
    }
    // A rejected statement group may name tags removed since: harmless, nothing to repair.
    if (kind === 'statementRejections') return
    const rejection = this.read('rejections', id)
    if (rejection && !this.present('articles', rejection.articleId)) this.remove('rejections', id)
  }

  private checkArticle(id: string): void {
    const article = this.read('articles', id)
    if (!article && this.present('articles', id)) return
    if (article && checkBlocks(article.text, article.blocks)) this.set('articles', id, 'blocks', paragraphsOf(article.text))
    const before = storedRecord(this.project, 'articles', id)
    if (article && before && before.text === article.text) return
    // New here, in a round that checks every tag of the document anyway (a join): nothing more to look up.
    if (article && !before && this.allTagsQueued()) return
    for (const tag of this.tagsWhere('articleId', id)) this.enqueue('annotations', tag)
    if (!article) for (const r of this.project.rejections) if (r.articleId === id) this.enqueue('rejections', r.id)
  }

  private checkTag(id: string): void {
    const tag = this.read('annotations', id)
    if (!tag) return this.present('annotations', id) ? undefined : this.dependentsOf('annotations', id)
    const article = this.read('articles', tag.articleId)
    if (!article) return this.present('articles', tag.articleId) ? undefined : this.remove('annotations', id)
    if (tag.speakerId !== null && !this.present('people', tag.speakerId)) this.set('annotations', id, 'speakerId', null)
    if (tag.attributionId !== null && !this.validAttribution(tag)) this.set('annotations', id, 'attributionId', null)
    if (tag.verification && !this.present('sources', tag.verification.sourceId)) this.set('annotations', id, 'verification', undefined)
    let target = tag.target
    let orphan = tag.orphan
    if (!orphan && !targetMatches(article.text, target)) {
      const found = reanchor(article.text, target)
      target = found.target
      orphan = found.status === 'orphan'
      this.set('annotations', id, 'target', target)
      if (orphan) this.set('annotations', id, 'orphan', true)
      else this.indexMoved({ ...(tag as Annotation), target })
    }
    if (!orphan && this.loserOfDuplicate({ ...(tag as Annotation), target, orphan }) === id) return
    // An attribution that became another kind: the tags it attributed are checked again.
    if (tag.kind !== 'attribution' && this.storedTag(id)?.kind === 'attribution') this.dependentsOf('annotations', id)
  }

  /** Counted once a round (a Y.Map counts its entries one by one). */
  private allTagsQueued(): boolean {
    this.everyTag ??= (this.changed.get('annotations')?.size ?? 0) >= collection(this.doc, 'annotations').size
    return this.everyTag
  }

  private storedTag(id: string): Annotation | undefined {
    return storedRecord(this.project, 'annotations', id)
  }

  private validAttribution(tag: Annotation): boolean {
    if (tag.kind === 'attribution' || tag.attributionId === tag.id) return false
    const attribution = this.read('annotations', tag.attributionId!)
    if (!attribution) return this.present('annotations', tag.attributionId!)
    return attribution.kind === 'attribution' && attribution.articleId === tag.articleId
  }

  /** Rule 6: remove the larger id of two tags on the same words; returns the id removed, if any. */
  private loserOfDuplicate(tag: Annotation): string | null {
    const key = spanKey(tag)
    for (const otherId of this.tagsWhere('span', key)) {
      if (otherId === tag.id) continue
      const other = this.read('annotations', otherId)
      if (!other || other.orphan || spanKey(other) !== key) continue
      const loser = tag.id < other.id ? other.id : tag.id
      this.remove('annotations', loser)
      if (loser === tag.id) return loser
    }
    return null
  }

  private checkLink(id: string): void {
    const link = this.read('links', id)
    if (!link) return
    if (link.from === link.to || !this.present('annotations', link.from) || !this.present('annotations', link.to)) return this.remove('links', id)
    for (const otherId of this.linksOf(link.from)) {
      const other = otherId === id ? undefined : this.read('links', otherId)
      if (!other) continue
      const samePair = (other.from === link.from && other.to === link.to) || (other.from === link.to && other.to === link.from)
      if (samePair) {
        const loser = id < other.id ? other.id : id
        this.remove('links', loser)
        if (loser === id) return
      }
    }
  }

  /** Records that name a tag (or person) that changed: re-checked in this round. */
  private dependentsOf(kind: Kind, id: string): void {
    if (kind === 'annotations') {
      for (const tag of this.tagsWhere('attributionId', id)) this.enqueue('annotations', tag)
      for (const link of this.linksOf(id)) this.enqueue('links', link)
      for (const c of this.project.conflicts) if (c.annotationId === id) this.enqueue('conflicts', c.id)
    } else if (kind === 'people') {
      for (const tag of this.tagsWhere('speakerId', id)) this.enqueue('annotations', tag)
    } else if (kind === 'articles') {
      for (const tag of this.tagsWhere('articleId', id)) this.enqueue('annotations', tag)
    }
  }

  /** Ids of tags, in the store's project or changed in this round, whose `field` is `value` there (candidates: each is read again). */
  private tagsWhere(field: AnnField | 'span', value: string): string[] {
    if (this.big) return this.index(field).get(value) ?? []
    const found: string[] = []
    if (field === 'span') {
      const [articleId, kind, start, end] = value.split('\u0000')
      found.push(...storedSameSpan(this.project, { articleId: articleId!, kind: kind!, target: { start: Number(start), end: Number(end) } }))
    } else for (const a of this.project.annotations) if (a[field] === value) found.push(a.id)
    for (const id of this.changed.get('annotations') ?? []) {
      const a = this.read('annotations', id)
      if (a && keyOf(a as Annotation, field) === value) found.push(id)
    }
    return unique(found)
  }

  /** A look-up over the store's tags and this round's changed ones, built once per round (a superset: every hit is read again). */
  private index(field: AnnField | 'span'): Map<string, string[]> {
    let index = this.indexes.get(field)
    if (index) return index
    index = new Map()
    const add = (a: Annotation): void => {
      const key = keyOf(a, field)
      if (key === null) return
      const ids = index!.get(key)
      if (!ids) index!.set(key, [a.id])
      else if (!ids.includes(a.id)) ids.push(a.id)
    }
    for (const a of this.project.annotations) add(a)
    for (const id of this.changed.get('annotations') ?? []) {
      const a = this.read('annotations', id)
      if (a) add(a as Annotation)
    }
    this.indexes.set(field, index)
    return index
  }

  /** After a tag moved: it is found under its new place too. */
  private indexMoved(tag: Annotation): void {
    const index = this.indexes.get('span')
    const key = keyOf(tag, 'span')
    if (!index || key === null) return
    const ids = index.get(key)
    if (!ids) index.set(key, [tag.id])
    else if (!ids.includes(tag.id)) ids.push(tag.id)
  }

  /** Ids of links, in the store's project or changed in this round, that join `tagId` (candidates: each is read again). */
  private linksOf(tagId: string): string[] {
    const changedLinks = (): Array<{ id: string; from: string; to: string }> => [...(this.changed.get('links') ?? [])].flatMap((id) => this.read('links', id) ?? [])
    if (!this.big) return unique([...this.project.links, ...changedLinks()].filter((l) => l.from === tagId || l.to === tagId).map((l) => l.id))
    if (!this.linksByTag) {
      const index = new Map<string, string[]>()
      const add = (key: string, id: string): void => {
        const ids = index.get(key)
        if (!ids) index.set(key, [id])
        else if (!ids.includes(id)) ids.push(id)
      }
      for (const l of [...this.project.links, ...changedLinks()]) {
        add(l.from, l.id)
        add(l.to, l.id)
      }
      this.linksByTag = index
    }
    return this.linksByTag.get(tagId) ?? []
  }

}

function unique(ids: string[]): string[] {
  return ids.length < 2 ? ids : [...new Set(ids)]
}

function keyOf(a: Annotation, field: AnnField | 'span'): string | null {
  if (field !== 'span') return a[field]
  return a.orphan ? null : spanKey(a)
}
