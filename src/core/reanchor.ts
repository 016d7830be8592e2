/**
 * Finding a tag again after its article's words have changed (an outlet
 * updated the story), the way Hypothesis re-anchors annotations: the words
 * where they were, else the same words elsewhere, else words close to them,
 * each candidate scored on the quote, its prefix and suffix and how far it
 * moved. A tag that cannot be found is an orphan: it keeps its last known
 * selectors and is listed, never dropped. Every function here is pure.
 */
import search from 'approx-string-match'
import { makeTarget, trimRange } from './anchoring'
import type { Target } from './schema'
import { foldChars } from './text/fold'

export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan'
/** `unsearched`: an orphan because the search budget ran out before the tag could be looked for everywhere. */
export type ReanchorResult = { status: ReanchorStatus; target: Target; score: number; unsearched?: boolean }

// Hypothesis's weights (match-quote.js): the words count most, then their context, and position only breaks ties.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/**
 * Below this a candidate is more likely other words than the tag's. Words a
 * quarter wrong with none of their context score about 0.5, and unrelated
 * text's context still scores around 0.3 (some letters always line up).
 */
export const ACCEPT_SCORE = 0.7
/** A quote this long found word for word is taken even with all its context rewritten; "he said" is not. */
const UNAMBIGUOUS_LENGTH = 32
/** Approximate search looks this far either side of the old place first, then wider, so a long article stays fast. */
const WINDOWS = [256, 4096, Infinity]
/** A one-letter tag occurs thousands of times; only the copies nearest its old place are worth scoring. */
const MAX_OCCURRENCES = 200

type Candidate = { start: number; end: number; errors: number }
/** `score` is the whole score; `context` leaves out the position, which only breaks ties. */
type Scored = Candidate & { score: number; context: number }

/** How much a file's re-anchoring may search: characters of text scanned. About a second of work on a slow laptop. */
export const FILE_SEARCH_BUDGET = 40_000_000
/** One tag may use at most this much of it, so one pathological tag cannot starve the others. */
export const TAG_SEARCH_BUDGET = 4_000_000

/** What one tag has spent, and whether it was refused more (then it was not looked for everywhere). */
type TagSpend = { chars: number; refused: boolean }

/**
 * The work re-anchoring may still do, shared by the tags of one file (or of
 * one article update). Counted in characters scanned, not time, so the bound
 * holds on any machine and tests can check it. A tag it cannot pay for is
 * kept as an orphan and counted, never dropped.
 */
export class ReanchorBudget {
  spent = 0
  constructor(readonly limit = FILE_SEARCH_BUDGET) {}
  get exhausted(): boolean {
    return this.spent >= this.limit
  }
  /** Pay for scanning `chars` characters for the current tag; false when the file or the tag cannot afford it. */
  afford(chars: number, tagSpent: TagSpend): boolean {
    if (this.spent + chars > this.limit || tagSpent.chars + chars > TAG_SEARCH_BUDGET) {
      tagSpent.refused = true
      return false
    }
    this.spent += chars
    tagSpent.chars += chars
    return true
  }
}

const orphan = (target: Target, score: number, unsearched = false): ReanchorResult => (unsearched ? { status: 'orphan', target, score, unsearched } : { status: 'orphan', target, score })

/**
 * Where a tag's words are now. Every candidate place — the words word for
 * word, and the closest approximate matches — is scored on the quote, its
 * prefix and suffix and its position, and the best is taken: an unedited
 * copy of the sentence elsewhere does not win over the edited original whose
 * context still matches. Two places that match equally well are ambiguous:
 * the tag is kept as an orphan rather than guessed.
 */
export function reanchor(text: string, target: Target, budget: ReanchorBudget = new ReanchorBudget()): ReanchorResult {
  const { exact } = target
  if (exact === '') return orphan(target, 0)
  if (text.slice(target.start, target.end) === exact) return { status: 'exact', target: retarget(text, target, target.start, target.end), score: 1 }
  const spent: TagSpend = { chars: 0, refused: false }
  if (!budget.afford(text.length, spent)) return orphan(target, 0, true)

  const exacts = occurrences(text, exact, 0, text.length, target.start).map((c) => score(text, c, exact, target, budget, spent))
  const moved = best(exacts)
  if (moved && ambiguous(exacts, moved)) return orphan(target, moved.score)
  // Word for word with all of its context: nothing approximate can match better.
  if (moved && moved.context >= PERFECT_CONTEXT) return { status: 'moved', target: retarget(text, target, moved.start, moved.end), score: moved.score }

  const found = approximate(text, target, budget, spent)
  if (moved && (!found || moved.score >= found.score) && (moved.score >= ACCEPT_SCORE || exact.length >= UNAMBIGUOUS_LENGTH)) {
    return { status: 'moved', target: retarget(text, target, moved.start, moved.end), score: moved.score }
  }
  const span = found && found.score >= ACCEPT_SCORE ? trimRange(text, ...wholeWords(text, found, target)) : null
  if (!found || !span) return orphan(target, Math.max(found?.score ?? 0, moved?.score ?? 0), spent.refused)
  const status = text.slice(span.start, span.end) === exact ? 'moved' : 'fuzzy'
  return { status, target: retarget(text, target, span.start, span.end), score: found.score }
}

/** The score of a place whose quote, prefix and suffix all match exactly (position aside). */
const PERFECT_CONTEXT = (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT) / MAX_SCORE - 1e-9

