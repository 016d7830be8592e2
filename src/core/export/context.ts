/**
 * What every export format needs before it writes a byte: which tags are
 * exported, in what order, and where each one sits in its article (its
 * article, speaker, attribution, paragraph number and the sentence around
 * it). Computed once per export so the formats agree with each other.
 */
import type { ProjectIndex } from '../annotations'
import { NO_SPEAKER } from '../filter'
import { matchPeople, matchPeopleExactly } from '../people'
import type { Annotation, AnnotationKind, Article, Person, Project } from '../schema'
import { countBefore } from '../sorted'
import { blockStartingAt, firstBlockEndingAfter, lastBlockStartingBefore, paragraphNumber } from './blockIndex'
import { UrlFilter } from './safeUrl'

export { paragraphNumber } from './blockIndex'

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

/**
 * The lookups the formats share: tags and people by id. Only these two maps of
 * the app's ProjectIndex (annotations.ts): an export needs neither its
 * per-article lists nor its attributions, which cost more to build than the
 * rest of a CSV's rows.
 */
export type ExportIndex = Pick<ProjectIndex, 'annotationsById' | 'peopleById'>

export function exportIndex(project: Pick<Project, 'annotations' | 'people'>): ExportIndex {
  return { annotationsById: new Map(project.annotations.map((a) => [a.id, a])), peopleById: new Map(project.people.map((p) => [p.id, p])) }
}

/** Who said it: the tag's own speaker, else the person its attribution names (speakerIdOf's rule, on the export's lookups). */
export function speakerIdIn(index: Pick<ExportIndex, 'annotationsById'>, ann: Annotation): string | null {
  if (ann.speakerId) return ann.speakerId
  const attribution = ann.attributionId ? index.annotationsById.get(ann.attributionId) : undefined
  return attribution?.speakerId ?? null
}

/** The project, the selected tags in order, and the lookups the formats share. */
export type ExportContext = {
  readonly project: Project
  readonly annotations: readonly Annotation[]
  readonly index: ExportIndex
  readonly articlesById: ReadonlyMap<string, Article>
  /** ISO time of the export; the only clock an export reads, so output is reproducible. */
  readonly now: string
  readonly exportedBy: string
  /** Every address a format writes goes through `urls.web`, which keeps only web links and counts the rest. */
  readonly urls: UrlFilter
}

/**
 * People a speaker query names. Exact matches win over partial ones, so
 * "Jorge Rodriguez" is Jorge alone while "Rodriguez" is every Rodríguez.
 */
export function peopleNamed(people: readonly Person[], query: string): Person[] {
  const exact = matchPeopleExactly(people, query)
  return exact.length > 0 ? exact : matchPeople(people, query)
}

/**
 * The selected tags, in project article order, then text order (start, then
 * end; ties keep the project's order, as the Find panel lists them); tags
 * whose article is gone are left out (they cannot be cited). One pass over
 * the tags with set lookups, then one sort on precomputed article ranks.
 */
export function selectAnnotations(project: Project, selection: ExportSelection = {}, index: Pick<ExportIndex, 'annotationsById'> = exportIndex(project)): Annotation[] {
  let speakerIds: Set<string> | null = null
  if (selection.speaker !== undefined && selection.speaker.trim() !== '') {
    speakerIds = new Set(peopleNamed(project.people, selection.speaker).map((p) => p.id))
    if (speakerIds.size === 0) return []
  }
  const rankOf = new Map<string, number>()
  project.articles.forEach((article, i) => rankOf.set(article.id, i))
  const kinds = selection.kinds ? new Set<string>(selection.kinds) : null
  const articleIds = selection.articleIds ? new Set(selection.articleIds) : null
  const annotationIds = selection.annotationIds ? new Set(selection.annotationIds) : null
  // One list per article, in article order; each in project order, then sorted by position.
  const byArticle: Annotation[][] = project.articles.map(() => [])
  for (const ann of project.annotations) {
    const rank = rankOf.get(ann.articleId)
    if (rank === undefined) continue
    if (kinds && !kinds.has(ann.kind)) continue
    if (articleIds && !articleIds.has(ann.articleId)) continue
    if (annotationIds && !annotationIds.has(ann.id)) continue
    if (speakerIds) {
      if (!speakerIds.has(speakerIdIn(index, ann) ?? NO_SPEAKER)) continue
    }
    byArticle[rank]!.push(ann)
  }
  // Array.prototype.sort is stable: tags at the same place keep the project's order.
  const byPlace = (a: Annotation, b: Annotation): number => a.target.start - b.target.start || a.target.end - b.target.end
  return byArticle.flatMap((tags) => tags.sort(byPlace))
}

