/**
 * What every export format needs before it writes a byte: which tags are
 * exported, in what order, and where each one sits in its article (its
 * article, speaker, attribution, paragraph number and the sentence around
 * it). Computed once per export so the formats agree with each other.
 */
import { indexProject, speakerIdOf, type ProjectIndex } from '../annotations'
import { filterAnnotations, emptyFilter } from '../filter'
import { matchPeople, matchPeopleExactly } from '../people'
import type { Annotation, AnnotationKind, Article, Person, Project } from '../schema'

/**
 * Which tags to export. A list that is given limits the export to its
 * members, so an empty list selects nothing (an empty "current filter" must
 * not turn into "everything"); a field left out sets no limit.
 */
export type ExportSelection = {
  kinds?: AnnotationKind[]
  /** A name or alias, matched with matchPeople (accents and case ignored); a blank one sets no limit. */
  speaker?: string
  articleIds?: string[]
  annotationIds?: string[]
}

/** The project, the selected tags in order, and the lookups the formats share. */
export type ExportContext = {
  readonly project: Project
  readonly annotations: readonly Annotation[]
  readonly index: ProjectIndex
  readonly articlesById: ReadonlyMap<string, Article>
  /** ISO time of the export; the only clock an export reads, so output is reproducible. */
  readonly now: string
  readonly exportedBy: string
}

/**
 * People a speaker query names. Exact matches win over partial ones, so
 * "Jorge Rodriguez" is Jorge alone while "Rodriguez" is every Rodríguez.
 */
export function peopleNamed(people: readonly Person[], query: string): Person[] {
  const exact = matchPeopleExactly(people, query)
  return exact.length > 0 ? exact : matchPeople(people, query)
}

/** The selected tags, in project article order, then text order; tags whose article is gone are left out (they cannot be cited). */
export function selectAnnotations(project: Project, selection: ExportSelection = {}): Annotation[] {
  let speakerIds: string[] = []
  if (selection.speaker !== undefined && selection.speaker.trim() !== '') {
    speakerIds = peopleNamed(project.people, selection.speaker).map((p) => p.id)
    if (speakerIds.length === 0) return []
  }
  const inList = <T>(list: readonly T[] | undefined, value: T): boolean => list === undefined || list.includes(value)
  const articleIds = new Set(project.articles.map((a) => a.id))
  return filterAnnotations(project, { ...emptyFilter, speakerIds }).filter(
    (a) => articleIds.has(a.articleId) && inList(selection.kinds, a.kind) && inList(selection.articleIds, a.articleId) && inList(selection.annotationIds, a.id)
  )
}

export function exportContext(project: Project, selection: ExportSelection | undefined, now: string, exportedBy = ''): ExportContext {
  return {
    project,
    annotations: selectAnnotations(project, selection),
    index: indexProject(project),
    articlesById: new Map(project.articles.map((a) => [a.id, a])),
    now,
    exportedBy
  }
}

/** The tag's article; selectAnnotations guarantees there is one. */
export function articleOf(ctx: ExportContext, ann: Annotation): Article {
  const article = ctx.articlesById.get(ann.articleId)
  if (!article) throw new Error(`The tag ${ann.id} belongs to no article in this project.`)
  return article
}

/** Who said it: the tag's own speaker, else its attribution's. */
export function speakerOf(ctx: Pick<ExportContext, 'index'>, ann: Annotation): Person | null {
  const id = speakerIdOf(ctx.index, ann)
  return (id && ctx.index.peopleById.get(id)) || null
}

/** The attribution tag ("said Rodríguez") of a quote or claim, if it still exists. */
export function attributionOf(ctx: Pick<ExportContext, 'index'>, ann: Annotation): Annotation | null {
  if (ann.kind === 'attribution' || !ann.attributionId) return null
  const attribution = ctx.index.annotationsById.get(ann.attributionId)
  return attribution?.kind === 'attribution' ? attribution : null
}

/**
 * The 1-based number of the paragraph holding `offset`, counting every block
 * but headings (captions and block quotes are paragraphs a reader counts
 * too); null for a heading, which has no paragraph number.
 */
export function paragraphNumber(article: Article, offset: number): number | null {
  let count = 0
  for (const block of article.blocks) {
    if (block.type !== 'heading') count++
    // An offset in the blank line between blocks belongs to the block after it.
    if (offset < block.end) return block.type === 'heading' ? null : count
  }
  return count > 0 && article.blocks.at(-1)?.type !== 'heading' ? count : null
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * ICU ends a sentence after "Mr." or "U.S."; a title or initials before a
 * name are more often mid-sentence, and a context that is a sentence too
 * long costs less than one cut at "Dr.".
 */
const ABBREVIATION_END =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|St|Mt|Jr|Sr|Sra|No|[A-Z]|(?:[A-Z]\.)+[A-Z])\.\s*$/u

/** Sentence spans of text[from, to), as absolute offsets. */
function sentenceSpans(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  for (const segment of sentences.segment(text.slice(from, to))) {
    const start = from + segment.index
    const end = start + segment.segment.length
    const last = spans.at(-1)
    if (last && ABBREVIATION_END.test(text.slice(last.start, last.end))) last.end = end
    else spans.push({ start, end })
  }
  return spans
}

/**
 * Sentence spans per article and range, kept while the article's text is the
 * same: an export asks for the same paragraph once per tag in it (100 tags an
 * article), and segmenting it again each time was most of a CSV export.
 */
const spansCache = new WeakMap<Article, { text: string; byRange: Map<string, Array<{ start: number; end: number }>> }>()

function blockSentences(article: Article, from: number, to: number): ReadonlyArray<{ start: number; end: number }> {
  let cached = spansCache.get(article)
  if (!cached || cached.text !== article.text) spansCache.set(article, (cached = { text: article.text, byRange: new Map() }))
  const key = `${from}:${to}`
  let spans = cached.byRange.get(key)
  if (!spans) cached.byRange.set(key, (spans = sentenceSpans(article.text, from, to)))
  return spans
}

/**
 * The sentence(s) around a span of an article's text: every sentence of its
 * block(s) that the span touches, trimmed, with the text exactly as in the
 * article. A span across blocks keeps the blank line between them.
 */
export function sentenceAround(article: Article, start: number, end: number): string {
  const text = article.text
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  const first = article.blocks.find((b) => s < b.end) ?? article.blocks.at(-1)
  const last = article.blocks.findLast((b) => b.start < e) ?? first
  const from = Math.min(first?.start ?? 0, s)
  const to = Math.max(last?.end ?? text.length, e)
  const touched = blockSentences(article, from, to).filter((span) => span.start < Math.max(e, s + 1) && span.end > s)
  if (touched.length === 0) return text.slice(s, e).trim()
  return text.slice(touched[0]!.start, touched.at(-1)!.end).trim()
}

/** Where a tag sits in its article and who made it: the same trailing fields in every tabular export. */
export function placeAndProvenance(article: Article, ann: Annotation) {
  return {
    paragraph: paragraphNumber(article, ann.target.start),
    sentence: sentenceAround(article, ann.target.start, ann.target.end),
    author: ann.author,
    updatedBy: ann.updatedBy,
    createdAt: ann.createdAt,
    updatedAt: ann.updatedAt
  }
}
