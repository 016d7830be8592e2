/**
 * Lookups an export makes once per tag, answered by binary search instead of
 * a walk from the start: which block holds an offset, the paragraph number
 * there, and which of a tag's links touch it. A project of tens of thousands
 * of tags in one article of as many paragraphs would otherwise cost tags ×
 * blocks (or tags × links) steps.
 *
 * Blocks come from the importer in text order, which is what the searches
 * need; an article whose blocks are out of order (a hand-edited file) is
 * walked from the start as before, with the same answers.
 */
import type { Annotation, Article, Block, Link, Project } from '../schema'
import { countBefore } from '../sorted'

type BlockIndex = {
  blocks: readonly Block[]
  length: number
  /** Starts and ends both never go down from one block to the next. */
  ordered: boolean
  /** nonHeadings[k]: how many of blocks[0..k] are not headings. */
  nonHeadings: Int32Array
}

const indexes = new WeakMap<Article, BlockIndex>()

function blockIndex(article: Article): BlockIndex {
  let index = indexes.get(article)
  if (index && index.blocks === article.blocks && index.length === article.blocks.length) return index
  const { blocks } = article
  const nonHeadings = new Int32Array(blocks.length)
  let ordered = true
  let count = 0
  for (let k = 0; k < blocks.length; k++) {
    if (blocks[k]!.type !== 'heading') count++
    nonHeadings[k] = count
    if (k > 0 && (blocks[k]!.start < blocks[k - 1]!.start || blocks[k]!.end < blocks[k - 1]!.end)) ordered = false
  }
  indexes.set(article, (index = { blocks, length: blocks.length, ordered, nonHeadings }))
  return index
}

/** The index of the first block ending after `offset` (blocks.length if none): `blocks.findIndex((b) => offset < b.end)`. */
export function firstBlockEndingAfter(article: Article, offset: number): number {
  const { blocks, ordered } = blockIndex(article)
  if (!ordered) {
    const k = blocks.findIndex((b) => offset < b.end)
    return k < 0 ? blocks.length : k
  }
  return countBefore(blocks, (b) => b.end <= offset)
}

/** The index of the last block starting before `offset` (-1 if none): `blocks.findLastIndex((b) => b.start < offset)`. */
export function lastBlockStartingBefore(article: Article, offset: number): number {
  const { blocks, ordered } = blockIndex(article)
  if (!ordered) return blocks.findLastIndex((b) => b.start < offset)
  return countBefore(blocks, (b) => b.start < offset) - 1
}

/** The index of the block starting exactly at `offset`, or -1: `blocks.findIndex((b) => b.start === offset)`. */
export function blockStartingAt(article: Article, offset: number): number {
  const { blocks, ordered } = blockIndex(article)
  if (!ordered) return blocks.findIndex((b) => b.start === offset)
  const k = countBefore(blocks, (b) => b.start < offset)
  return k < blocks.length && blocks[k]!.start === offset ? k : -1
}

/**
 * The 1-based number of the paragraph holding `offset`, counting every block
 * but headings (captions and block quotes are paragraphs a reader counts
 * too); null for a heading, which has no paragraph number. An offset in the
 * blank line between blocks belongs to the block after it; one past the last
 * block, to the last.
 */
export function paragraphNumber(article: Article, offset: number): number | null {
  const { blocks, nonHeadings } = blockIndex(article)
  if (blocks.length === 0) return null
  const k = firstBlockEndingAfter(article, offset)
  if (k < blocks.length) return blocks[k]!.type === 'heading' ? null : nonHeadings[k]!
  return blocks.at(-1)!.type !== 'heading' ? nonHeadings[blocks.length - 1]! : null
}

/** Per export (the key is its context): the links touching each tag, made on the first question. */
const linkIndexes = new WeakMap<object, Map<string, Link[]>>()

/** The links that start or end at a tag, in project order: one pass over the project's links per export. */
export function linksOf(ctx: { readonly project: Pick<Project, 'links'> }, ann: Annotation): readonly Link[] {
  let byTag = linkIndexes.get(ctx)
  if (!byTag) {
    byTag = new Map()
    for (const link of ctx.project.links) {
      for (const id of link.from === link.to ? [link.from] : [link.from, link.to]) {
        const list = byTag.get(id)
        if (list) list.push(link)
        else byTag.set(id, [link])
      }
    }
    linkIndexes.set(ctx, byTag)
  }
  return byTag.get(ann.id) ?? []
}
