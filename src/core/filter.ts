/**
 * Finding tags across a project: by kind, speaker, claim status, article and
 * text, with faceted counts (each facet counted under every other active
 * filter but not its own). Pure, and linear in the number of tags: one index
 * per call, and folded text cached per (immutable) record.
 */
import { indexProject, speakerIdOf, type ProjectIndex } from './annotations'
import { foldText, personNames } from './people'
import { annotationKinds, claimStatuses, type Annotation, type AnnotationKind, type ClaimStatus, type Person, type Project } from './schema'

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

/** Which of the five constraints one tag passes. */
type Passes = { kind: boolean; speaker: boolean; status: boolean; article: boolean; text: boolean; speakerKey: string }

type Matcher = (a: Annotation) => Passes

/**
 * The index of a project's tags and people, kept while those arrays stay the
 * same (records are never changed in place; a change makes new arrays), so
 * typing in the filter does not rebuild two 20,000-entry maps per keystroke.
 */
const indexes = new WeakMap<readonly Annotation[], { people: readonly Person[]; length: number; index: ProjectIndex }>()

function indexOf(project: Project): ProjectIndex {
  const cached = indexes.get(project.annotations)
  if (cached && cached.people === project.people && cached.length === project.annotations.length) return cached.index
  const index = indexProject(project)
  indexes.set(project.annotations, { people: project.people, length: project.annotations.length, index })
  return index
}

function matcher(filter: AnnotationFilter, index: ProjectIndex): Matcher {
  const kinds = new Set(filter.kinds)
  const speakers = new Set(filter.speakerIds)
  const statuses = new Set(filter.statuses)
  const articles = new Set(filter.articleIds)
  const query = foldText(filter.text)
  return (a) => {
    const speakerId = speakerIdOf(index, a)
    const speakerKey = speakerId ?? NO_SPEAKER
    let text = true
    if (query) {
      const folded = foldedTag(a)
      const person = speakerId ? index.peopleById.get(speakerId) : undefined
      text = folded.exact.includes(query) || folded.note.includes(query) || (person !== undefined && foldedNames(person).some((n) => n.includes(query)))
    }
    return {
      kind: kinds.size === 0 || kinds.has(a.kind),
      speaker: speakers.size === 0 || speakers.has(speakerKey),
      status: statuses.size === 0 || (a.kind === 'claim' && statuses.has(a.status)),
      article: articles.size === 0 || articles.has(a.articleId),
      text,
      speakerKey
    }
  }
}

const passesAll = (p: Passes): boolean => p.kind && p.speaker && p.status && p.article && p.text

/** The tags that pass every constraint, in the order of the project's articles, then by position in the text. */
export function filterAnnotations(project: Project, filter: AnnotationFilter): Annotation[] {
  const match = matcher(filter, indexOf(project))
  const order = new Map(project.articles.map((article, i) => [article.id, i]))
  const rank = (a: Annotation): number => order.get(a.articleId) ?? project.articles.length
  return project.annotations
    .filter((a) => passesAll(match(a)))
    .sort((a, b) => rank(a) - rank(b) || a.target.start - b.target.start || a.target.end - b.target.end)
}

/** How many tags each choice in each facet would give, under every other active constraint but not its own. */
export function facetCounts(project: Project, filter: AnnotationFilter): FacetCounts {
  const match = matcher(filter, indexOf(project))
  const counts: FacetCounts = {
    kinds: Object.fromEntries(annotationKinds.map((k) => [k, 0])) as Record<AnnotationKind, number>,
    speakers: new Map([...project.people.map((p): [string, number] => [p.id, 0]), [NO_SPEAKER, 0]]),
    statuses: Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>,
    articles: new Map(project.articles.map((a): [string, number] => [a.id, 0])),
    total: 0
  }
  for (const a of project.annotations) {
    const p = match(a)
    if (p.speaker && p.status && p.article && p.text) counts.kinds[a.kind]++
    if (p.kind && p.status && p.article && p.text) counts.speakers.set(p.speakerKey, (counts.speakers.get(p.speakerKey) ?? 0) + 1)
    if (a.kind === 'claim' && p.kind && p.speaker && p.article && p.text) counts.statuses[a.status]++
    if (p.kind && p.speaker && p.status && p.text) counts.articles.set(a.articleId, (counts.articles.get(a.articleId) ?? 0) + 1)
    if (passesAll(p)) counts.total++
  }
  return counts
}
