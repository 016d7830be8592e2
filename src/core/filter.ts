/**
 * Finding tags across a project: by kind, speaker, claim status, article and
 * text, with faceted counts (each facet counted under every other active
 * filter but not its own). Pure in what it returns; for speed it keeps, per
 * project version, a search index (each tag's folded text, in result order),
 * derived from the previous version's by the tags that changed, and the last
 * text search, so that typing on narrows the last matches instead of scanning
 * every tag again. One pass gives both the matches and the counts.
 */
import { changedAnnotations, indexProject, speakerIdOf, type ProjectIndex } from './annotations'
import { personNames } from './people'
import { insertSorted } from './sorted'
import { foldText } from './text/fold'
import { annotationKinds, claimStatuses, type Annotation, type AnnotationKind, type Article, type ClaimStatus, type Person, type Project } from './schema'

/** The speaker id that stands for "no speaker" in a filter and in the speaker counts. */
export const NO_SPEAKER = 'none'

export type AnnotationFilter = {
  kinds: AnnotationKind[]
  /** Person ids, or the literal 'none' for tags with no speaker (their own or their attribution's). */
  speakerIds: string[]
  /** Only claims have a status that counts: a status filter leaves out quotes and attributions. */
  statuses: ClaimStatus[]
  articleIds: string[]
  /** Found, ignoring case and accents, in the tagged words, the note or the speaker's name and aliases. */
  text: string
}

/** No constraint: every tag. Frozen, so that it can be shared. */
export const emptyFilter: AnnotationFilter = Object.freeze({
  kinds: Object.freeze([]) as unknown as AnnotationKind[],
  speakerIds: Object.freeze([]) as unknown as string[],
  statuses: Object.freeze([]) as unknown as ClaimStatus[],
  articleIds: Object.freeze([]) as unknown as string[],
  text: ''
})

export type FacetCounts = {
  kinds: Record<AnnotationKind, number>
  /** By speaker id (every person in the project, and 'none'). */
  speakers: Map<string, number>
  /** Claims only. */
  statuses: Record<ClaimStatus, number>
  /** By article id (every article in the project). */
  articles: Map<string, number>
  /** Tags that pass the whole filter. */
  total: number
}

/** The tags that pass a filter, in result order, and the facet counts under it. */
export type FindResult = { readonly results: readonly Annotation[]; readonly counts: FacetCounts }

const foldedTags = new WeakMap<Annotation, { exact: string; note: string }>()
const foldedPeople = new WeakMap<Person, string[]>()

function foldedTag(a: Annotation): { exact: string; note: string } {
  let folded = foldedTags.get(a)
  if (!folded) foldedTags.set(a, (folded = { exact: foldText(a.target.exact), note: foldText(a.note) }))
  return folded
}

function foldedNames(p: Person): string[] {
  let folded = foldedPeople.get(p)
  if (!folded) foldedPeople.set(p, (folded = personNames(p).map(foldText)))
  return folded
}

/** One tag as the search reads it: its article's place in the project and its folded words and note. */
type Entry = { readonly ann: Annotation; readonly rank: number; readonly exact: string; readonly note: string }

/**
 * Every tag of one version of a project, in result order: by article, then
 * start, then end (then kind and id, so the order is total); with the
 * project's index, from which the next version's is derived.
 */
type SearchIndex = { readonly annotations: readonly Annotation[]; readonly articles: readonly Article[]; readonly entries: readonly Entry[]; readonly index: ProjectIndex }

const compareEntries = (a: Entry, b: Entry): number =>
  a.rank - b.rank || a.ann.target.start - b.ann.target.start || a.ann.target.end - b.ann.target.end || a.ann.kind.localeCompare(b.ann.kind) || a.ann.id.localeCompare(b.ann.id)

let lastSearch: SearchIndex | undefined

function entryOf(a: Annotation, ranks: ReadonlyMap<string, number>, articles: number): Entry {
  const folded = foldedTag(a)
  return { ann: a, rank: ranks.get(a.articleId) ?? articles, exact: folded.exact, note: folded.note }
}

/** The search index of this version of the project: the last one, or the last one patched with the tags that changed, or a new one. */
function searchIndexOf(project: Project): SearchIndex {
  const last = lastSearch
  if (last && last.annotations === project.annotations && last.articles === project.articles) return last
  const index = indexProject(project, last?.index)
  const ranks = new Map(project.articles.map((article, i) => [article.id, i]))
  const changes = last && last.articles === project.articles ? changedAnnotations(last.annotations, project.annotations, last.index.annotationsById) : null
  let entries: Entry[]
  if (changes && changes.length <= Math.max(64, project.annotations.length >> 3)) {
    const gone = new Set(changes.flatMap((c) => (c.before ? [c.before.id] : [])))
    entries = gone.size ? last!.entries.filter((e) => !gone.has(e.ann.id)) : [...last!.entries]
    for (const { after } of changes) {
      if (!after) continue
      insertSorted(entries, entryOf(after, ranks, project.articles.length), compareEntries)
    }
  } else {
    entries = project.annotations.map((a) => entryOf(a, ranks, project.articles.length)).sort(compareEntries)
  }
  return (lastSearch = { annotations: project.annotations, articles: project.articles, entries, index })
}

