/**
 * A word-level difference between two tellings of a statement, for showing
 * side by side: each side is its words in order, in runs marked `same` (the
 * words both tellings share, in the same order) or `only` (words only this
 * side has). Words are compared by their keys (words.ts), so case, accents,
 * "an"/"a" and plural endings are not differences.
 */
import type { Word } from './words'

export type DiffRun = { readonly kind: 'same' | 'only'; readonly text: string }
export type WordDiff = {
  readonly a: readonly DiffRun[]
  readonly b: readonly DiffRun[]
  /** The words only in A and only in B, in order. */
  readonly onlyA: readonly string[]
  readonly onlyB: readonly string[]
  /** 2 × shared words / all words: 1 for the same words in the same order. */
  readonly ratio: number
}

/** Beyond this many words a side, the table would be large; the rest of the longer side is compared as unshared. */
const MAX_WORDS = 400

/** Longest common subsequence of the two keys' lists, as pairs of indices. */
function commonWords(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = Math.min(a.length, MAX_WORDS)
  const m = Math.min(b.length, MAX_WORDS)
  const width = m + 1
  const table = new Uint16Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++])
    else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++
    else j++
  }
  return pairs
}

/**
 * Runs of same and only words. With the statement's text, a run is the text
 * from its first word to the next run's first word, its punctuation and
 * spaces kept ("capital, Caracas, "); without it, its words joined by spaces.
 */
function runs(words: readonly Word[], shared: ReadonlySet<number>, text?: string): DiffRun[] {
  const out: { kind: DiffRun['kind']; from: number; to: number }[] = []
  words.forEach((_, i) => {
    const kind = shared.has(i) ? 'same' : 'only'
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.to = i + 1
    else out.push({ kind, from: i, to: i + 1 })
  })
  return out.map((r, k) => {
    if (text === undefined) return { kind: r.kind, text: words.slice(r.from, r.to).map((w) => w.text).join(' ') }
    const end = k + 1 < out.length ? words[r.to]!.start : text.length
    return { kind: r.kind, text: text.slice(words[r.from]!.start, end) }
  })
}

/** The difference between two tellings' words; with their texts, runs keep the punctuation between words. */
export function wordDiff(a: readonly Word[], b: readonly Word[], textA?: string, textB?: string): WordDiff {
  const pairs = commonWords(
    a.map((w) => w.key),
    b.map((w) => w.key)
  )
  const inA = new Set(pairs.map(([i]) => i))
  const inB = new Set(pairs.map(([, j]) => j))
  const total = a.length + b.length
  return {
    a: runs(a, inA, textA),
    b: runs(b, inB, textB),
    onlyA: a.filter((_, i) => !inA.has(i)).map((w) => w.text),
    onlyB: b.filter((_, j) => !inB.has(j)).map((w) => w.text),
    ratio: total === 0 ? 1 : (2 * pairs.length) / total
  }
}
