/**
 * Merging a colleague's project into mine: one batch command that adds
 * everything new from theirs and loses nothing from either side.
 *
 * Articles are the same article when they share an id, else a URL, else
 * their exact text; their tags are then re-pointed to my article and, if my
 * text differs, re-anchored in my words (my text is never overwritten).
 * People are matched by id, else by name (ignoring case and accents). A tag
 * both of us have (same id) that differs stays mine, with theirs kept beside
 * it as a conflict for the reporter to resolve; a new tag of theirs on words
 * I tagged the same way is a duplicate and is not added twice.
 *
 * There is no common ancestor to compare with, so a tag only I have stays:
 * we cannot tell "they deleted it" from "they never had it", and keeping it
 * is the choice that loses nothing. For the same reason a tag only they have
 * is always added. Every function here is pure (conflicts get fresh ids).
 */
import { targetMatches } from './anchoring'
import { applyCommand, findLink, type Command, type SingleCommand } from './commands'
import { newId } from './ids'
import { foldText } from './people'
import { reanchor } from './reanchor'
import type { Annotation, Conflict, Project } from './schema'

export type MergeOptions = { /** The file name theirs came from, shown in conflicts and the summary. */ source: string; now: string }

export type MergeSummary = {
  articlesAdded: number
  articlesMatched: number
  annotationsAdded: number
  duplicatesSkipped: number
  conflicts: number
  peopleAdded: number
  linksAdded: number
  /** Tags of theirs that could not be found in my text of their article, added as orphans. */
  orphaned: number
  /** Sentences for the summary dialog. */
  lines: string[]
}