/** Another place matches exactly as well, position aside: which one the tag was is a guess. */
function ambiguous(scored: readonly Scored[], top: Scored): boolean {
  return scored.some((s) => s.start !== top.start && Math.abs(s.context - top.context) < 1e-9)
}

/** The best approximate place: near the old one first, then wider, on folded copies (curly quotes straight, accents and case dropped) that keep every offset. */
function approximate(text: string, target: Target, budget: ReanchorBudget, spent: TagSpend): Scored | null {
  const { exact } = target
  const folded = { text: foldedText(text), exact: foldChars(exact), prefix: foldChars(target.prefix), suffix: foldChars(target.suffix), start: target.start }
  const maxErrors = Math.min(32, Math.floor(exact.length / 4))
  let found: Scored | null = null
  for (const reach of WINDOWS) {
    const from = Math.max(0, target.start - reach - exact.length)
    const to = Math.min(text.length, target.end + reach + exact.length)
    if (!budget.afford(to - from, spent)) break
    const here = best(candidates(folded.text, folded.exact, maxErrors, from, to, target.start).map((c) => score(folded.text, c, folded.exact, folded, budget, spent)))
    if (here && (!found || here.score > found.score)) found = here
    if ((found && found.score >= ACCEPT_SCORE) || (from === 0 && to === text.length)) break
  }
  return found
}

/**
 * The quote word for word in text[from, to), and the closest matches within
 * maxErrors in each stretch between those. approx-string-match reports only
 * the lowest-cost matches, so searching the whole range would hide an edited
 * copy of a quote behind an unedited one elsewhere ("National Assembly").
 */
function candidates(text: string, quote: string, maxErrors: number, from: number, to: number, near: number): Candidate[] {
  const exact = occurrences(text, quote, from, to, near)
  if (maxErrors === 0) return exact
  const found = [...exact]
  const gaps = [from, ...exact.flatMap((c) => [c.start, c.end]), to]
  for (let i = 0; i < gaps.length; i += 2) {
    const [start, end] = [gaps[i]!, gaps[i + 1]!]
    if (end - start < quote.length - maxErrors) continue
    for (const m of search(text.slice(start, end), quote, maxErrors)) found.push({ start: m.start + start, end: m.end + start, errors: m.errors })
  }
  return found
}

/** Where the words occur in text[from, to), in order; the MAX_OCCURRENCES nearest `near` when there are more. */
function occurrences(text: string, words: string, from: number, to: number, near: number): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf(words, from); at >= 0 && at + words.length <= to; at = text.indexOf(words, at + 1)) {
    found.push({ start: at, end: at + words.length, errors: 0 })
  }
  if (found.length <= MAX_OCCURRENCES) return found
  const nearest = [...found].sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near)).slice(0, MAX_OCCURRENCES)
  return nearest.sort((a, b) => a.start - b.start)
}

const WORD = /[\p{L}\p{N}]/u

/**
 * The cheapest approximate match can stop inside a word ("did not tel" for
 * "did not tell"); a tag that began or ended on a word boundary is widened
 * to the whole word again.
 */
function wholeWords(text: string, span: { start: number; end: number }, target: Target): [number, number] {
  let { start, end } = span
  const startsWord = WORD.test(target.exact[0] ?? '') && !WORD.test(target.prefix.slice(-1))
  const endsWord = WORD.test(target.exact.slice(-1)) && !WORD.test(target.suffix[0] ?? '')
  while (startsWord && start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--
  while (endsWord && end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) end++
  return [start, end]
}

function best(scored: Scored[]): Scored | null {
  let top: Scored | null = null
  for (const s of scored) if (!top || s.score > top.score) top = s
  return top
}

/** Hypothesis's scoreMatch, normalised to 0–1. */
function score(text: string, candidate: Candidate, quote: string, context: { prefix: string; suffix: string; start: number }, budget: ReanchorBudget, spent: TagSpend): Scored {
  const quoteScore = 1 - candidate.errors / quote.length
  const prefixScore = similarity(text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start), context.prefix, budget, spent)
  const suffixScore = similarity(text.slice(candidate.end, candidate.end + context.suffix.length), context.suffix, budget, spent)
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(candidate.start - context.start) / text.length
  const contextPart = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
  return { ...candidate, score: (contextPart + POSITION_WEIGHT * positionScore) / MAX_SCORE, context: contextPart / MAX_SCORE }
}

/**
 * 1 minus the share of `expected` that must change to be found in `actual`;
 * an empty context (start or end of the text) agrees with anything. Contexts
 * are at most 256 characters (the schema's limit); once the budget is spent
 * only an exact match counts.
 */
function similarity(actual: string, expected: string, budget: ReanchorBudget, spent: TagSpend): number {
  if (expected.length === 0) return 1
  if (actual.length === 0) return 0
  if (actual === expected) return 1
  if (!budget.afford(actual.length, spent)) return 0
  const match = search(actual, expected, expected.length)[0]
  return match ? 1 - match.errors / expected.length : 0
}

/** New offsets and context, keeping any fields a newer Quotemark put on the target. */
export function retarget(text: string, target: Target, start: number, end: number): Target {
  return { ...target, ...makeTarget(text, start, end) }
}

/** Updating an article re-anchors each of its tags in the same new text, so the last text folded is kept. */
let lastFolded = { text: '', folded: '' }

function foldedText(text: string): string {
  if (lastFolded.text !== text) lastFolded = { text, folded: foldChars(text) }
  return lastFolded.folded
}
