/**
 * Word alignment of a quote against a source document, fast enough to check
 * every quote of a project against an hour's transcript at once.
 *
 * The source's words are indexed once (key → positions). A quote is anchored
 * on its rarest words: each place one of them occurs in the source proposes
 * where the quote would start; the few places where most of the quote's words
 * are nearby are then aligned word by word (an edit distance in which the
 * source words before and after the quote are free, and so are the source
 * words skipped where the quote has an ellipsis or a bracketed insertion).
 * The work per quote is bounded by its length, not the source's.
 */
import { tokenize, type QuoteTokens, type Token } from './tokens'

export type SourceIndex = {
  readonly text: string
  readonly words: readonly Token[]
  /** Each word's key as a number (the same number for the same key), for comparing in the alignment's inner loop. */
  readonly codes: Int32Array
  readonly codeOf: ReadonlyMap<string, number>
  /** Where each key occurs, by its code. */
  readonly positions: ReadonlyArray<readonly number[]>
  /** Keys the source capitalises where no sentence starts: names, wherever else they stand. */
  readonly nameKeys: ReadonlySet<string>
}

/** One step of an alignment: a quote word and a source word (either may be missing). */
export type Step =
  | { kind: 'same' | 'changed'; q: number; s: number }
  | { kind: 'added'; q: number }
  | { kind: 'removed' | 'cut' | 'insertion'; s: number }

export type Alignment = { readonly steps: readonly Step[]; readonly cost: number; readonly matched: number }

export function indexSource(text: string): SourceIndex {
  const words = tokenize(text)
  const codeOf = new Map<string, number>()
  const codes = new Int32Array(words.length)
  const positions: number[][] = []
  words.forEach((w, i) => {
    let code = codeOf.get(w.key)
    if (code === undefined) {
      codeOf.set(w.key, (code = positions.length))
      positions.push([])
    }
    codes[i] = code
    positions[code]!.push(i)
  })
  const nameKeys = new Set(words.filter((w) => w.capital && !w.sentenceStart).map((w) => w.key))
  return { text, words, codes, codeOf, positions, nameKeys }
}

/** How many of the rarest quote words are used as anchors, how many of their places each, and how many candidate places are aligned. */
const ANCHORS = 12
const PLACES = 500
const CANDIDATES = 3
const BUCKET = 16
/** Source words a cut is allowed to span when the window is chosen. */
const CUT_ALLOWANCE = 150

type Window = { from: number; to: number; votes: number; hits: number }

/** The places in the source where the quote may be, best first (most of its words nearby). */
export function candidateWindows(index: SourceIndex, quote: QuoteTokens, limit = CANDIDATES): Window[] {
  const n = quote.words.length
  const codes = quoteCodes(index, quote)
  const keys = new Set(codes)
  const anchors = [...codes]
    .map((code, i) => ({ i, list: code < 0 ? undefined : index.positions[code] }))
    .filter((a): a is { i: number; list: readonly number[] } => a.list !== undefined)
    .sort((a, b) => a.list.length - b.list.length)
    .slice(0, ANCHORS)
  const cuts = quote.gaps.filter((g) => g !== null).length
  const slack = 8 + Math.ceil(n / 4) + cuts * CUT_ALLOWANCE
  // Each place an anchor occurs votes for where the quote starts (in buckets of BUCKET words, so that a word or two added or
  // cut seldom splits the votes), once per bucket, a rarer word with more weight; the places most anchors agree on win.
  const votes = new Map<number, number>()
  for (const anchor of anchors) {
    const weight = Math.log(1 + index.words.length / anchor.list.length)
    let last = NaN
    for (const at of anchor.list.slice(0, PLACES)) {
      const bucket = Math.floor((at - anchor.i) / BUCKET)
      if (bucket !== last) votes.set(bucket, (votes.get(bucket) ?? 0) + weight)
      last = bucket
    }
  }
  const buckets = topVoted(votes, limit * 4)
  const windows = buckets.map(([bucket, count]): Window => {
    const start = bucket * BUCKET
    const from = Math.max(0, start - slack)
    const to = Math.min(index.words.length, start + n + slack + BUCKET)
    return { from, to, votes: count, hits: hitsIn(index, keys, Math.max(0, start - BUCKET), Math.min(index.words.length, start + n + 2 * BUCKET)) }
  })
  return windows.sort((a, b) => b.votes - a.votes || b.hits - a.hits || a.from - b.from).slice(0, limit)
}