export function mergeProjects(mine: Project, theirs: Project, options: MergeOptions): { command: Command | null; summary: MergeSummary } {
  const merge = new Merge(mine, theirs, options)
  merge.articles()
  merge.people()
  merge.annotations()
  merge.theirConflicts()
  merge.links()
  merge.rejections()
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

/** Lower case, without scheme, "www.", fragment, tracking parameters or trailing slash: the same page however it was copied. */
export function normaliseUrl(url: string): string {
  const [address = '', query = ''] = url.trim().toLowerCase().replace(/#.*$/, '').split('?', 2)
  const page = address.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '')
  const kept = query.split('&').filter((param) => param !== '' && !param.startsWith('utm_'))
  return page === '' ? '' : kept.length ? `${page}?${kept.join('&')}` : page
}

class Merge {
  readonly steps: SingleCommand[] = []
  readonly summary: MergeSummary = { articlesAdded: 0, articlesMatched: 0, annotationsAdded: 0, duplicatesSkipped: 0, conflicts: 0, peopleAdded: 0, linksAdded: 0, orphaned: 0, lines: [] }
  /** What became of their tags, and where the conflicts came from, for the summary's sentences. */
  readonly tags = { alreadyHere: 0, changed: 0, duplicateConflicts: 0, carried: 0 }
  private current: Project
  private readonly used: Set<string>
  /** Their ids to the ids of the same records in the merged project. */
  private readonly articleIds = new Map<string, string>()
  private readonly personIds = new Map<string, string>()
  private readonly annotationIds = new Map<string, string>()

  constructor(
    private readonly mine: Project,
    private readonly theirs: Project,
    private readonly options: MergeOptions
  ) {
    this.current = mine
    this.used = new Set([...mine.articles, ...mine.annotations, ...mine.people, ...mine.links, ...mine.conflicts, ...mine.rejections].map((r) => r.id))
  }

  articles(): void {
    const byUrl = new Map<string, string>()
    const byText = new Map<string, string>()
    for (const article of this.mine.articles) {
      const url = normaliseUrl(article.url)
      if (url && !byUrl.has(url)) byUrl.set(url, article.id)
      // The text itself is the key: a Map hashes it, and unlike a digest two different texts can never collide.
      if (!byText.has(article.text)) byText.set(article.text, article.id)
    }
    for (const article of this.theirs.articles) {
      const url = normaliseUrl(article.url)
      const match = this.mine.articles.find((a) => a.id === article.id)?.id ?? (url ? byUrl.get(url) : undefined) ?? byText.get(article.text)
      if (match) {
        this.articleIds.set(article.id, match)
        this.summary.articlesMatched++
        continue
      }
      const id = this.fresh(article.id)
      if (this.apply({ type: 'article.add', article: { ...article, id } })) this.summary.articlesAdded++
      this.articleIds.set(article.id, id)
    }
  }

  people(): void {
    const byName = new Map<string, string>()
    for (const person of this.mine.people) if (!byName.has(foldText(person.name))) byName.set(foldText(person.name), person.id)
    for (const person of this.theirs.people) {
      const match = this.mine.people.find((p) => p.id === person.id)?.id ?? byName.get(foldText(person.name))
      if (match) {
        this.personIds.set(person.id, match)
        continue
      }
      const id = this.fresh(person.id)
      if (this.apply({ type: 'person.add', person: { ...person, id } })) this.summary.peopleAdded++
      this.personIds.set(person.id, id)
    }
  }

  annotations(): void {
    // Attributions first, so that the tags they attribute find them already here.
    const ordered = [...this.theirs.annotations].sort((a, b) => Number(b.kind === 'attribution') - Number(a.kind === 'attribution'))
    const mineById = new Map(this.mine.annotations.map((a) => [a.id, a]))
    for (const theirs of ordered) {
      const ann = this.mapped(theirs)
      const mine = mineById.get(theirs.id)
      if (mine) {
        this.annotationIds.set(theirs.id, mine.id)
        if (!sameApartFrom(mine, ann, ['updatedAt']) && this.conflict(mine.id, ann)) this.tags.changed++
        else this.tags.alreadyHere++
        continue
      }
      const duplicate = ann.orphan ? undefined : this.current.annotations.find((a) => sameSpan(a, ann))
      if (duplicate) {
        this.annotationIds.set(theirs.id, duplicate.id)
        this.summary.duplicatesSkipped++
        // Both tagged the same words; if theirs says something mine does not (a note, a speaker), it waits as a conflict.
        const details = ['note', 'speakerId', 'attributionId', 'status', 'evidence'] as const
        if (!details.every((key) => same(duplicate[key], ann[key])) && this.conflict(duplicate.id, { ...ann, id: duplicate.id })) this.tags.duplicateConflicts++
        continue
      }
      const id = this.fresh(theirs.id)
      const added = this.apply({ type: 'annotation.add', annotation: { ...ann, id } }) || this.apply({ type: 'annotation.add', annotation: { ...ann, id, attributionId: null } })
      if (!added) continue
      this.annotationIds.set(theirs.id, id)
      this.summary.annotationsAdded++
      if (ann.orphan) this.summary.orphaned++
    }
  }

  /** Conflicts they had not resolved yet come along, about the same tags here. */
  theirConflicts(): void {
    for (const conflict of this.theirs.conflicts) {
      const annotationId = this.annotationIds.get(conflict.annotationId)
      const mine = this.current.annotations.find((a) => a.id === annotationId)
      if (!annotationId || !mine || this.mine.conflicts.some((c) => c.id === conflict.id)) continue
      const version = { ...this.mapped(conflict.theirs), id: annotationId }
      if (!sameApartFrom(mine, version, ['updatedAt']) && this.conflict(annotationId, version, conflict)) this.tags.carried++
    }
  }

  links(): void {
    for (const link of this.theirs.links) {
      const from = this.annotationIds.get(link.from)
      const to = this.annotationIds.get(link.to)
      if (!from || !to || from === to || this.mine.links.some((l) => l.id === link.id) || findLink(this.current, from, to)) continue
      if (this.apply({ type: 'link.add', link: { ...link, id: this.fresh(link.id), from, to } })) this.summary.linksAdded++
    }
  }

  /** Keep their version of a tag beside mine, unless the same version is already waiting; true if it was added. */
  private conflict(annotationId: string, theirs: Annotation, from?: Conflict): boolean {
    if (this.current.conflicts.some((c) => c.annotationId === annotationId && sameApartFrom(c.theirs, theirs, []))) return false
    const conflict: Conflict = { id: this.fresh(from?.id ?? newId()), annotationId, theirs, source: from?.source ?? this.options.source, detectedAt: from?.detectedAt ?? this.options.now }
    if (!this.apply({ type: 'conflict.add', conflict })) return false
    this.summary.conflicts++
    return true
  }

  /** Their tag with its article, speaker and attribution re-pointed to mine, and placed in my text of the article. */
  private mapped(ann: Annotation): Annotation {
    const articleId = this.articleIds.get(ann.articleId) ?? ann.articleId
    const myText = this.current.articles.find((a) => a.id === articleId)?.text
    const theirText = this.theirs.articles.find((a) => a.id === ann.articleId)?.text
    let { target, orphan } = ann
    if (myText !== undefined && (myText !== theirText || (!orphan && !targetMatches(myText, target)))) {
      const found = reanchor(myText, target)
      orphan = found.status === 'orphan'
      if (!orphan) target = found.target
    }
    const speakerId = ann.speakerId === null ? null : (this.personIds.get(ann.speakerId) ?? ann.speakerId)
    const attributionId = ann.attributionId === null ? null : (this.annotationIds.get(ann.attributionId) ?? ann.attributionId)
    return { ...ann, articleId, target, orphan, speakerId, attributionId }
  }

  /** Apply one step to the merged project so far; a step that would be refused is left out rather than failing the whole merge. */
  /** Suggestions they rejected stay rejected here: nobody is offered again what a colleague already turned down. */
  rejections(): void {
    for (const rejection of this.theirs.rejections) {
      const articleId = this.articleIds.get(rejection.articleId)
      if (!articleId) continue
      const known = this.current.rejections.some((r) => r.articleId === articleId && r.kind === rejection.kind && r.target.exact === rejection.target.exact && r.target.start === rejection.target.start)
      if (!known) this.apply({ type: 'rejection.add', rejection: { ...rejection, id: this.fresh(rejection.id), articleId } })
    }
  }

  private apply(step: SingleCommand): boolean {
    const result = applyCommand(this.current, step)
    if (!result.ok) return false
    this.current = result.project
    this.steps.push(step)
    return true
  }

  /** Ids are unique across all records, so a record whose id is taken here by something else gets a new one. */
  private fresh(id: string): string {
    const free = this.used.has(id) ? newId() : id
    this.used.add(free)
    return free
  }
}

function sameSpan(a: Annotation, b: Annotation): boolean {
  return !a.orphan && a.articleId === b.articleId && a.kind === b.kind && a.target.start === b.target.start && a.target.end === b.target.end
}

function sameApartFrom(a: Annotation, b: Annotation, ignored: readonly string[]): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !ignored.includes(k)))
  return [...keys].every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** Deep equality of JSON values, ignoring the order of object keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
