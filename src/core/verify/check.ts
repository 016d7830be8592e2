/**
 * Checking a quote against a source document: where its words come from and
 * how they differ, in the terms a reporter uses.
 *
 * - verbatim: every word is the source's, in order (case, punctuation and
 *   quotation marks aside; a bracketed insertion stands for source words);
 * - cut: the only differences are words left out where the quote has an
 *   ellipsis;
 * - changed: a word was changed, added or left out without an ellipsis;
 * - not-found: fewer than half of the quote's words line up with any passage
 *   of the source; the closest passages are offered instead.
 *
 * Differences that may change what was said are flagged: a negation dropped
 * or added (also in a cut), a number changed, a name changed (a capitalised
 * word, unless only a sentence's start capitalises it: a word the source
 * capitalises elsewhere, or the first of two capitalised words, is a name there too).
 */
import type { Block, Difference, MeaningFlag, Verification, VerificationStatus } from '../schema'
import { alignQuote, type Alignment, type SourceIndex } from './align'
import { tokenizeQuote, type QuoteTokens, type Token } from './tokens'

export type SegmentKind = 'same' | 'cut' | 'changed' | 'added' | 'removed' | 'insertion'
/** A run of the comparison: the quote's words and the source's, as written. */
export type Segment = { kind: SegmentKind; quote: string; source: string; flags: MeaningFlag[] }
export type Passage = { start: number; end: number; text: string; time: number | null; matched: number }

export type CheckResult = {
  status: VerificationStatus
  sourceStart: number
  sourceEnd: number
  time: number | null
  /** The whole comparison in order, the same words included (what the dialog shows). */
  segments: Segment[]
  differences: Difference[]
  flags: MeaningFlag[]
  /** For a quote not found: up to three closest passages of the source, best first. */
  passages: Passage[]
  matched: number
  words: number
}

type Sides = { kind: SegmentKind; q: Token[]; s: Token[]; gapText?: string }

/** Check one quote's words against an indexed source document (its blocks give the time). */
export function checkQuote(index: SourceIndex, blocks: readonly Block[], exact: string): CheckResult {
  const quote = tokenizeQuote(exact)
  const { best, tried } = alignQuote(index, quote)
  const words = quote.words.length
  const found = best !== null && best.matched >= Math.max(1, Math.ceil(words / 2)) && best.steps.some((s) => 's' in s)
  if (!found) {
    const passages = tried.filter((a) => a.steps.some((s) => 's' in s)).map((a) => passageOf(index, blocks, a))
    return { status: 'not-found', sourceStart: 0, sourceEnd: 0, time: null, segments: [], differences: [], flags: [], passages, matched: best?.matched ?? 0, words }
  }
  const segments = runsOf(best, quote, index).map((run) => segmentOf(run, exact, index))
  const span = spanOf(index, best)
  const differences = segments.filter((s) => s.kind !== 'same' && s.kind !== 'insertion').map(({ kind, quote: q, source }) => ({ kind, quote: q, source }) as Difference)
  const flags = segments.flatMap((s) => s.flags)
  const status: VerificationStatus = differences.length === 0 ? 'verbatim' : differences.every((d) => d.kind === 'cut') ? 'cut' : 'changed'
  return { status, ...span, time: timeAt(blocks, span.sourceStart), segments, differences, flags, passages: [], matched: best.matched, words }
}

/** The result as it is kept on the tag. */
export function toVerification(result: CheckResult, sourceId: string, checkedBy: string, checkedAt: string): Verification {
  const { status, sourceStart, sourceEnd, time, differences, flags } = result
  return { status, sourceId, sourceStart, sourceEnd, time, differences, flags, checkedBy, checkedAt }
}

function spanOf(index: SourceIndex, alignment: Alignment): { sourceStart: number; sourceEnd: number } {
  const at = alignment.steps.flatMap((s) => ('s' in s ? [s.s] : []))
  return { sourceStart: index.words[at[0]!]!.start, sourceEnd: index.words[at[at.length - 1]!]!.end }
}

