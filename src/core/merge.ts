/**
 * Merging a colleague's project into mine: one batch command that brings in
 * what they changed and loses nothing from either side.
 *
 * Records are compared by their revisions (revisions.ts): the same revision,
 * or theirs older than mine, changes nothing; theirs newer is taken; both
 * changed since a common revision is merged field by field (mergeFields.ts),
 * a conflict only for a field both set to different values. A tag conflict
 * keeps mine with theirs beside it (a Conflict, resolved in the app); a
 * person's or article's field both changed keeps mine, and the summary names
 * both values. Their newer article text replaces mine and my tags are found
 * again in it (articleUpdateEdit), orphans as usual.
 *
 * A record only I have is kept, unless they removed it (their tombstone) and
 * I have not changed it since: then it is removed. One only they have is
 * added, unless I removed it and they have not changed it since. A removal on
 * one side and a change on the other keeps the record and is listed as a
 * conflict to decide. Articles with another id are matched by URL, then by
 * text; people by name (ignoring case and accents) (mergeRecords.ts); their
 * tags are then re-pointed to my records and placed in my words, and the same words tagged
 * the same way by both are one tag. Links and rejected suggestions are only
 * ever added or removed, and so are source documents and rejected statement
 * groups (mergeSources.ts). The summary lists each record by name (mergeSummary.ts).
 * Every function here is pure (conflicts get fresh ids).
 */
import { targetMatches } from './anchoring'
import { applyCommand, findLink, type Command, type SingleCommand } from './commands'
import { newId } from './ids'
import { mergedHistory, mergeFields, sameVersion } from './mergeFields'
import { mergeArticles, mergePeople } from './mergeRecords'
import { neededTags, removedAsIs } from './mergeRemovals'
import { articleDetails, linkWords, recordDetails, tagDetails } from './mergeLabels'
import { addBothChanged, addItem, emptySummary, fieldList, summaryLines, type MergeRecordKind, type MergeSummary } from './mergeSummary'
import { MergeWork } from './mergeWork'
import { mappedVerification, mergeSourceRemovals, mergeSources, mergeStatementRejections } from './mergeSources'
import { reanchor } from './reanchor'
import { contentOf, historyOf, relation, sameValue, withHistory, type Revisioned, type Tombstone } from './revisions'
import type { Annotation, Conflict, Project } from './schema'

export type { MergeItem, MergeRecordKind, MergeChange, MergeSummary } from './mergeSummary'
export { countsByKind, mergeChangeCount, mergeChanges } from './mergeSummary'
export { normaliseUrl } from './mergeRecords'

export type MergeOptions = {
  /** The file name theirs came from, shown in conflicts and the summary. */
  source: string
  now: string
  /** Who the tags re-anchored in their newer text are changed by (default: the source's name). */
  by?: string
}

export function mergeProjects(mine: Project, theirs: Project, options: MergeOptions): { command: Command | null; summary: MergeSummary } {
  const merge = new Merge(mine, theirs, options)
  merge.articles()
  merge.people()
  merge.sources()
  merge.annotations()
  merge.theirConflicts()
  merge.links()
  merge.rejections()
  merge.removals()
  const { steps, summary } = merge
  summary.lines = summaryLines(summary, { ...merge.tags, total: theirs.annotations.length }, options.source)
  const command: Command | null = steps.length ? { type: 'batch', label: `Merge ${options.source}`.slice(0, 200), commands: steps } : null
  return { command, summary }
}

/** The merge applied: what the command line writes out. */
export function applyMerge(mine: Project, theirs: Project, options: MergeOptions): { project: Project; summary: MergeSummary } {
  const { command, summary } = mergeProjects(mine, theirs, options)
  if (!command) return { project: mine, summary }
  const result = applyCommand(mine, command)
  // Every step was applied while building the command, so this cannot be refused.
  if (!result.ok) throw new Error(`The merge could not be applied: ${result.error}`)
  return { project: result.project, summary }
}

