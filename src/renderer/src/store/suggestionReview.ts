/**
 * Reviewing suggested quotes (and, on request, claim candidates) in the open
 * article or the whole project: which scope, whether claims are offered, the
 * suggestion under review, and how far a large project has been read through.
 * UI state, never saved; accepting or rejecting is a project command like any
 * other, performed through the desk.
 *
 * A quote whose speaker the suggester is not sure of (`confident` false: below
 * its calibrated threshold) is a question, never a name: the panel shows
 * "speaker?" with the candidates and no one, accepting it asks for a choice,
 * and accepting all by a speaker leaves it out. A blank is better than a
 * confident wrong name.
 */
import { acceptManyEdit, acceptSuggestionEdit, prepareSuggestions, rejectSuggestionEdit, suggestionFailures, suggestionsForArticle, suggestionsForProject, type ArticleSuggestion, type SuggestionFix } from '../../../core/suggest/suggestEdits'
import type { Command } from '../../../core/commands'
import { nowIso } from '../../../core/ids'
import type { Person, Project } from '../../../core/schema'
import { matchPerson } from '../../../core/people'
import type { Notice } from './notices'
import { Observable } from './observable'

export type ReviewScope = 'article' | 'project'

export type ReviewState = {
  readonly suggesting: { readonly scope: ReviewScope; readonly claims: boolean; readonly activeId: string | null } | null
  /** Reading a large project through for suggestions: how far it has got. */
  readonly suggestProgress: { readonly done: number; readonly total: number } | null
}

/** What the review needs from the desk around it. */
export type ReviewHost = {
  project(): Project | null
  selectedArticleId(): string | null
  /** Show this article (the suggestion under review may be in another one). */
  showArticle(id: string): void
  perform(command: Command): boolean
  notify(tone: Notice['tone'], text: string): void
  author(): string
}

/** What tells whether a suggestion's speaker is a question: a quote suggestion, or as the text outlines it. */
type SpeakerGuess = { readonly kind: 'quote' | 'claim'; readonly speaker: string | null; readonly confident?: boolean; readonly candidates?: readonly string[] }

/**
 * A quote whose speaker is only a guess: shown as "speaker?" with the
 * candidates, and accepting asks who. A quote with no speaker and no one
 * named before it has nothing to ask: it is "Speaker not found", as before.
 */
export function speakerUnsure(s: SpeakerGuess): boolean {
  return s.kind === 'quote' && s.confident === false && (s.speaker !== null || (s.candidates?.length ?? 0) > 0)
}

/** One answer to "speaker?": a person (already in the project, or new by this name) or no one (`name` null). */
export type SpeakerChoice = { readonly name: string | null; readonly personId: string | null }

/** Candidates offered by number (1–4); no one is 0. */
export const MOST_CHOICES = 4

/** The answers to an unsure suggestion's "speaker?": its candidates as the project's people spell them, once each, nearest first, then no one. */
export function speakerChoices(s: ArticleSuggestion, people: readonly Person[]): SpeakerChoice[] {
  if (s.kind !== 'quote' || !speakerUnsure(s)) return []
  const out: SpeakerChoice[] = []
  const seen = new Set<string>()
  for (const name of s.speaker ? [s.speaker, ...s.candidates] : s.candidates) {
    const person = name === s.speaker && s.personId ? { id: s.personId, name } : matchPerson(people, name)
    const choice = person ? { name: person.name, personId: person.id } : { name, personId: null }
    const key = choice.personId ?? choice.name.toLowerCase()
    if (seen.has(key) || out.length >= MOST_CHOICES) continue
    seen.add(key)
    out.push(choice)
  }
  return [...out, { name: null, personId: null }]
}

/** The choice a number key picks: 1 the first candidate, 2 the second…, 0 no one. */
export function choiceForKey(choices: readonly SpeakerChoice[], key: string): SpeakerChoice | undefined {
  if (!choices.length || !/^[0-9]$/.test(key)) return undefined
  if (key === '0') return choices[choices.length - 1]
  const at = Number(key) - 1
  return at < choices.length - 1 ? choices[at] : undefined
}

/**
 * What to accept once the reporter has answered "speaker?": the suggested
 * speaker confirmed (its role kept), another candidate, or no one. `fix` may
 * carry other words (a span); its speaker, if any, gives way to the choice.
 */
export function acceptChoice(s: ArticleSuggestion, choice: SpeakerChoice, fix: SuggestionFix = {}): [ArticleSuggestion, SuggestionFix] {
  const span: SuggestionFix = fix.start !== undefined && fix.end !== undefined ? { start: fix.start, end: fix.end } : {}
  if (choice.name === null) return [s, { ...span, personId: null }]
  if (s.kind === 'quote' && choice.name === s.speaker) return [{ ...s, confident: true }, span]
  return [s, { ...span, ...(choice.personId ? { personId: choice.personId } : { speakerName: choice.name }) }]
}

/** Accepting needs an answer first: the speaker is a question and the fix names no one. */
export function needsSpeakerChoice(s: ArticleSuggestion, fix: SuggestionFix): boolean {
  return speakerUnsure(s) && fix.personId === undefined && fix.speakerName === undefined
}

/** Projects with more articles than this are read through between frames, with progress shown. */
export const READ_IN_SLICES_OVER = 10

export class SuggestionReview extends Observable<ReviewState> {
  private warming = 0

  constructor(
    private readonly host: ReviewHost,
    private readonly later: (run: () => void) => void = (run) => void setTimeout(run, 0)
  ) {
    super({ suggesting: null, suggestProgress: null })
  }