const was = (n: number): string => (n === 1 ? 'was' : 'were')

function summaryLines(s: MergeSummary, tags: Merge['tags'] & { total: number }, source: string): string[] {
  if (s.articlesAdded + s.annotationsAdded + s.conflicts + s.peopleAdded + s.linksAdded === 0) return [`Nothing new came in from ${source}; everything in it is already here.`]
  const lines: string[] = []
  if (tags.total > 0) {
    let line = `${count(tags.total, 'tag', 'tags')} came in from ${source}`
    if (tags.alreadyHere) line += `; ${tags.alreadyHere} ${was(tags.alreadyHere)} already here`
    if (s.duplicatesSkipped) {
      line += `; ${s.duplicatesSkipped} ${was(s.duplicatesSkipped)} on words you had tagged the same way and ${was(s.duplicatesSkipped)} not added twice`
      if (tags.duplicateConflicts) line += ` (${tags.duplicateConflicts} with other details, shown as ${tags.duplicateConflicts === 1 ? 'a conflict' : 'conflicts'})`
    }
    if (tags.changed) line += `; ${tags.changed} ${was(tags.changed)} changed on both sides and ${tags.changed === 1 ? 'is shown as a conflict' : 'are shown as conflicts'}`
    lines.push(`${line}.`)
  }
  if (s.annotationsAdded) lines.push(`${count(s.annotationsAdded, 'new tag was', 'new tags were')} added, with ${s.annotationsAdded === 1 ? 'its author' : 'their authors'}.`)
  if (s.orphaned) {
    const one = s.orphaned === 1
    lines.push(`${count(s.orphaned, 'tag', 'tags')} could not be found in your text of ${one ? 'its article and is' : 'their articles and are'} listed as ${one ? 'an orphan' : 'orphans'}.`)
  }
  if (tags.carried) lines.push(`${count(tags.carried, 'conflict', 'conflicts')} not yet resolved in ${source} came along.`)
  const articles = [s.articlesAdded ? `${count(s.articlesAdded, 'article was', 'articles were')} added` : '', s.articlesMatched ? `${count(s.articlesMatched, 'article was', 'articles were')} already here` : '']
  if (s.articlesAdded || s.articlesMatched) lines.push(`${articles.filter(Boolean).join('; ')}.`)
  if (s.peopleAdded) lines.push(`${count(s.peopleAdded, 'person was', 'people were')} added.`)
  if (s.linksAdded) lines.push(`${count(s.linksAdded, 'link was', 'links were')} added.`)
  return lines
}