/** The `k` buckets with the most votes (ties: the earlier bucket), without sorting them all. */
function topVoted(votes: ReadonlyMap<number, number>, k: number): Array<[number, number]> {
  const top: Array<[number, number]> = []
  const better = (a: [number, number], b: [number, number]): boolean => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0])
  for (const entry of votes) {
    if (top.length === k && !better(entry, top[k - 1]!)) continue
    let at = Math.min(top.length, k - 1)
    top[at] = entry
    while (at > 0 && better(top[at]!, top[at - 1]!)) {
      ;[top[at - 1], top[at]] = [top[at]!, top[at - 1]!]
      at--
    }
  }
  return top
}

function hitsIn(index: SourceIndex, codes: ReadonlySet<number>, from: number, to: number): number {
  let hits = 0
  for (let i = from; i < to; i++) if (codes.has(index.codes[i]!)) hits++
  return hits
}

/** The quote's words as the source's codes (-1 for a word the source never says). */
function quoteCodes(index: SourceIndex, quote: QuoteTokens): Int32Array {
  return Int32Array.from(quote.words, (w) => index.codeOf.get(w.key) ?? -1)
}

/**
 * A removed source word costs 1, a changed word a little more and an added
 * quote word more again: of two otherwise equal alignments, the one that
 * matches more words wins, then the one that pairs a quote word with a source
 * word (at the edges of the quote, "Jorge" for "Delcy" rather than "Jorge" added).
 */
const CHANGE = 1.01
const ADDED = 1.02

/**
 * The cheapest alignment of the whole quote with part of the window: a
 * changed, added or removed word costs about 1; source words before the quote,
 * after it, and where the quote marks a gap cost nothing.
 */
export function alignIn(index: SourceIndex, quote: QuoteTokens, from: number, to: number): Alignment {
  const q = quoteCodes(index, quote)
  const s = index.codes
  const n = q.length
  const m = to - from
  const width = m + 1
  const cost = new Float64Array((n + 1) * width)
  const move = new Uint8Array((n + 1) * width) // 1 diagonal, 2 quote word added, 3 source word skipped
  for (let i = 1; i <= n; i++) {
    cost[i * width] = i * ADDED
    move[i * width] = 2
  }
  for (let j = 1; j <= m; j++) move[j] = 3
  for (let i = 0; i <= n; i++) {
    const skip = i === 0 || i === n || quote.gaps[i] !== null ? 0 : 1
    for (let j = 0; j <= m; j++) {
      const at = i * width + j
      if (i === 0 && j === 0) continue
      let best = Infinity
      let how = 0
      if (i > 0 && j > 0) {
        best = cost[at - width - 1]! + (q[i - 1] === s[from + j - 1] ? 0 : CHANGE)
        how = 1
      }
      if (i > 0 && cost[at - width]! + ADDED < best) {
        best = cost[at - width]! + ADDED
        how = 2
      }
      if (j > 0 && cost[at - 1]! + skip < best) {
        best = cost[at - 1]! + skip
        how = 3
      }
      cost[at] = best
      move[at] = how
    }
  }
  let end = 0
  for (let j = 1; j <= m; j++) if (cost[n * width + j]! < cost[n * width + end]!) end = j
  return traceBack(quote, index, from, move, width, end, cost[n * width + end]!)
}

function traceBack(quote: QuoteTokens, index: SourceIndex, from: number, move: Uint8Array, width: number, endColumn: number, total: number): Alignment {
  const steps: Step[] = []
  let i = quote.words.length
  let j = endColumn
  let matched = 0
  while (i > 0) {
    const how = move[i * width + j]
    if (how === 1) {
      const same = quote.words[i - 1]!.key === index.words[from + j - 1]!.key
      if (same) matched++
      steps.push({ kind: same ? 'same' : 'changed', q: i - 1, s: from + j - 1 })
      i--
      j--
    } else if (how === 2) steps.push({ kind: 'added', q: --i })
    else {
      const gap = quote.gaps[i]
      // Source words skipped before the first quote word or after the last are outside the quote, not part of it.
      if (i < quote.words.length) steps.push({ kind: gap === 'cut' ? 'cut' : gap === 'insertion' ? 'insertion' : 'removed', s: from + j - 1 })
      j--
    }
  }
  steps.reverse()
  return { steps, cost: total, matched }
}

/** The best alignment of the quote anywhere in the source, and the other places tried (best first). */
export function alignQuote(index: SourceIndex, quote: QuoteTokens): { best: Alignment | null; tried: Alignment[] } {
  if (quote.words.length === 0) return { best: null, tried: [] }
  const tried = candidateWindows(index, quote).map((w) => alignIn(index, quote, w.from, w.to))
  tried.sort((a, b) => a.cost - b.cost || b.matched - a.matched)
  return { best: tried[0] ?? null, tried }
}
