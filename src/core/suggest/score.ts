/**
 * Scoring suggested quotes against hand-labelled gold: precision, recall and
 * F1 for quote spans (exact, and at ≥ 50% overlap), and speaker accuracy on
 * the quotes matched. Shared by the seed-gold test and `npm run bench:suggest`
 * so the figures the README prints are the ones the tests hold.
 */
import { foldText } from '../text/fold'

export type GoldQuote = { readonly start: number; readonly end: number; readonly exact: string; readonly speaker: string | null }
/** A suggested quote as scored; `confident` marks a speaker the suggester would show without a question mark. */
export type ScoredQuote = { readonly start: number; readonly end: number; readonly text: string; readonly speaker: string | null; readonly confident?: boolean; readonly speakerConfidence?: number }

export type Score = {
  readonly gold: number
  readonly suggested: number
  readonly exact: PRF
  readonly overlap: PRF
  /** Matched (≥ 50% overlap) quotes whose speaker is right, over all matched quotes. */
  readonly speakerAccuracy: number
  readonly speakerRight: number
  readonly matched: number
  /** Matched quotes whose speaker was given as confident, and how many of those are right. */
  readonly confident: number
  readonly confidentRight: number
  readonly misses: readonly GoldQuote[]
  readonly falsePositives: readonly ScoredQuote[]
  readonly wrongSpeakers: readonly { readonly gold: GoldQuote; readonly got: ScoredQuote }[]
  /** Every matched pair, with whether its speaker is right (for calibrating confidence). */
  readonly pairs: readonly { readonly gold: GoldQuote; readonly got: ScoredQuote; readonly right: boolean }[]
}
export type PRF = { readonly tp: number; readonly precision: number; readonly recall: number; readonly f1: number }

/** The share of the shorter span that both spans cover. */
function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  const shorter = Math.min(a.end - a.start, b.end - b.start)
  return common > 0 && shorter > 0 ? common / shorter : 0
}

function prf(tp: number, gold: number, suggested: number): PRF {
  const precision = suggested ? tp / suggested : 1
  const recall = gold ? tp / gold : 1
  return { tp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

/** A name as compared: folded, without honorifics ("Sir", "Mr"), a body's leading article ("The", "La") or an acronym in brackets ("(WADA)"). */
function nameKey(name: string): string {
  return foldText(name.replace(/\s*\([^)]*\)/gu, ''))
    .replace(/^(?:sir|dame|mr|mrs|ms|dr|h\.e\.)\.?\s+/u, '')
    .replace(/^(?:the|la|el|los|las)\s+(?=\S+\s+\S)/u, '')
    .trim()
}

/** Same speaker: the same name ignoring case and accents, or one of the gold speaker's known aliases. */

export function sameSpeaker(gold: string | null, got: string | null, aliases: ReadonlyMap<string, readonly string[]> = new Map()): boolean {
  if (!gold || !got) return gold === got
  const g = nameKey(gold)
  const s = nameKey(got)
  if (g === s) return true
  return (aliases.get(gold) ?? []).some((alias) => nameKey(alias) === s)
}

/** One article's (or a whole set's, concatenated per article by the caller) score. */
export function scoreQuotes(gold: readonly GoldQuote[], suggested: readonly ScoredQuote[], aliases?: ReadonlyMap<string, readonly string[]>): Score {
  const exactHits = gold.filter((g) => suggested.some((s) => s.start === g.start && s.end === g.end)).length
  // Overlap matching pairs each gold quote with at most one suggestion, best overlap first.
  const used = new Set<number>()
  const pairs: { gold: GoldQuote; got: ScoredQuote }[] = []
  const misses: GoldQuote[] = []
  for (const g of gold) {
    let best = -1
    let bestOverlap = 0.5 - 1e-9
    suggested.forEach((s, i) => {
      const o = overlap(g, s)
      if (!used.has(i) && o >= bestOverlap) {
        best = i
        bestOverlap = o
      }
    })
    if (best === -1) misses.push(g)
    else {
      used.add(best)
      pairs.push({ gold: g, got: suggested[best]! })
    }
  }
  const wrongSpeakers = pairs.filter((p) => !sameSpeaker(p.gold.speaker, p.got.speaker, aliases))
  const confident = pairs.filter((p) => p.got.confident && p.got.speaker)
  return {
    gold: gold.length,
    suggested: suggested.length,
    exact: prf(exactHits, gold.length, suggested.length),
    overlap: prf(pairs.length, gold.length, suggested.length),
    speakerAccuracy: pairs.length ? (pairs.length - wrongSpeakers.length) / pairs.length : 1,
    speakerRight: pairs.length - wrongSpeakers.length,
    matched: pairs.length,
    confident: confident.length,
    confidentRight: confident.filter((p) => !wrongSpeakers.includes(p)).length,
    misses,
    falsePositives: suggested.filter((_, i) => !used.has(i)),
    wrongSpeakers,
    pairs: pairs.map((p) => ({ ...p, right: !wrongSpeakers.includes(p) }))
  }
}

/** Add up per-article scores into one for a whole set. */
export function combineScores(scores: readonly Score[]): Score {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0)
  const gold = sum((s) => s.gold)
  const suggested = sum((s) => s.suggested)
  const matched = sum((s) => s.matched)
  const right = sum((s) => s.speakerRight)
  return {
    gold,
    suggested,
    exact: prf(sum((s) => s.exact.tp), gold, suggested),
    overlap: prf(matched, gold, suggested),
    speakerAccuracy: matched ? right / matched : 1,
    speakerRight: right,
    matched,
    confident: sum((s) => s.confident),
    confidentRight: sum((s) => s.confidentRight),
    misses: scores.flatMap((s) => s.misses),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    wrongSpeakers: scores.flatMap((s) => s.wrongSpeakers),
    pairs: scores.flatMap((s) => s.pairs)
  }
}

/**
 * Gold offsets are into the file as labelled; the detector reads the article's
 * plain text (Markdown taken out). Find each gold quote's words in the plain
 * text, in order, so both sides count the same characters.
 */
export function relocateGold(gold: readonly GoldQuote[], raw: string, plain: string): GoldQuote[] {
  if (raw === plain) return [...gold]
  let from = 0
  return [...gold]
    .sort((a, b) => a.start - b.start)
    .map((g) => {
      // A span labelled across a Markdown link ("[seized …](#)") reads as the link's words in the plain text.
      const exact = plain.includes(g.exact) ? g.exact : g.exact.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      let at = plain.indexOf(exact, from)
      if (at === -1) at = plain.indexOf(exact)
      if (at === -1) throw new Error(`gold quote not found in the article's text: ${g.exact.slice(0, 60)}`)
      from = at + exact.length
      return { ...g, exact, start: at, end: at + exact.length }
    })
}
