/**
 * Suggestions in a project: which ones to offer for an article (not the
 * quotes already tagged, not the ones a reporter rejected), and the commands
 * that accept or reject them. Accepting makes ordinary tags (a quote, and an
 * attribution over "said X" naming the same person) marked `origin:
 * "suggested"`; a speaker not yet in the project is added as a new person
 * with the role the article gives. Rejecting records the suggestion's words,
 * so it is not offered again. Every change is one command, undone as one.
 */
import { createAnnotation } from '../annotations'
import type { Command, SingleCommand } from '../commands'
import { newId } from '../ids'
import { createPerson, matchPeopleExactly, matchPerson } from '../people'
import type { Annotation, Article, Person, Project, Rejection } from '../schema'
import { makeTarget } from '../anchoring'
import { parseNamePhrase } from './namePhrase'
import { suggestClaims, type ClaimSuggestion } from './claims'
import type { QuoteSuggestion } from './quotes'
import { suggestArticleQuotes } from './transcriptTurns'

export type ArticleSuggestion = (QuoteSuggestion | ClaimSuggestion) & {
  /** Stable while the article's text and the suggestion stay the same: article, start and end. */
  readonly id: string
  readonly articleId: string
}

/** The reporter's corrections before accepting: other words, or another speaker (an existing person, a new name, or none). */
export type SuggestionFix = { readonly start?: number; readonly end?: number; readonly personId?: string | null; readonly speakerName?: string }

const overlapShare = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return common > 0 ? common / Math.min(a.end - a.start, b.end - b.start) : 0
}

/** A suggestion already answered: tagged as that kind (by hand or by accepting) or rejected before. */
function answered(project: Project, articleId: string, s: QuoteSuggestion | ClaimSuggestion, tagged: readonly Annotation[]): boolean {
  if (tagged.some((a) => a.kind === s.kind && overlapShare(a.target, s) >= 0.5)) return true
  return project.rejections.some((r) => r.articleId === articleId && r.kind === s.kind && r.target.exact === s.text)
}

/**
 * The rules' output for an article, kept while the article (its text) is the
 * same object: accepting or rejecting a suggestion, or adding a person, does
 * not run the rules over every article again. People are matched afresh on
 * each call (cheap), so a speaker added a moment ago is recognised.
 */
const cache = new WeakMap<Article, readonly QuoteSuggestion[]>()
/** Articles the rules failed on, with what went wrong: a fault of the rules, never of the article, so the others are still offered and the panel says which failed. */
const failures = new WeakMap<Article, string>()

function rawSuggestions(article: Article): readonly QuoteSuggestion[] {
  let suggestions = cache.get(article)
  if (suggestions) return suggestions
  try {
    suggestions = suggestArticleQuotes(article)
  } catch (e) {
    failures.set(article, e instanceof Error ? e.message : String(e))
    suggestions = []
  }
  cache.set(article, suggestions)
  return suggestions
}

/** What to tell the reporter about articles whose suggestions could not be made (one article's, or every article's already read). */
export function suggestionFailures(project: Project, articleId?: string): string[] {
  const articles = articleId === undefined ? project.articles : project.articles.filter((a) => a.id === articleId)
  return articles.flatMap((a) => {
    const reason = failures.get(a)
    return reason === undefined ? [] : [`No suggestions could be made for “${a.title}”: the suggester failed on it (${reason}). Its text and tags are untouched; you can still tag it by hand.`]
  })
}

/** Run the rules over an article ahead of time (a large project is read through a slice at a time). */
export function prepareSuggestions(article: Article): void {
  rawSuggestions(article)
}

/** A suggestion with its speaker matched to the project's people (the person's own spelling of the name). */
function withPerson<T extends QuoteSuggestion | ClaimSuggestion>(s: T, people: readonly Person[]): T {
  const person = s.speaker ? matchPerson(people, s.speaker) : null
  return person ? { ...s, speaker: person.name, personId: person.id } : s
}

export type SuggestOptions = { /** Claim candidates too (sentences with figures, dates or a named source), after the quotes. */ readonly claims?: boolean }

/** The suggestions to offer for one article: its quotes in text order, then (if asked) its claim candidates. */
export function suggestionsForArticle(project: Project, articleId: string, options: SuggestOptions = {}): ArticleSuggestion[] {
  const article = project.articles.find((a) => a.id === articleId)
  if (!article) return []
  return offered(project, article, taggedIn(project.annotations, articleId), options)
}

/** The quotes and claims already tagged in an article: what suggestions there must not repeat. */
function taggedIn(annotations: readonly Annotation[], articleId: string): Annotation[] {
  return annotations.filter((a) => a.articleId === articleId && a.kind !== 'attribution' && !a.orphan)
}

function offered(project: Project, article: Article, tagged: readonly Annotation[], options: SuggestOptions): ArticleSuggestion[] {
  const articleId = article.id
  const quotes = rawSuggestions(article)
  const claims: ClaimSuggestion[] = options.claims ? suggestClaims(article.text, quotes) : []
  return [...quotes, ...claims]
    .filter((s) => !answered(project, articleId, s, tagged))
    .map((s) => withPerson(s, project.people))
    .map((s) => ({ ...s, id: s.kind === 'quote' ? `${articleId}:${s.start}:${s.end}` : `${articleId}:claim:${s.start}:${s.end}`, articleId }))
}

