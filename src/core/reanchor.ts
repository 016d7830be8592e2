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
import type { Command, SingleCommand } from './commands'
import type { Block, Project, Target } from './schema'

export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan'
export type ReanchorResult = { status: ReanchorStatus; target: Target; score: number }

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
type Scored = Candidate & { score: number }

export function reanchor(text: string, target: Target): ReanchorResult {
  const { exact } = target
  if (exact === '') return { status: 'orphan', target, score: 0 }
  if (text.slice(target.start, target.end) === exact) return { status: 'exact', target: retarget(text, target, target.start, target.end), score: 1 }

  const moved = best(occurrences(text, exact, 0, text.length, target.start).map((c) => score(text, c, exact, target)))
  if (moved && (moved.score >= ACCEPT_SCORE || exact.length >= UNAMBIGUOUS_LENGTH)) {
    return { status: 'moved', target: retarget(text, target, moved.start, moved.end), score: moved.score }
  }

  // The tolerant pass compares folded copies (curly quotes straight, accents and case dropped), which keep every offset.
  const folded = { text: foldedText(text), exact: foldChars(exact), prefix: foldChars(target.prefix), suffix: foldChars(target.suffix), start: target.start }
  const maxErrors = Math.min(32, Math.floor(exact.length / 4))
  let found: Scored | null = null
  for (const reach of WINDOWS) {
    const from = Math.max(0, target.start - reach - exact.length)
    const to = Math.min(text.length, target.end + reach + exact.length)
    const here = best(candidates(folded.text, folded.exact, maxErrors, from, to, target.start).map((c) => score(folded.text, c, folded.exact, folded)))
    if (here && (!found || here.score > found.score)) found = here
    if ((found && found.score >= ACCEPT_SCORE) || (from === 0 && to === text.length)) break
  }
  const span = found && found.score >= ACCEPT_SCORE ? trimRange(text, ...wholeWords(text, found, target)) : null
  if (!found || !span) return { status: 'orphan', target, score: Math.max(found?.score ?? 0, moved?.score ?? 0) }
  const status = text.slice(span.start, span.end) === exact ? 'moved' : 'fuzzy'
  return { status, target: retarget(text, target, span.start, span.end), score: found.score }
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
function score(text: string, candidate: Candidate, quote: string, context: { prefix: string; suffix: string; start: number }): Scored {
  const quoteScore = 1 - candidate.errors / quote.length
  const prefixScore = similarity(text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start), context.prefix)
  const suffixScore = similarity(text.slice(candidate.end, candidate.end + context.suffix.length), context.suffix)
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(candidate.start - context.start) / text.length
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore
  return { ...candidate, score: raw / MAX_SCORE }
}

/** 1 minus the share of `expected` that must change to be found in `actual`; an empty context (start or end of the text) agrees with anything. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1
  if (actual.length === 0) return 0
  if (actual === expected) return 1
  const match = search(actual, expected, expected.length)[0]
  return match ? 1 - match.errors / expected.length : 0
}

/** New offsets and context, keeping any fields a newer Quotemark put on the target. */
function retarget(text: string, target: Target, start: number, end: number): Target {
  return { ...target, ...makeTarget(text, start, end) }
}

const foldCache = new Map<string, string>()
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4]/
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/
const DASHES = /[\u2010-\u2015\u2212]/

/**
 * One character for one: lower case, accents dropped (é → e), curly quotes
 * straight, dashes a hyphen, any white space a space. Unlike foldText it
 * never changes the length, so an offset found in the folded text is the
 * same offset in the real one.
 */
export function foldChars(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c < '\u0080') {
      out += c === '\n' || c === '\t' || c === '\r' ? ' ' : c.toLowerCase()
      continue
    }
    let f = foldCache.get(c)
    if (f === undefined) {
      const base = c.normalize('NFD')[0]!.toLowerCase()
      if (SINGLE_QUOTES.test(c)) f = "'"
      else if (DOUBLE_QUOTES.test(c)) f = '"'
      else if (DASHES.test(c)) f = '-'
      else if (/\s/.test(c)) f = ' '
      else f = base.length === 1 ? base : c
      foldCache.set(c, f)
    }
    out += f
  }
  return out
}

/** Updating an article re-anchors each of its tags in the same new text, so the last text folded is kept. */
let lastFolded = { text: '', folded: '' }

function foldedText(text: string): string {
  if (lastFolded.text !== text) lastFolded = { text, folded: foldChars(text) }
  return lastFolded.folded
}

const sameTarget = (a: Target, b: Target): boolean => a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix

export type ArticleUpdateSummary = { unchanged: number; moved: number; fuzzy: number; orphaned: number }
const COUNTED_AS = { exact: 'unchanged', moved: 'moved', fuzzy: 'fuzzy', orphan: 'orphaned' } as const

/**
 * Put new words in an article (an outlet's updated story) and find each of
 * its tags again in them, as one batch undone as one: the text is replaced,
 * then every tag whose target changed, or that became or stopped being an
 * orphan, is re-anchored. The summary counts the tags by what happened.
 */
export function articleUpdateEdit(
  project: Project,
  articleId: string,
  replacement: { text: string; blocks: Block[]; source?: string },
  now: string,
  by: string
): { command: Command; summary: ArticleUpdateSummary } {
  const summary: ArticleUpdateSummary = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 }
  const replace: SingleCommand = { type: 'article.replace', id: articleId, text: replacement.text, blocks: replacement.blocks, updatedAt: now }
  if (replacement.source !== undefined) replace.source = replacement.source
  const steps: SingleCommand[] = [replace]
  for (const ann of project.annotations) {
    if (ann.articleId !== articleId) continue
    const found = reanchor(replacement.text, ann.target)
    const orphan = found.status === 'orphan'
    summary[COUNTED_AS[found.status]]++
    if (orphan !== ann.orphan || !sameTarget(found.target, ann.target)) {
      steps.push({ type: 'annotation.reanchor', id: ann.id, target: found.target, orphan, updatedAt: now, updatedBy: by })
    }
  }
  return { command: { type: 'batch', label: 'Update article text', commands: steps }, summary }
}

/** Attach an orphan (or move any tag) to words the reporter selected: a fresh target there, no longer an orphan. */
export function reattachOrphanEdit(project: Project, annotationId: string, start: number, end: number, now: string, by: string): Command {
  const ann = project.annotations.find((a) => a.id === annotationId)
  const text = project.articles.find((a) => a.id === ann?.articleId)?.text ?? ''
  // A sloppy selection should not take the blank line after the words with it.
  const range = trimRange(text, start, end) ?? { start, end }
  const target = ann ? retarget(text, ann.target, range.start, range.end) : makeTarget(text, range.start, range.end)
  return { type: 'annotation.reanchor', id: annotationId, target, orphan: false, updatedAt: now, updatedBy: by }
}