class Merge {
  get steps(): SingleCommand[] {
    return this.out.steps
  }
  readonly summary: MergeSummary = emptySummary()
  /** What became of their tags, and where the conflicts came from, for the summary's sentences. */
  readonly tags = { alreadyHere: 0, changed: 0, duplicateConflicts: 0, carried: 0 }
  /** The merged project so far (see mergeWork.ts). */
  private readonly out: MergeWork
  /** Their ids to the ids of the same records in the merged project. */
  private articleIds = new Map<string, string>()
  private personIds = new Map<string, string>()
  private sourceIds = new Map<string, string>()
  private readonly annotationIds = new Map<string, string>()
  private readonly myLinkIds: Set<string>
  private readonly myRemoved: Map<string, Tombstone>
  private readonly theirRemoved: Map<string, Tombstone>
  /** Merged records carry both parents' revisions only in a project that keeps revisions. */
  private readonly keepsRevisions: boolean
  private readonly by: string

  constructor(
    private readonly mine: Project,
    private readonly theirs: Project,
    private readonly options: MergeOptions
  ) {
    this.out = new MergeWork(mine, theirs)
    this.myLinkIds = new Set(mine.links.map((l) => l.id))
    this.myRemoved = new Map((mine.removed ?? []).map((t) => [t.id, t]))
    this.theirRemoved = new Map((theirs.removed ?? []).map((t) => [t.id, t]))
    this.keepsRevisions = mine.removed !== undefined
    this.by = (options.by ?? options.source).slice(0, 200)
  }

  /** Their articles and people (see mergeRecords.ts), before their tags, which point at them. */
  articles(): void {
    this.articleIds = mergeArticles(this.out, this.mine, this.theirs, this.myRemoved, this.summary, this.by)
  }

  people(): void {
    this.personIds = mergePeople(this.out, this.mine, this.theirs, this.myRemoved, this.summary)
  }

  /** Their source documents (see mergeSources.ts), before their tags, whose checks name them. */
  sources(): void {
    this.sourceIds = mergeSources(this.out, this.mine, this.theirs, this.myRemoved)
  }

  annotations(): void {
    // Attributions first, so that the tags they attribute find them already here.
    const ordered = [...this.theirs.annotations].sort((a, b) => Number(b.kind === 'attribution') - Number(a.kind === 'attribution'))
    const mineById = new Map(this.mine.annotations.map((a) => [a.id, a]))
    const needed = neededTags(this.mine, this.theirs, this.myRemoved)
    for (const theirs of ordered) {
      const mine = mineById.get(theirs.id)
      if (mine) {
        this.annotationIds.set(theirs.id, mine.id)
        this.mergeTag(mine, theirs)
        continue
      }
      const tomb = this.myRemoved.get(theirs.id)
      if (removedAsIs(tomb, theirs) && !needed.has(theirs.id)) continue
      const ann = this.mapped(theirs)
      const duplicateId = this.out.lookup().annotations.duplicateOf(ann)
      const duplicate = duplicateId === undefined ? undefined : this.out.tag(duplicateId)
      if (duplicate) {
        this.annotationIds.set(theirs.id, duplicate.id)
        this.summary.duplicatesSkipped++
        // Both tagged the same words; if theirs says something mine does not (a note, a speaker), it waits as a conflict.
        const details = ['note', 'speakerId', 'attributionId', 'status', 'evidence'] as const
        const differ = details.filter((key) => !sameValue(duplicate[key], ann[key]))
        if (differ.length && this.conflict(duplicate.id, { ...ann, id: duplicate.id })) {
          this.tags.duplicateConflicts++
          addBothChanged(this.summary, 'tag', duplicate.id, tagDetails(this.known, duplicate), duplicate, ann, differ, true)
        }
        continue
      }
      const id = this.out.fresh(theirs.id)
      const added = this.out.apply({ type: 'annotation.add', annotation: { ...ann, id } }) || this.out.apply({ type: 'annotation.add', annotation: { ...ann, id, attributionId: null } })
      if (!added) continue
      this.annotationIds.set(theirs.id, id)
      this.summary.annotationsAdded++
      if (ann.orphan) this.summary.orphaned++
      addItem(this.summary, 'new', 'tag', id, tagDetails(this.known, ann), tomb ? 'came back: you had removed it, and they changed it since' : 'was added')
    }
  }

