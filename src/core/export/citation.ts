/**
 * The words an export uses to cite a tag: the quotation in curly quotes, who
 * said it with their role, and where it appeared. One place, so the
 * clipboard's "Copy with citation", the Markdown sheet and the CSV describe a
 * quote the same way.
 */
import { foldText } from '../people'
import type { Annotation, Article, ClaimStatus, LinkType, Person, Project } from '../schema'
import { firstBlockEndingAfter, linksOf } from './blockIndex'
import { exportIndex, speakerOf, type ExportContext } from './context'

/** How a claim's status reads in a sheet or a ClaimReview rating. */
export const statusLabels: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading'
}

/** How a link reads from the tag it starts at, and from the tag it points to. */
export const linkPhrases: Record<LinkType, { from: string; to: string }> = {
  'same-statement': { from: 'Same statement as', to: 'Same statement as' },
  corroborates: { from: 'Corroborates', to: 'Corroborated by' },
  contradicts: { from: 'Contradicts', to: 'Contradicted by' }
}

const OPENING_MARKS = /^[“"«‘'„]/u
const CLOSING_MARKS = /[”"»’']$/u

/** A comma, semicolon or colon closing the words, before any closing quotation marks and spaces. */
const SENTENCE_PUNCTUATION = /[,;:]+(?=[\s”"»’']*$)/u

/**
 * The words without the punctuation that belongs to the sentence around
 * them, not to what was said: `“…street by street,” she said` quotes
 * `“…street by street”`. A question or exclamation mark, and a full stop,
 * are the speaker's and stay.
 */
export function withoutSentencePunctuation(text: string): string {
  const trimmed = text.replace(SENTENCE_PUNCTUATION, '')
  return trimmed.replace(/[\s”"»’']/gu, '') === '' ? text : trimmed
}

/**
 * The text in curly double quotes, unless it already has quotation marks at
 * both ends (a tag made with its marks), which are then not doubled; without
 * a closing comma, semicolon or colon (withoutSentencePunctuation).
 */
export function quoted(text: string): string {
  const words = withoutSentencePunctuation(text)
  return OPENING_MARKS.test(words) && CLOSING_MARKS.test(words) && words.length > 1 ? words : `“${words}”`
}

/**
 * A person's role and affiliation as one phrase: "Director, Foro Penal". The
 * affiliation is left out when the role already names it.
 */
export function describePerson(person: Person): string {
  const role = person.role.trim()
  const affiliation = person.affiliation.trim()
  if (!affiliation || foldText(role).includes(foldText(affiliation))) return role
  return role ? `${role}, ${affiliation}` : affiliation
}

/** "Name, Role": the speaker as a citation names them. */
export function personWithRole(person: Person): string {
  const description = describePerson(person)
  return description ? `${person.name}, ${description}` : person.name
}

/** "Outlet, date" with whichever parts the article has; the date as the article gives it. */
export function outletAndDate(article: Pick<Article, 'outlet' | 'publishedAt'>): string {
  return [article.outlet.trim(), article.publishedAt.trim()].filter(Boolean).join(', ')
}

/** "12:34", or "1:02:03" past the hour: a time into a recording, whole seconds. */
export function clockTime(seconds: number): string {
  const whole = Math.floor(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** The page (of a PDF) and time (into a recording) of the block holding `offset`, where the import recorded them. */
export function pageAndTime(article: Article, offset: number): { page: number | null; time: number | null } {
  const { blocks } = article
  if (blocks.length === 0) return { page: null, time: null }
  const block = blocks[Math.min(firstBlockEndingAfter(article, offset), blocks.length - 1)]!
  return { page: block.page ?? null, time: block.time ?? null }
}

/** "p. 12" or "at 12:34" (or both) for the block holding `offset`; '' when the import recorded neither. */
export function pinpoint(article: Article, offset: number): string {
  const { page, time } = pageAndTime(article, offset)
  const parts: string[] = []
  if (page !== null) parts.push(`p. ${page}`)
  if (time !== null) parts.push(`at ${clockTime(time)}`)
  return parts.join(', ')
}

/**
 * `“exact” — Speaker, Role (Outlet, date, p. 12)`, leaving out what is unknown:
 * `“exact” (Outlet, date)` without a speaker, no brackets without an outlet,
 * date, page or time. Empty when there is no such tag.
 */
export function citationFor(project: Project, annotationId: string): string {
  const ann = project.annotations.find((a) => a.id === annotationId)
  if (!ann) return ''
  const article = project.articles.find((a) => a.id === ann.articleId)
  return citeAnnotation(ann, speakerOf({ index: exportIndex(project) }, ann), article)
}

/** citationFor with the lookups already done. */
export function citeAnnotation(ann: Annotation, speaker: Person | null, article: Article | undefined): string {
  const where = article ? [outletAndDate(article), pinpoint(article, ann.target.start)].filter(Boolean).join(', ') : ''
  let citation = quoted(ann.target.exact)
  if (speaker) citation += ` — ${personWithRole(speaker)}`
  if (where) citation += ` (${where})`
  return citation
}

/**
 * The other ends of a tag's links, each as "Contradicts “…” (BBC News,
 * 2026-01-09)": how the quote sheet and the CSV describe links. `escape`
 * makes the words safe for the format (the sheet's Markdown).
 */
export function linkDescriptions(ctx: Pick<ExportContext, 'project' | 'index' | 'articlesById'>, ann: Annotation, escape: (text: string) => string = (text) => text): string[] {
  const out: string[] = []
  for (const link of linksOf(ctx, ann)) {
    const other = ctx.index.annotationsById.get(link.from === ann.id ? link.to : link.from)
    if (!other) continue
    const phrase = linkPhrases[link.type][link.from === ann.id ? 'from' : 'to']
    const article = ctx.articlesById.get(other.articleId)
    const where = article ? outletAndDate(article) : ''
    out.push(`${phrase} ${quoted(escape(other.target.exact))}${where ? ` (${escape(where)})` : ''}`)
  }
  return out
}