function passageOf(index: SourceIndex, blocks: readonly Block[], alignment: Alignment): Passage {
  const { sourceStart, sourceEnd } = spanOf(index, alignment)
  return { start: sourceStart, end: sourceEnd, text: index.text.slice(sourceStart, sourceEnd), time: timeAt(blocks, sourceStart), matched: alignment.matched }
}

/** The steps grouped into runs: same words, a cut, an insertion, or an edit (changed, added and removed words together). */
function runsOf(alignment: Alignment, quote: QuoteTokens, index: SourceIndex): Sides[] {
  const runs: Sides[] = []
  let gapShown = -1
  for (const step of alignment.steps) {
    const q = 'q' in step ? quote.words[step.q]! : null
    // A gap the quote marks where no source word was skipped still shows (an ellipsis cutting nothing, "[he]" for "he").
    if ('q' in step && step.q > 0 && quote.gaps[step.q] && gapShown !== step.q && runs[runs.length - 1]?.kind !== quote.gaps[step.q]) {
      runs.push({ kind: quote.gaps[step.q]!, q: [], s: [], gapText: '' })
    }
    if ('q' in step) gapShown = step.q
    const kind: SegmentKind = step.kind === 'same' || step.kind === 'cut' || step.kind === 'insertion' ? step.kind : 'changed'
    const last = runs[runs.length - 1]
    const run = last && last.kind === kind ? last : (runs[runs.push({ kind, q: [], s: [] }) - 1] as Sides)
    if (q) run.q.push(q)
    if ('s' in step) run.s.push(index.words[step.s]!)
  }
  return runs
}

const between = (text: string, words: readonly Token[]): string => (words.length ? text.slice(words[0]!.start, words[words.length - 1]!.end) : '')

function segmentOf(run: Sides, exact: string, index: SourceIndex): Segment {
  const source = index.text
  const kind: SegmentKind = run.kind !== 'changed' ? run.kind : run.s.length === 0 ? 'added' : run.q.length === 0 ? 'removed' : 'changed'
  const quoteText = kind === 'cut' ? '…' : kind === 'insertion' ? '[…]' : between(exact, run.q)
  const segment: Segment = { kind, quote: quoteText, source: between(source, run.s), flags: [] }
  if (kind === 'same' || kind === 'insertion') return segment
  segment.flags = flagsOf(kind, run, segment, (t) => t.capital && (!t.sentenceStart || index.nameKeys.has(t.key)))
  return segment
}

/** The meaning flags of one difference: a negation on one side only (in a cut too), a number or a name changed. */
function flagsOf(kind: SegmentKind, run: Sides, segment: Segment, isName: (t: Token) => boolean): MeaningFlag[] {
  const flags: MeaningFlag[] = []
  const pair = { quote: segment.quote, source: segment.source }
  const count = (tokens: Token[], test: (t: Token) => boolean): number => tokens.filter(test).length
  if (count(run.q, (t) => t.negation) !== count(run.s, (t) => t.negation)) flags.push({ kind: 'negation', ...pair })
  if (kind === 'cut') return flags
  const numbers = (tokens: Token[]): string => tokens.flatMap((t) => (t.number === null ? [] : [t.number])).sort((a, b) => a - b).join(' ')
  if (numbers(run.q) !== numbers(run.s)) flags.push({ kind: 'number', ...pair })
  const names = (tokens: Token[]): string => [...new Set(tokens.filter(isName).map((t) => t.key))].sort().join(' ')
  if (names(run.q) !== names(run.s)) flags.push({ kind: 'name', ...pair })
  return flags
}

/** Seconds into the recording of the block holding `offset` (a subtitle cue's start), or null. */
export function timeAt(blocks: readonly Block[], offset: number): number | null {
  let lo = 0
  let hi = blocks.length - 1
  let found: Block | undefined
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid]!.start <= offset) {
      found = blocks[mid]
      lo = mid + 1
    } else hi = mid - 1
  }
  return found?.time ?? null
}
