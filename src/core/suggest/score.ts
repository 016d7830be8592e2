/**
 * Scoring suggested quotes against hand-labelled gold: precision, recall and
 * F1 for quote spans (exact, and at ≥ 50% overlap), and speaker accuracy on
 * the quotes matched. Shared by the seed-gold test and `npm run bench:suggest`
 * so the figures the README prints are the ones the tests hold.
 */
import { foldText } from '../text/fold'

export type GoldQuote = { readonly start: number; readonly end: number; readonly exact: string; readonly speaker: string | null }
/** A suggested quote as scored; `confident` marks a speaker the suggester would show without a question mark. */
export type ScoredQuote = { readonly start: number; readonly end: number; readonly text: string; readonly speaker: string | null; readonly confident?: boolean; readonly speakerConfidence?: number; readonly candidates?: readonly string[] }

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
  /** Matched quotes whose speaker is right or, shown as a question, whose right speaker is among the candidates offered (one keypress in the panel). */
  readonly offeredRight: number
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

/** A company's legal ending: "Microsoft Corp" is Microsoft, "Amazon.com Inc." is Amazon (the same company, as reporters write it on first and later reference). */
const LEGAL_ENDING = /(?<=\S)(?:\.com)?(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|S\.A(?:\.\s*de\s+C\.V)?)\.?|\.com)$/u

/** A name as compared: folded, without honorifics ("Sir", "Mr"), a body's leading article ("The", "La"), an acronym in brackets ("(WADA)"), a company's legal ending ("Inc."), a final stop ("Jr." = "Jr") or a mark before it ("’Manteboheng"). */
function nameKey(name: string): string {
  // (A mark before a Sesotho name, "’Manteboheng", is part of its spelling, not of who it names.)
  return foldText(name.replace(/\s*\([^)]*\)/gu, '').replace(LEGAL_ENDING, '').replace(/\.$/u, '').replace(/^['’‘]/u, ''))
    .replace(/^(?:sir|dame|mr|mrs|ms|dr|h\.e\.)\.?\s+/u, '')
    .replace(/^(?:the|la|el|los|las)\s+(?=\S+\s+\S)/u, '')
    .trim()
}

/** A name without its middle initials: "Donald J. Trump" names "Donald Trump" (one side written without them; "Donald R. Trump" is someone else). */
const withoutInitials = (key: string) => key.replace(/(?<=\S)\s+\p{L}\.(?=\s)/gu, '')

/** "John M. Ford" names "John Milo Ford": the same words, but for a middle initial that is the other side's middle name's first letter. */
function initialOfMiddleName(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)]
  if (x.length !== y.length || x.length < 3) return false
  const fits = (i: number, p: string, q: string) => p === q || (i > 0 && i < x.length - 1 && /^\p{L}\.$/u.test(p) && q.length > 2 && q[0] === p[0])
  return x.every((w, i) => fits(i, w, y[i]!) || fits(i, y[i]!, w))
}

/** Words that open a described speaker: "a dispatcher on …", "el decreto de …". */
const DETERMINER = /^(?:a|an|one|the|some|el|la|los|las|un|una|unos|unas)$/u
/** Words that begin what a noun phrase adds after its head: a preposition, a relative pronoun, a participle. */
const AFTER_HEAD = /^(?:of|for|on|in|at|from|with|into|about|by|who|that|which|de|del|en|con|para|sobre|desde|que|quien|quienes)$|\p{L}{3}ing$/u
const words = (s: string) => s.split(/\s+/u).filter(Boolean)

/**
 * Whether a suggested speaker names the labelled one although written differently, by the same rule for every set
 * (labels give "the fullest name the article gives without titles", or the article's own noun phrase):
 * - a title kept before the full name: "Detective Alvaro Ruiz" names "Alvaro Ruiz";
 * - a described speaker cut after its head noun: "a dispatcher" names "a dispatcher on the police scanner";
 * - one word of a full name, its first or last, that no other speaker labelled in the article has: "Obama" names "Barack Obama".
 * Never a name run on ("Jane Doe for the Senate"), a fragment ("de la República") or one of two speakers ("Harry" for "Harry and Meghan").
 */
function namesGold(gold: string, got: string, others: readonly string[]): boolean {
  const g = words(nameKey(gold))
  const s = words(nameKey(got))
  const gotWords = words(got.trim())
  const isName = /^\p{Lu}/u.test(gold.trim()) && !DETERMINER.test(g[0] ?? '') && g.length >= 2 && !g.some((w) => /^(?:and|y|e|&)$/u.test(w))
  if (isName && s.length > g.length && s.slice(-g.length).join(' ') === g.join(' ')) return gotWords.slice(0, s.length - g.length).every((w) => /^\p{Lu}/u.test(w))
  // A described speaker ("a dispatcher on …", "el decreto de …"): compared without its determiner, which nameKey keeps or drops by length.
  const bare = (w: string[]) => (DETERMINER.test(w[0] ?? '') ? w.slice(1) : w)
  const [gh, sh] = [bare(g), bare(s)]
  const described = !isName && (DETERMINER.test(words(foldText(gold))[0] ?? '') || /^\p{Ll}/u.test(gold.trim()))
  // ("MSM" names "the MSM": the same words without the determiner.)
  if (described && sh.length >= 1 && sh.join(' ') === gh.join(' ')) return true
  if (described && sh.length >= 1 && sh.length < gh.length && sh.join(' ') === gh.slice(0, sh.length).join(' ') && AFTER_HEAD.test(gh[sh.length]!)) return true
  if (isName && s.length === 1 && (s[0] === g[0] || s[0] === g[g.length - 1])) return !others.some((o) => o !== gold && words(nameKey(o)).includes(s[0]!))
  return false
}

/** Same speaker: the same name ignoring case and accents, one of the gold speaker's known aliases, or a form that names it (namesGold). */
export function sameSpeaker(gold: string | null, got: string | null, aliases: ReadonlyMap<string, readonly string[]> = new Map(), others: readonly string[] = []): boolean {
  if (!gold || !got) return gold === got
  const g = nameKey(gold)
  const s = nameKey(got)
  if (g === s || withoutInitials(g) === s || withoutInitials(s) === g || initialOfMiddleName(g, s)) return true
  if ((aliases.get(gold) ?? []).some((alias) => nameKey(alias) === s)) return true
  return namesGold(gold, got, others)
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
  const speakers = [...new Set(gold.flatMap((g) => (g.speaker ? [g.speaker] : [])))]
  const wrongSpeakers = pairs.filter((p) => !sameSpeaker(p.gold.speaker, p.got.speaker, aliases, speakers))
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
    offeredRight: pairs.filter((p) => !wrongSpeakers.includes(p) || (p.got.candidates ?? []).some((c) => sameSpeaker(p.gold.speaker, c, aliases, speakers))).length,
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
    offeredRight: sum((s) => s.offeredRight),
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