  /** The suggestions under review now, in order (empty when not reviewing). */
  suggestions(): ArticleSuggestion[] {
    const { suggesting } = this.state
    const project = this.host.project()
    if (!project || !suggesting) return []
    const options = { claims: suggesting.claims }
    if (suggesting.scope === 'project') return suggestionsForProject(project, options)
    const articleId = this.host.selectedArticleId()
    return articleId ? suggestionsForArticle(project, articleId, options) : []
  }

  /** What to say about articles under review whose suggestions could not be made (read after `suggestions()`). */
  failures(): string[] {
    const { suggesting } = this.state
    const project = this.host.project()
    if (!project || !suggesting) return []
    return suggesting.scope === 'project' ? suggestionFailures(project) : suggestionFailures(project, this.host.selectedArticleId() ?? '')
  }

  /** Start reviewing, in the open article or in every article. */
  suggest(scope: ReviewScope, claims = this.state.suggesting?.claims ?? false): void {
    const project = this.host.project()
    if (!project) return
    if (scope === 'article' && !this.host.selectedArticleId()) return this.host.notify('info', 'Choose an article first, then ask for suggestions.')
    const token = ++this.warming
    if (scope === 'article' || project.articles.length <= READ_IN_SLICES_OVER) return this.start(scope, claims)
    // A 200-article project takes seconds to read through: article by article, between frames, with progress shown.
    const { articles } = project
    let next = 0
    const slice = () => {
      if (token !== this.warming || !this.host.project()) return
      const until = performance.now() + 12
      while (next < articles.length && performance.now() < until) prepareSuggestions(articles[next++]!)
      if (next < articles.length) {
        this.set({ suggestProgress: { done: next, total: articles.length } })
        this.later(slice)
      } else {
        this.set({ suggestProgress: null })
        this.start(scope, claims)
      }
    }
    this.set({ suggestProgress: { done: 0, total: articles.length } })
    this.later(slice)
  }

  private start(scope: ReviewScope, claims: boolean): void {
    this.set({ suggesting: { scope, claims, activeId: null } })
    const list = this.suggestions()
    const first = list[0]
    if (first) this.host.showArticle(first.articleId)
    this.set({ suggesting: { scope, claims, activeId: first?.id ?? null } })
    const where = scope === 'project' ? 'in this project' : 'in this article'
    const what = claims ? 'suggestion' : 'suggested quote'
    const unsure = list.filter(speakerUnsure).length
    const asking = unsure ? `, ${unsure} with the speaker to choose` : ''
    this.host.notify(
      'info',
      list.length ? `${list.length} ${what}${list.length === 1 ? '' : 's'} ${where}${asking}: accept (A), reject (R), next (J).` : `No new ${claims ? 'quotes or claims' : 'quotes'} to suggest ${where}.`
    )
  }

  stop(): void {
    this.warming++
    if (this.state.suggesting || this.state.suggestProgress) this.set({ suggesting: null, suggestProgress: null })
  }

  /** Review another suggestion (it may be in another article when reviewing the whole project). */
  focus(id: string | null): void {
    const { suggesting } = this.state
    if (!suggesting) return
    const s = id ? this.suggestions().find((x) => x.id === id) : undefined
    if (s) this.host.showArticle(s.articleId)
    this.set({ suggesting: { ...suggesting, activeId: s?.id ?? null } })
  }

  /** Accept a suggestion; one whose speaker is a question is accepted only with an answer (see acceptChoice). */
  accept(s: ArticleSuggestion, fix: SuggestionFix = {}): void {
    const project = this.host.project()
    if (!project) return
    if (needsSpeakerChoice(s, fix)) return this.host.notify('info', 'Not sure who said it: choose the speaker first (1–4, or 0 for no speaker).')
    const before = this.suggestions()
    if (this.host.perform(acceptSuggestionEdit(project, s, fix, nowIso(), this.host.author()))) this.advanceFrom(before, s.id)
  }

  reject(s: ArticleSuggestion): void {
    const project = this.host.project()
    const command = project && rejectSuggestionEdit(project, s, nowIso(), this.host.author())
    if (!command) return
    const before = this.suggestions()
    if (this.host.perform(command)) this.advanceFrom(before, s.id)
  }

  /** Accept every suggestion under review that names this speaker for sure, in one step (one undo); the ones where it is only a guess stay to be asked. */
  acceptAllBy(speaker: string | null): void {
    const project = this.host.project()
    if (!project) return
    const named = this.suggestions().filter((s) => s.speaker === speaker)
    const mine = named.filter((s) => !speakerUnsure(s))
    const left = named.length - mine.length
    const guesses = left ? ` ${left} where ${speaker ?? 'no one'} is only a guess ${left === 1 ? 'is' : 'are'} left to choose.` : ''
    if (!mine.length) return this.host.notify('info', `No suggested quote is sure to be by ${speaker ?? 'no one'}.${guesses}`)
    const command = acceptManyEdit(project, mine, nowIso(), this.host.author())
    if (!command || !this.host.perform(command)) return
    this.host.notify('info', `Accepted ${mine.length} suggested ${mine.length === 1 ? 'quote' : 'quotes'}${speaker ? ` by ${speaker}` : ''}.${guesses}`)
    this.focus(this.suggestions()[0]?.id ?? null)
  }

  /** The next suggestion to review after `id` is answered: the one after it, else the one before. */
  private advanceFrom(before: readonly ArticleSuggestion[], id: string): void {
    const at = before.findIndex((s) => s.id === id)
    const remaining = new Set(this.suggestions().map((s) => s.id))
    const next = [...before.slice(at + 1), ...before.slice(0, Math.max(0, at)).reverse()].find((s) => remaining.has(s.id))
    this.focus(next?.id ?? null)
  }

  /** A new file (not the same one reloaded) ends the review. */
  forgetUnless(samePath: boolean): void {
    if (!samePath) this.stop()
  }
}
