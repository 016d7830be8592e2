/**
 * The project copy of the browser bench (browser.bench.spec.ts): the synthetic
 * project with 400 more tags on its first article, and the untagged spots the
 * page tags.
 */
import { randomUUID } from 'node:crypto'
import { makeTarget } from '../../src/core/anchoring'
import { prng } from '../../tests/support/random'

export type Ann = { id: string; articleId: string; kind: string; target: { start: number; end: number }; orphan?: boolean; [key: string]: unknown }
export type Art = { id: string; title: string; text: string; blocks: { start: number; end: number }[] }
export type Spot = { block: number; from: number; to: number; exact: string }

const EXTRA_TAGS = 400
export const TAG_RUNS = 15

/**
 * A copy of the project with 400 more tags (overlapping, 2–30 words, all
 * kinds) on its first article, all in its first 70 % so the rest keeps
 * untagged words; and spots of three untagged words there to tag in the page.
 */
export function prepare(raw: { articles: Art[]; annotations: Ann[] }): { big: Art; small: Art; spots: Spot[]; smallSpots: Spot[] } {
  const big = raw.articles[0]!
  const small = raw.articles[1]!
  const text = big.text
  const own = raw.annotations.filter((a) => a.articleId === big.id)
  const template = own[0]!
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const rand = prng(500)
  const int = (n: number) => Math.floor(rand() * n)
  const kinds = ['quote', 'claim', 'quote', 'attribution']
  const seen = new Set(own.map((a) => `${a.kind}:${a.target.start}:${a.target.end}`))
  const limit = Math.floor(spans.length * 0.7)
  let added = 0
  while (added < EXTRA_TAGS) {
    const kind = kinds[added % kinds.length]!
    const first = int(limit - 30)
    const last = first + 1 + int(kind === 'attribution' ? 3 : 29)
    const start = spans[first]![0]
    const end = spans[last]![1]
    const key = `${kind}:${start}:${end}`
    if (seen.has(key)) continue
    seen.add(key)
    raw.annotations.push({
      ...template,
      id: randomUUID(),
      kind,
      target: makeTarget(text, start, end),
      note: '',
      speakerId: null,
      attributionId: null,
      status: 'unverified',
      evidence: [],
      orphan: false
    })
    added++
  }
  const spots = untaggedSpots(big, raw.annotations, limit + 2)
  return { big, small, spots, smallSpots: untaggedSpots(small, raw.annotations, 0) }
}

/** Spots of three untagged words (not next to a tag, inside one block) from word `fromWord` on: where the page tags. */
function untaggedSpots(article: Art, annotations: readonly Ann[], fromWord: number): Spot[] {
  const text = article.text
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const covered = new Uint8Array(text.length + 1)
  for (const a of annotations) if (a.articleId === article.id) covered.fill(1, a.target.start, a.target.end)
  const spots: Spot[] = []
  for (let i = Math.max(1, fromWord); i + 3 < spans.length && spots.length < TAG_RUNS + 4; i++) {
    const from = spans[i]![0]
    const to = spans[i + 2]![1]
    if (covered.subarray(from - 1, to + 1).some((c) => c) || text.slice(from, to).includes('\n')) continue
    const block = article.blocks.findIndex((b) => b.start <= from && to <= b.end)
    if (block < 0) continue
    spots.push({ block, from: from - article.blocks[block]!.start, to: to - article.blocks[block]!.start, exact: text.slice(from, to) })
    i += 4
  }
  if (spots.length < TAG_RUNS + 1) throw new Error(`only ${spots.length} untagged spots in “${article.title}”`)
  return spots
}
