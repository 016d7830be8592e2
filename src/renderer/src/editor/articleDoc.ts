/**
 * An article's stored blocks as a ProseMirror document, with the index that
 * maps text offsets to editor positions and back. Built once per article:
 * block start offsets and positions in sorted arrays, binary search per
 * lookup, so mapping a tag never walks the document.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { Article } from '../../../core/schema'
import { articleSchema } from './schema'

export type TextIndex = {
  /** Offset in article.text where each block's text starts, ascending. */
  readonly starts: readonly number[]
  /** Offset in article.text where each block's text ends. */
  readonly ends: readonly number[]
  /** Editor position of the start of each block's content. */
  readonly positions: readonly number[]
  readonly textLength: number
}

export function articleToDoc(article: Pick<Article, 'text' | 'blocks'>): { doc: PMNode; index: TextIndex } {
  const s = articleSchema
  const starts: number[] = []
  const ends: number[] = []
  const positions: number[] = []
  const blocks = article.blocks.length ? article.blocks : [{ type: 'paragraph' as const, start: 0, end: article.text.length, marks: [] }]
  let pos = 0
  const nodes = blocks.map((block) => {
    const text = article.text.slice(block.start, block.end)
    starts.push(block.start)
    ends.push(block.end)
    positions.push(pos + 1)
    pos += text.length + 2
    const type = s.nodes[block.type] ?? s.nodes.paragraph!
    return type.create(block.type === 'heading' ? { level: block.level ?? 1 } : null, inlineContent(text, block.marks))
  })
  return { doc: s.nodes.doc!.create(null, nodes), index: { starts, ends, positions, textLength: article.text.length } }
}

/** Split a block's text at mark boundaries and give each piece its marks. */
function inlineContent(text: string, marks: Article['blocks'][number]['marks']): PMNode[] {
  if (!text) return []
  const cuts = new Set<number>([0, text.length])
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.from)))
    cuts.add(Math.max(0, Math.min(text.length, m.to)))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: PMNode[] = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i]!
    const to = sorted[i + 1]!
    if (from === to) continue
    const pmMarks = marks
      .filter((m) => m.from <= from && m.to >= to)
      .map((m) => (m.type === 'link' ? articleSchema.marks.link!.create({ href: m.href ?? '' }) : articleSchema.marks[m.type]!.create()))
    out.push(articleSchema.text(text.slice(from, to), pmMarks))
  }
  return out
}

/** Index of the last entry of an ascending array that is <= value (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid]! <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Editor position of a text offset; an offset in the blank line between blocks maps to the end of the block before it. */
export function offsetToPos(index: TextIndex, offset: number): number {
  const i = lastAtOrBefore(index.starts, offset)
  const within = Math.min(offset, index.ends[i]!) - index.starts[i]!
  return index.positions[i]! + Math.max(0, within)
}

/** Text offset of an editor position; a position between blocks maps to the start of the next block. */
export function posToOffset(index: TextIndex, pos: number): number {
  const lo = lastAtOrBefore(index.positions, pos)
  const start = index.positions[lo]!
  if (pos < start) return index.starts[lo]!
  const length = index.ends[lo]! - index.starts[lo]!
  if (pos - start > length) {
    // Past the end of this block's content: the next block's start, or the end of the text.
    return lo + 1 < index.starts.length ? index.starts[lo + 1]! : index.textLength
  }
  return index.starts[lo]! + (pos - start)
}