/** The suggestions for every article of the project, article by article. */
export function suggestionsForProject(project: Project, options: SuggestOptions = {}): ArticleSuggestion[] {
  // The tags grouped by article in one pass, not one scan of every tag per article.
  const byArticle = new Map<string, Annotation[]>()
  for (const a of project.annotations) if (a.kind !== 'attribution' && !a.orphan) (byArticle.get(a.articleId) ?? byArticle.set(a.articleId, []).get(a.articleId)!).push(a)
  return project.articles.flatMap((article) => offered(project, article, byArticle.get(article.id) ?? [], options))
}

type Speaker = { personId: string | null; steps: SingleCommand[] }

/** The person a suggestion (or the reporter's fix) names: one already in the project, a new one, or no one. */
function speakerFor(project: Project, s: ArticleSuggestion, fix: SuggestionFix, now: string, added: Map<string, string>): Speaker {
  if (fix.personId !== undefined) return { personId: fix.personId, steps: [] }
  const name = (fix.speakerName ?? s.speaker ?? '').trim().replace(/\s+/g, ' ')
  if (!name) return { personId: null, steps: [] }
  if (fix.speakerName === undefined && s.personId) return { personId: s.personId, steps: [] }
  const known = matchPeopleExactly(project.people, name)
  if (known.length === 1) return { personId: known[0]!.id, steps: [] }
  const already = added.get(name.toLowerCase())
  if (already) return { personId: already, steps: [] }
  const org = parseNamePhrase(name)?.org ?? false
  const person = createPerson(name, now, { kind: org ? 'organisation' : 'person', role: fix.speakerName === undefined ? s.role.slice(0, 1000) : '' })
  added.set(name.toLowerCase(), person.id)
  return { personId: person.id, steps: [{ type: 'person.add', person }] }
}

/** What one command's steps have made so far: new people by name, attribution tags by their span. */
type Batch = { people: Map<string, string>; attributions: Map<string, string> }
const newBatch = (): Batch => ({ people: new Map(), attributions: new Map() })

function acceptSteps(project: Project, s: ArticleSuggestion, fix: SuggestionFix, now: string, by: string, batch: Batch): SingleCommand[] {
  const article = project.articles.find((a) => a.id === s.articleId)
  if (!article) return []
  const start = fix.start ?? s.start
  const end = fix.end ?? s.end
  const { personId, steps } = speakerFor(project, s, fix, now, batch.people)
  const out: SingleCommand[] = [...steps]
  let attributionId: string | null = null
  // The cue names the speaker whatever words the reporter settles on, so its attribution tag is made either way.
  if (s.attribution) {
    const span = s.attribution
    const key = `${s.articleId}:${span.start}:${span.end}`
    // Two quotes around one cue ("“A,” said X, “B.”") share its attribution tag.
    const existing = project.annotations.find((a) => a.articleId === s.articleId && a.kind === 'attribution' && !a.orphan && a.target.start === span.start && a.target.end === span.end)
    if (existing) attributionId = existing.id
    else if (batch.attributions.has(key)) attributionId = batch.attributions.get(key)!
    else {
      const tag: Annotation = { ...createAnnotation({ articleId: s.articleId, text: article.text, ...span, kind: 'attribution', author: by, now }), speakerId: personId, origin: 'suggested' }
      out.push({ type: 'annotation.add', annotation: tag })
      attributionId = tag.id
      batch.attributions.set(key, tag.id)
    }
  }
  const quote: Annotation = {
    ...createAnnotation({ articleId: s.articleId, text: article.text, start, end, kind: s.kind, author: by, now }),
    speakerId: personId,
    attributionId,
    origin: 'suggested'
  }
  out.push({ type: 'annotation.add', annotation: quote })
  return out
}

/** Accept one suggestion, as it is or corrected: one command that adds the speaker if new, the attribution and the quote. */
export function acceptSuggestionEdit(project: Project, s: ArticleSuggestion, fix: SuggestionFix, now: string, by: string): Command {
  const steps = acceptSteps(project, s, fix, now, by, newBatch())
  const label = `Accept the suggested ${s.kind}${s.speaker ? ` by ${s.speaker}` : ''}`.slice(0, 200)
  return steps.length === 1 ? steps[0]! : { type: 'batch', label, commands: steps }
}

/**
 * Accept several suggestions at once (all of one speaker's, or all of an
 * article's): one command, one new person per new name, one undo.
 */
export function acceptManyEdit(project: Project, suggestions: readonly ArticleSuggestion[], now: string, by: string): Command | null {
  const batch = newBatch()
  const commands = suggestions.flatMap((s) => acceptSteps(project, s, {}, now, by, batch))
  if (commands.length === 0) return null
  const speakers = [...new Set(suggestions.map((s) => s.speaker).filter(Boolean))]
  const label = `Accept ${suggestions.length} suggested ${suggestions.length === 1 ? 'quote' : 'quotes'}${speakers.length === 1 ? ` by ${speakers[0]}` : ''}`.slice(0, 200)
  return { type: 'batch', label, commands }
}

/** Reject a suggestion: remembered in the project, so it is not offered again (undo forgets it). */
export function rejectSuggestionEdit(project: Project, s: ArticleSuggestion, now: string, by: string): Command | null {
  const article = project.articles.find((a) => a.id === s.articleId)
  if (!article) return null
  const rejection: Rejection = { id: newId(), articleId: s.articleId, kind: s.kind, target: makeTarget(article.text, s.start, s.end), rejectedAt: now, rejectedBy: by }
  return { type: 'rejection.add', rejection }
}
