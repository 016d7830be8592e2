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

function runs(words: readonly Word[], shared: ReadonlySet<number>): DiffRun[] {
  const out: { kind: DiffRun['kind']; words: string[] }[] = []
  words.forEach((w, i) => {
    const kind = shared.has(i) ? 'same' : 'only'
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.words.push(w.text)
    else out.push({ kind, words: [w.text] })
  })
  return out.map((r) => ({ kind: r.kind, text: r.words.join(' ') }))
}

export function wordDiff(a: readonly Word[], b: readonly Word[]): WordDiff {
  const pairs = commonWords(
    a.map((w) => w.key),
    b.map((w) => w.key)
  )
  const inA = new Set(pairs.map(([i]) => i))
  const inB = new Set(pairs.map(([, j]) => j))
  const total = a.length + b.length
  return {
    a: runs(a, inA),
    b: runs(b, inB),
    onlyA: a.filter((_, i) => !inA.has(i)).map((w) => w.text),
    onlyB: b.filter((_, j) => !inB.has(j)).map((w) => w.text),
    ratio: total === 0 ? 1 : (2 * pairs.length) / total
  }
}