export function exportContext(project: Project, selection: ExportSelection | undefined, now: string, exportedBy = ''): ExportContext {
  const index = exportIndex(project)
  return {
    project,
    annotations: selectAnnotations(project, selection, index),
    index,
    articlesById: new Map(project.articles.map((a) => [a.id, a])),
    now,
    exportedBy,
    urls: new UrlFilter()
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
  const id = speakerIdIn(ctx.index, ann)
  return (id && ctx.index.peopleById.get(id)) || null
}

/** The attribution tag ("said Rodríguez") of a quote or claim, if it still exists. */
export function attributionOf(ctx: Pick<ExportContext, 'index'>, ann: Annotation): Annotation | null {
  if (ann.kind === 'attribution' || !ann.attributionId) return null
  const attribution = ctx.index.annotationsById.get(ann.attributionId)
  return attribution?.kind === 'attribution' ? attribution : null
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * ICU ends a sentence after "Mr." or "U.S."; a title or initials before a
 * name are more often mid-sentence, and a context that is a sentence too
 * long costs less than one cut at "Dr.".
 */
export const ABBREVIATION_END =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|St|Mt|Jr|Sr|Sra|No|[A-Z]|(?:[A-Z]\.)+[A-Z])\.\s*$/u

const TOKEN_CHAR = /[A-Za-z.]/
const SPACE = /\s/

/**
 * ABBREVIATION_END.test(text.slice(start, end)), testing only the tail that
 * can match: a match is white space at the end, before it a run of letters
 * and dots (the abbreviation and its dot), and before that run one
 * delimiter or the start. So the regex is run on that run and the character
 * before it, a few characters instead of the whole sentence (with the same
 * answer: the run's start is the only place the abbreviation can begin).
 */
export function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let j = end
  while (j > start && SPACE.test(text[j - 1]!)) j--
  let k = j
  while (k > start && TOKEN_CHAR.test(text[k - 1]!)) k--
  return k < j && ABBREVIATION_END.test(text.slice(Math.max(start, k - 1), end))
}

/** How much text the segmenter is given at a time (see icuSentences). */
const SEGMENT_WINDOW = 1024

/**
 * ICU's sentence boundaries in text[from, to), as absolute offsets. Each step
 * of the segmenter's iterator costs time in proportion to the length of the
 * text it was given, so one paragraph of 8,000 short sentences took seconds
 * and of 32,000, most of a minute. It is given a window of the text at a
 * time instead, starting at a boundary; every boundary in the window but the
 * last is kept (the last sentence may run past the window's end) and the
 * next window starts at that last sentence. A sentence longer than the
 * window gets a window twice as wide until it fits. The boundaries are
 * those of segmenting the whole range (context.test.ts compares them).
 */
function icuSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  let at = from
  let width = SEGMENT_WINDOW
  while (at < to) {
    const end = Math.min(to, at + width)
    const found: Array<{ start: number; end: number }> = []
    for (const segment of sentences.segment(text.slice(at, end))) found.push({ start: at + segment.index, end: at + segment.index + segment.segment.length })
    if (end < to && found.length < 2) {
      width *= 2
      continue
    }
    if (end < to) found.pop()
    for (const span of found) out.push(span)
    at = found[found.length - 1]?.end ?? end
    width = SEGMENT_WINDOW
  }
  return out
}

