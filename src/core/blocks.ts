/**
 * An article's blocks (headings, paragraphs, quote blocks with their inline
 * marks) tile its plain text: each block is a range of `text`, consecutive
 * blocks separated by exactly one blank line, marks inside their block.
 * Every offset in a project is into `text`; the blocks only say how to show it.
 */
import type { Block } from './schema'

/** Blocks must tile the text exactly, separated by one blank line; the problem in words, or null. */
export function checkBlocks(text: string, blocks: readonly Block[]): string | null {
  let expected = 0
  for (const [i, block] of blocks.entries()) {
    if (block.start !== expected || block.end < block.start) return `has a block (number ${i + 1}) that does not line up with its text`
    for (const mark of block.marks) {
      if (mark.from >= mark.to || mark.to > block.end - block.start) return `has a formatting mark outside its block (number ${i + 1})`
    }
    if (i < blocks.length - 1 && text.slice(block.end, block.end + 2) !== '\n\n') return `has blocks that are not separated by a blank line`
    expected = block.end + 2
  }
  const end = blocks.length ? blocks[blocks.length - 1]!.end : 0
  return end === text.length ? null : 'has text outside its blocks'
}

/**
 * Paragraph blocks for a text whose blocks are lost or no longer fit it (an
 * article's `text` edited by a script or by hand): one paragraph per run of
 * text between blank lines, without formatting. Always passes checkBlocks.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  for (;;) {
    const gap = text.indexOf('\n\n', start)
    const end = gap < 0 ? text.length : gap
    blocks.push({ type: 'paragraph', start, end, marks: [] })
    if (gap < 0) return blocks
    start = gap + 2
  }
}