  /** A tag both have: theirs taken when newer, merged field by field when both changed it. */
  private mergeTag(mine: Annotation, theirs: Annotation): void {
    const mineHistory = historyOf(mine)
    const theirHistory = historyOf(theirs)
    const current = this.out.tag(mine.id) ?? mine
    const rel = relation(mineHistory, theirHistory)
    // Where a tag is depends on its article's words: in a text other than theirs, my place for it stands.
    const ann = this.out.sameText(this.out.draft.articles.get(current.articleId), this.out.theirArticle(theirs.articleId)) ? this.mapped(theirs) : { ...this.mapped(theirs), articleId: current.articleId, target: current.target, orphan: current.orphan }
    if (rel === 'same' || rel === 'mine-newer') return void this.tags.alreadyHere++
    const { merged, theirVersion, taken, conflicts } = mergeFields(current, mineHistory, ann, theirHistory)
    const unchanged = conflicts.length === 0 && sameValue(contentOf(merged), contentOf(current))
    if (unchanged) return void this.tags.alreadyHere++
    const next = this.keepsRevisions ? withHistory(merged, mergedHistory(merged, historyOf(current), theirHistory, taken)) : merged
    // Without revisions a merge that keeps my values has nothing to record; with them, it records that theirs was seen.
    const replaced = sameValue(next, current) || this.out.apply({ type: 'annotation.replace', annotation: next })
    if (replaced && taken.length) addItem(this.summary, 'updated', 'tag', mine.id, { ...tagDetails(this.known, next), fields: taken }, `was updated from theirs (${fieldList(taken)})`)
    if (!conflicts.length && replaced) return void this.tags.alreadyHere++
    const version = replaced ? (contentOf(theirVersion) as Annotation) : (contentOf(ann) as Annotation)
    if (this.conflict(mine.id, version)) {
      this.tags.changed++
      addBothChanged(this.summary, 'tag', mine.id, tagDetails(this.known, current), current, ann, conflicts.length ? conflicts : taken, true)
    } else this.tags.alreadyHere++
  }

  /** Conflicts they had not resolved yet come along, about the same tags here. */
  theirConflicts(): void {
    for (const conflict of this.theirs.conflicts) {
      const annotationId = this.annotationIds.get(conflict.annotationId)
      const mine = annotationId === undefined ? undefined : this.out.tag(annotationId)
      if (!annotationId || !mine || this.mine.conflicts.some((c) => c.id === conflict.id)) continue
      const version = { ...this.mapped(conflict.theirs), id: annotationId }
      if (!sameVersion(mine, version) && this.conflict(annotationId, version, conflict)) {
        this.tags.carried++
        addItem(this.summary, 'conflict', 'tag', annotationId, tagDetails(this.known, mine), `has another version still waiting in theirs (from ${conflict.source}): it is shown beside yours`)
      }
    }
  }

  links(): void {
    for (const link of this.theirs.links) {
      const from = this.annotationIds.get(link.from)
      const to = this.annotationIds.get(link.to)
      if (!from || !to || from === to || this.myLinkIds.has(link.id) || findLink(this.out.current, from, to)) continue
      const tomb = this.myRemoved.get(link.id)
      if (removedAsIs(tomb, link)) continue
      const id = this.out.fresh(link.id)
      if (!this.out.apply({ type: 'link.add', link: { ...link, id, from, to } })) continue
      this.summary.linksAdded++
      addItem(this.summary, 'new', 'link', id, { label: linkWords(this.known, from, to), kind: link.type }, tomb ? 'came back: you had removed it, and they changed it since' : 'was added')
    }
  }

  /** Suggestions they rejected stay rejected here: nobody is offered again what a colleague already turned down. */
  rejections(): void {
    mergeStatementRejections(this.out, this.mine, this.theirs, this.annotationIds, this.myRemoved)
    for (const rejection of this.theirs.rejections) {
      const articleId = this.articleIds.get(rejection.articleId)
      if (!articleId || this.mine.rejections.some((r) => r.id === rejection.id) || removedAsIs(this.myRemoved.get(rejection.id), rejection)) continue
      const known = this.out.current.rejections.some((r) => r.articleId === articleId && r.kind === rejection.kind && r.target.exact === rejection.target.exact && r.target.start === rejection.target.start)
      const id = this.out.fresh(rejection.id)
      if (!known && this.out.apply({ type: 'rejection.add', rejection: { ...rejection, id, articleId } })) {
        addItem(this.summary, 'new', 'rejection', id, { label: rejection.target.exact, kind: rejection.kind, ...articleDetails(this.known, articleId) }, 'was added')
      }
    }
  }