/** The project index, derived from the last one this module saw (usually by a tag or two). */
function indexOf(project: Project): ProjectIndex {
  return searchIndexOf(project).index
}

/** The last text search, kept so the next keystroke (the same text and more) only looks at what matched it. */
let lastText: { entries: readonly Entry[]; index: ProjectIndex; query: string; matches: readonly Entry[] } | undefined

function textMatches(search: SearchIndex, index: ProjectIndex, query: string): readonly Entry[] {
  if (!query) return search.entries
  const prev = lastText
  const from = prev && prev.entries === search.entries && prev.index === index && query.startsWith(prev.query) ? prev.matches : search.entries
  const named = new Set<string>()
  for (const p of index.peopleById.values()) if (foldedNames(p).some((n) => n.includes(query))) named.add(p.id)
  const matches: Entry[] = []
  for (const e of from) {
    if (e.exact.includes(query) || e.note.includes(query)) matches.push(e)
    else if (named.size) {
      const speakerId = speakerIdOf(index, e.ann)
      if (speakerId !== null && named.has(speakerId)) matches.push(e)
    }
  }
  lastText = { entries: search.entries, index, query, matches }
  return matches
}

let lastFind: { entries: readonly Entry[]; index: ProjectIndex; key: string; result: FindResult } | undefined

/**
 * The tags that pass every constraint, in the order of the project's articles,
 * then by position in the text; and how many tags each choice in each facet
 * would give, under every other active constraint but not its own. `index`,
 * when the caller has the project's index already, saves deriving it.
 */
export function findAnnotations(project: Project, filter: AnnotationFilter, index: ProjectIndex = indexOf(project)): FindResult {
  const search = searchIndexOf(project)
  const key = JSON.stringify([filter.kinds, filter.speakerIds, filter.statuses, filter.articleIds, filter.text])
  if (lastFind && lastFind.entries === search.entries && lastFind.index === index && lastFind.key === key) return lastFind.result
  const kinds = new Set(filter.kinds)
  const speakers = new Set(filter.speakerIds)
  const statuses = new Set(filter.statuses)
  const articles = new Set(filter.articleIds)
  const counts: FacetCounts = {
    kinds: Object.fromEntries(annotationKinds.map((k) => [k, 0])) as Record<AnnotationKind, number>,
    speakers: new Map([...project.people.map((p): [string, number] => [p.id, 0]), [NO_SPEAKER, 0]]),
    statuses: Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>,
    articles: new Map(project.articles.map((a): [string, number] => [a.id, 0])),
    total: 0
  }
  const results: Annotation[] = []
  // Every tag that fails the text fails every count too: only the text matches are looked at.
  for (const { ann: a } of textMatches(search, index, foldText(filter.text))) {
    const speakerKey = speakerIdOf(index, a) ?? NO_SPEAKER
    const kind = kinds.size === 0 || kinds.has(a.kind)
    const speaker = speakers.size === 0 || speakers.has(speakerKey)
    const status = statuses.size === 0 || (a.kind === 'claim' && statuses.has(a.status))
    const article = articles.size === 0 || articles.has(a.articleId)
    if (speaker && status && article) counts.kinds[a.kind]++
    if (kind && status && article) counts.speakers.set(speakerKey, (counts.speakers.get(speakerKey) ?? 0) + 1)
    if (a.kind === 'claim' && kind && speaker && article) counts.statuses[a.status]++
    if (kind && speaker && status) counts.articles.set(a.articleId, (counts.articles.get(a.articleId) ?? 0) + 1)
    if (kind && speaker && status && article) {
      counts.total++
      results.push(a)
    }
  }
  const result = { results, counts }
  lastFind = { entries: search.entries, index, key, result }
  return result
}

/** The tags that pass every constraint, in the order of the project's articles, then by position in the text. */
export function filterAnnotations(project: Project, filter: AnnotationFilter): Annotation[] {
  return [...findAnnotations(project, filter).results]
}

/** How many tags each choice in each facet would give, under every other active constraint but not its own. */
export function facetCounts(project: Project, filter: AnnotationFilter): FacetCounts {
  const { counts } = findAnnotations(project, filter)
  return { ...counts, speakers: new Map(counts.speakers), articles: new Map(counts.articles) }
}

/**
 * Get the search ready before the first keystroke: fold the tags' text a
 * slice at a time while `timeLeft()` (ms) allows, as an idle callback does.
 * Returns true once the search index of this project is built.
 */
export function prepareSearch(project: Project, timeLeft: () => number): boolean {
  const { annotations } = project
  let i = prepared.get(annotations) ?? 0
  while (i < annotations.length && timeLeft() > 1) {
    for (const end = Math.min(annotations.length, i + 250); i < end; i++) foldedTag(annotations[i]!)
  }
  prepared.set(annotations, i)
  if (i < annotations.length) return false
  searchIndexOf(project)
  return true
}

const prepared = new WeakMap<readonly Annotation[], number>()
