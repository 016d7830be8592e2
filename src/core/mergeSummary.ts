/**
 * What a merge did, for the preview before it is applied and the notice
 * after, and for `quotemark merge`: counts (the totals older callers read),
 * one item per record that came in, changed, went or conflicts (each with
 * its id, kind, words or name and article, so a list can open it), and
 * sentences naming them.
 */
export type MergeRecordKind = 'article' | 'tag' | 'person' | 'link' | 'rejection'
export type MergeChange = 'new' | 'updated' | 'deleted' | 'conflict'

export type MergeItem = {
  change: MergeChange
  record: MergeRecordKind
  /** The record's id in the merged project (for a deletion, the id it had). */
  id: string
  /** A tag's kind, a person's kind, a link's type. */
  kind?: string
  /** A tag's or rejection's words, a person's name, an article's title, a link's two tags' words. */
  label: string
  /** The article of a tag, link or rejection (its id and title). */
  articleId?: string
  articleTitle?: string
  /** Updated: the fields taken from theirs. Conflict: the fields both changed. */
  fields?: string[]
  /** For a conflict: my and their values of those fields (a deletion conflict has none). */
  mine?: Record<string, unknown>
  theirs?: Record<string, unknown>
  /** One sentence naming the record and what happened to it. */
  message: string
}

/** What an item says about its record, apart from what happened to it. */
export type ItemDetails = Omit<MergeItem, 'change' | 'record' | 'id' | 'message'>

export type MergeSummary = {
  articlesAdded: number
  articlesMatched: number
  annotationsAdded: number
  duplicatesSkipped: number
  /** Conflicts added as tag conflicts (kept in the project, resolved in the app). */
  conflicts: number
  peopleAdded: number
  linksAdded: number
  /** Tags of theirs that could not be found in my text of their article, added as orphans. */
  orphaned: number
  /** Records changed and removed by the merge, and conflicts of every kind (tag conflicts included). */
  updated: number
  deleted: number
  conflictItems: number
  /** Every record the merge touches or asks about, in the order decided. */
  items: MergeItem[]
  /** Sentences for the summary dialog and the command line. */
  lines: string[]
}

export function emptySummary(): MergeSummary {
  return { articlesAdded: 0, articlesMatched: 0, annotationsAdded: 0, duplicatesSkipped: 0, conflicts: 0, peopleAdded: 0, linksAdded: 0, orphaned: 0, updated: 0, deleted: 0, conflictItems: 0, items: [], lines: [] }
}

/** How many records the merge adds, changes, removes or asks about (every tag conflict it adds is one of its items). */
export function mergeChangeCount(s: MergeSummary): number {
  return s.items.length
}

/** The items counted by kind of record and what happens to them, for a preview's headings. */
export function countsByKind(s: MergeSummary): Record<MergeRecordKind, Record<MergeChange, number>> {
  const counts = {} as Record<MergeRecordKind, Record<MergeChange, number>>
  for (const kind of ['article', 'tag', 'person', 'link', 'rejection'] as const) counts[kind] = { new: 0, updated: 0, deleted: 0, conflict: 0 }
  for (const item of s.items) counts[item.record][item.change]++
  return counts
}

/** Whether the merge changes anything at all. */
export function mergeChanges(s: MergeSummary): boolean {
  return mergeChangeCount(s) > 0
}

const NOUN: Record<MergeRecordKind, string> = { article: 'article', tag: 'tag', person: 'person', link: 'link', rejection: 'rejected suggestion' }

/** "the quote “an important number” in “Prisoners”", "Jorge Rodríguez", "the article “Prisoners”". */
export function describeItem(item: Pick<MergeItem, 'record' | 'kind' | 'label' | 'articleTitle'>): string {
  const words = `“${clip(item.label)}”`
  const inArticle = item.articleTitle !== undefined ? ` in “${clip(item.articleTitle)}”` : ''
  switch (item.record) {
    case 'tag':
      return `the ${item.kind ?? 'tag'} ${words}${inArticle}`
    case 'person':
      return `${item.kind === 'organisation' ? 'the organisation' : 'the person'} ${words}`
    case 'article':
      return `the article ${words}`
    default:
      return `the ${NOUN[item.record]} ${words}${inArticle}`
  }
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}

export const fieldList = (fields: readonly string[]): string => fields.join(', ')

/** Add an item, its sentence and its count to the summary. */
export function addItem(summary: MergeSummary, change: MergeChange, record: MergeRecordKind, id: string, details: ItemDetails, what: string): void {
  const base = { change, record, id, ...details }
  const description = describeItem(base)
  summary.items.push({ ...base, message: `${description.charAt(0).toUpperCase()}${description.slice(1)} ${what}.` })
  if (change === 'updated') summary.updated++
  else if (change === 'deleted') summary.deleted++
  else if (change === 'conflict') summary.conflictItems++
}

/** A conflict item naming the record, the fields both changed and both values (not an article's text or a tag's place: too long to list). */
export function addBothChanged(summary: MergeSummary, record: MergeRecordKind, id: string, details: ItemDetails, mine: object, theirs: object, fields: string[], offered = false): void {
  const values = (r: object): Record<string, unknown> => Object.fromEntries(fields.filter((f) => f !== 'text' && f !== 'place').map((f) => [f, (r as Record<string, unknown>)[f]]))
  const rest = offered ? 'yours is kept, theirs is shown beside it until you choose' : 'yours is kept; theirs is listed here'
  addItem(summary, 'conflict', record, id, { ...details, fields, mine: values(mine), theirs: values(theirs) }, `was changed on both sides (${fieldList(fields)}): ${rest}`)
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
const was = (n: number): string => (n === 1 ? 'was' : 'were')

export type TagTally = { alreadyHere: number; changed: number; duplicateConflicts: number; carried: number; total: number }

/** The sentences: totals first (as before revisions), then one per record updated, deleted or in conflict. */
export function summaryLines(s: MergeSummary, tags: TagTally, source: string): string[] {
  if (!mergeChanges(s)) return [`Nothing new came in from ${source}; everything in it is already here.`]
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
  for (const item of s.items) if (item.change !== 'new') lines.push(item.message)
  return lines
}