  /**
   * What they removed and I have not changed since goes, links and
   * rejections first, then tags (attributions last), people and articles; a
   * record I changed since, or that is still in use here, stays as a conflict.
   */
  removals(): void {
    const tags = [...this.mine.annotations].sort((a, b) => Number(a.kind === 'attribution') - Number(b.kind === 'attribution'))
    const order: [MergeRecordKind, readonly Revisioned[], (id: string) => SingleCommand][] = [
      ['link', this.mine.links, (id) => ({ type: 'link.remove', id })],
      ['rejection', this.mine.rejections, (id) => ({ type: 'rejection.remove', id })],
      ['tag', tags, (id) => ({ type: 'annotation.remove', id })],
      ['person', this.mine.people, (id) => ({ type: 'person.remove', id })],
      ['article', this.mine.articles, (id) => ({ type: 'article.remove', id })]
    ]
    mergeSourceRemovals(this.out, this.mine, this.theirs, this.theirRemoved)
    const theirIds = new Set([...this.theirs.articles, ...this.theirs.annotations, ...this.theirs.people, ...this.theirs.links, ...this.theirs.rejections].map((r) => r.id))
    for (const [kind, records, remove] of order) {
      for (const record of records) {
        const tomb = this.theirRemoved.get(record.id)
        if (!tomb || theirIds.has(record.id)) continue
        const label = recordDetails(this.known, kind, record.id)
        if (!removedAsIs(tomb, record)) addItem(this.summary, 'conflict', kind, record.id, label, 'was removed in theirs but changed by you since: it is kept; remove it yourself if it should go')
        else if (this.out.apply(remove(record.id))) addItem(this.summary, 'deleted', kind, record.id, label, 'was removed, as in theirs')
        else addItem(this.summary, 'conflict', kind, record.id, label, 'was removed in theirs but is still used here: it is kept')
      }
    }
  }

  /** Keep their version of a tag beside mine, unless the same version is already waiting; true if it was added. */
  private conflict(annotationId: string, theirs: Annotation, from?: Conflict): boolean {
    const version = contentOf(theirs) as Annotation
    if (this.out.current.conflicts.some((c) => c.annotationId === annotationId && sameVersion(c.theirs, version, []))) return false
    const conflict: Conflict = { id: this.out.fresh(from?.id ?? newId()), annotationId, theirs: version, source: from?.source ?? this.options.source, detectedAt: from?.detectedAt ?? this.options.now }
    if (!this.out.apply({ type: 'conflict.add', conflict })) return false
    this.summary.conflicts++
    return true
  }

  /** Where a merge item's names are looked up: the merged project so far, then mine. */
  private get known(): Project[] {
    return [this.out.current, this.mine]
  }

  /** Their tag with its article, speaker and attribution re-pointed to mine, and placed in my text of the article. */
  private mapped(ann: Annotation): Annotation {
    const articleId = this.articleIds.get(ann.articleId) ?? ann.articleId
    const myArticle = this.out.draft.articles.get(articleId)
    const myText = myArticle?.text
    let { target, orphan } = ann
    if (myText !== undefined && (!this.out.sameText(myArticle, this.out.theirArticle(ann.articleId)) || (!orphan && !targetMatches(myText, target)))) {
      const found = reanchor(myText, target)
      orphan = found.status === 'orphan'
      if (!orphan) target = found.target
    }
    const speakerId = ann.speakerId === null ? null : (this.personIds.get(ann.speakerId) ?? ann.speakerId)
    const attributionId = ann.attributionId === null ? null : (this.annotationIds.get(ann.attributionId) ?? ann.attributionId)
    return mappedVerification({ ...ann, articleId, target, orphan, speakerId, attributionId }, this.sourceIds)
  }

}