/** Sentence spans of text[from, to), as absolute offsets. */
function sentenceSpans(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  let last: { start: number; end: number } | undefined
  for (const { start, end } of icuSentences(text, from, to)) {
    if (last && endsWithAbbreviation(text, last.start, last.end)) last.end = end
    else spans.push((last = { start, end }))
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
  if (!spans) cached.byRange.set(key, (spans = joinedBlockSentences(article, from, to) ?? sentenceSpans(article.text, from, to)))
  return spans
}

/** Ends a sentence wherever it stands (UAX #29's ParaSep: CR, LF, NEL, LS, PS). */
const PARA_SEP = /[\r\n\u0085\u2028\u2029]/

/**
 * The sentence spans of a run of whole blocks, from those of each block
 * (kept), instead of segmenting the run again: a tag across two paragraphs
 * would otherwise segment both once more (a third of the tags of the
 * benchmark's project, most of the time of a CSV export).
 *
 * The same spans as sentenceSpans over the run, by UAX #29: the blank line
 * between two blocks is two paragraph separators; the first ends the last
 * sentence of the block before, the second is a sentence of its own, and a
 * break always follows each, so nothing on either side of them sees past
 * them. Then, as sentenceSpans would, a sentence ending in an abbreviation
 * takes in the next one: the separators and the first sentence of the next
 * block. Anything else (a block that is empty or ends in a separator of its
 * own, a gap that is not "\n\n", a range that is not whole blocks) is
 * segmented directly. context.test.ts checks both ways agree.
 */
function joinedBlockSentences(article: Article, from: number, to: number): Array<{ start: number; end: number }> | null {
  const { blocks, text } = article
  const first = blockStartingAt(article, from)
  if (first < 0 || blocks[first]!.end >= to) return null
  let last = first
  while (last < blocks.length && blocks[last]!.end < to) last++
  if (last >= blocks.length || blocks[last]!.end !== to) return null
  for (let k = first; k <= last; k++) {
    const block = blocks[k]!
    if (block.end <= block.start) return null
    if (k < last && (PARA_SEP.test(text[block.end - 1]!) || text.slice(block.end, blocks[k + 1]!.start) !== '\n\n')) return null
  }
  const spans: Array<{ start: number; end: number }> = []
  for (let k = first; k <= last; k++) {
    const own = blockSentences(article, blocks[k]!.start, blocks[k]!.end)
    if (own.length === 0) return null
    let next = 0
    if (k > first) {
      const previous = spans[spans.length - 1]!
      const gap = blocks[k - 1]!.end
      if (endsWithAbbreviation(text, previous.start, previous.end)) {
        previous.end = own[0]!.end
        next = 1
      } else {
        previous.end = gap + 1
        spans.push({ start: gap + 1, end: gap + 2 })
      }
    }
    for (; next < own.length; next++) spans.push({ start: own[next]!.start, end: own[next]!.end })
  }
  return spans
}

/** For tests: the spans of text[from, to) segmented directly, and as blockSentences finds them. */
export const sentenceSpansForTest = {
  /** ICU's boundaries of the whole text at once, and a window at a time (icuSentences). */
  icuWhole: (text: string) => Array.from(sentences.segment(text), (s) => ({ start: s.index, end: s.index + s.segment.length })),
  icuWindowed: (text: string) => icuSentences(text, 0, text.length),
  direct: (article: Article, from: number, to: number) => sentenceSpans(article.text, from, to),
  kept: (article: Article, from: number, to: number) => blockSentences(article, from, to).map((s) => ({ ...s }))
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
  const first = article.blocks[firstBlockEndingAfter(article, s)] ?? article.blocks.at(-1)
  const last = article.blocks[lastBlockStartingBefore(article, e)] ?? first
  const from = Math.min(first?.start ?? 0, s)
  const to = Math.max(last?.end ?? text.length, e)
  // The spans touched are a run of the (ordered) spans: from the first ending after s to the last starting before the end.
  const spans = blockSentences(article, from, to)
  const touchedStart = countBefore(spans, (span) => span.end <= s)
  const touchedEnd = countBefore(spans, (span) => span.start < Math.max(e, s + 1))
  if (touchedEnd <= touchedStart) return text.slice(s, e).trim()
  return text.slice(spans[touchedStart]!.start, spans[touchedEnd - 1]!.end).trim()
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
