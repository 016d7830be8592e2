/**
 * A DOM subtree (from linkedom, which runs nothing) to draft blocks: each
 * paragraph, heading, block quote, list item, preformatted run or caption
 * becomes a block; em/i and strong/b become marks; a <br> a line break;
 * runs of white space collapse as a browser shows them. Everything else a
 * page has (scripts, styles, frames, forms, pictures, link addresses) is left
 * behind: only words reach the article. The walk keeps its own stack, so a
 * page nested thousands of elements deep cannot overflow the call stack.
 */
import type { DraftBlock } from '../../core/import/articleFromDrafts'
import type { Mark } from '../../core/schema'

/** The few DOM members the walk reads (linkedom's nodes have them). */
export type DomNode = { nodeType: number; localName?: string; nodeValue?: string | null; childNodes: ArrayLike<DomNode>; getAttribute?: (name: string) => string | null }

const BLOCKS: Record<string, Pick<DraftBlock, 'type' | 'level'>> = {
  p: { type: 'paragraph' },
  li: { type: 'paragraph' },
  dd: { type: 'paragraph' },
  dt: { type: 'paragraph' },
  pre: { type: 'paragraph' },
  td: { type: 'paragraph' },
  th: { type: 'paragraph' },
  figcaption: { type: 'caption' },
  caption: { type: 'caption' },
  h1: { type: 'heading', level: 1 },
  h2: { type: 'heading', level: 2 },
  h3: { type: 'heading', level: 3 },
  h4: { type: 'heading', level: 4 },
  h5: { type: 'heading', level: 5 },
  h6: { type: 'heading', level: 6 }
}
const MARKS: Record<string, Mark['type']> = { em: 'em', i: 'em', strong: 'strong', b: 'strong' }
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'img', 'picture', 'source', 'button', 'select', 'textarea', 'input', 'form', 'head', 'title', 'meta', 'link', 'nav', 'aside', 'footer'])
/** Elements that hold blocks: loose text inside one is a paragraph of its own. */
const CONTAINERS = new Set(['body', 'html', 'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'dl', 'figure', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'center', 'details', 'summary', 'hgroup', 'address'])

const ELEMENT = 1
const TEXT = 3

/** One block being filled with text. */
class Builder {
  text = ''
  marks: Mark[] = []
  private open: Array<{ type: Mark['type']; from: number }> = []

  add(raw: string): void {
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ')
    const atStart = this.text.length === 0 || this.text.endsWith(' ') || this.text.endsWith('\n')
    this.text += atStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed
  }
  lineBreak(): void {
    this.text = this.text.replace(/ $/, '') + '\n'
  }
  openMark(type: Mark['type']): void {
    this.open.push({ type, from: this.text.length })
  }
  closeMark(): void {
    const mark = this.open.pop()
    if (mark && this.text.length > mark.from) this.marks.push({ type: mark.type, from: mark.from, to: this.text.length })
  }
}

type Frame = { node: DomNode; exit: boolean; quote: boolean }

/** The blocks under `root`, in document order. */
export function blocksOf(root: DomNode): DraftBlock[] {
  const out: DraftBlock[] = []
  let current: { builder: Builder; shape: Pick<DraftBlock, 'type' | 'level'>; owner: DomNode | null } | null = null
  const finish = (): void => {
    if (current && current.builder.text.trim()) out.push({ ...current.shape, text: current.builder.text, marks: current.builder.marks })
    current = null
  }
  const stack: Frame[] = [{ node: root, exit: false, quote: false }]
  while (stack.length > 0) {
    const { node, exit, quote } = stack.pop()!
    if (node.nodeType === TEXT) {
      if (!node.nodeValue) continue
      if (!current) {
        if (!node.nodeValue.trim()) continue
        current = { builder: new Builder(), shape: { type: quote ? 'blockquote' : 'paragraph' }, owner: null }
      }
      current.builder.add(node.nodeValue)
      continue
    }
    if (node.nodeType !== ELEMENT) continue
    const name = node.localName ?? ''
    if (SKIPPED.has(name)) continue
    const block = BLOCKS[name]
    const container = CONTAINERS.has(name)
    if (exit) {
      if (current && (current.owner === node || (container && current.owner === null))) finish()
      else if (MARKS[name] && current) current.builder.closeMark()
      continue
    }
    if (name === 'br') {
      if (current) current.builder.lineBreak()
      continue
    }
    const inQuote = quote || name === 'blockquote'
    if (container) finish()
    else if (block && !current) current = { builder: new Builder(), shape: inQuote && block.type === 'paragraph' ? { type: 'blockquote' } : block, owner: node }
    else if (block && current && current.owner === null) {
      finish()
      current = { builder: new Builder(), shape: inQuote && block.type === 'paragraph' ? { type: 'blockquote' } : block, owner: node }
    } else if (MARKS[name] && current) current.builder.openMark(MARKS[name])
    stack.push({ node, exit: true, quote })
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false, quote: inQuote })
    if (MARKS[name] && !current) {
      // A mark that opens before its block's text (loose text in a container) starts one.
      current = { builder: new Builder(), shape: { type: inQuote ? 'blockquote' : 'paragraph' }, owner: null }
      current.builder.openMark(MARKS[name])
    }
  }
  finish()
  return out
}
