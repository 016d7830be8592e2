/**
 * The editor's schema mirrors an article's stored blocks one to one, so that
 * a text offset maps to an editor position by block arithmetic alone. Every
 * block is a textblock holding only text (no hard breaks, no leaf nodes), and
 * marks never change positions.
 */
import { Schema, type DOMOutputSpec, type Node as PMNode } from 'prosemirror-model'

/** Only these link targets are ever rendered as a real href; anything else (javascript:, data:, …) is inert. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (/^https?:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed)) return trimmed
  return null
}

/**
 * Paragraphs out of view are skipped from rendering (content-visibility in
 * styles.css) and stand in with this height until first shown: its number of
 * lines at about 80 characters a line. Close enough that opening an article
 * renders only the paragraphs near the view, and the scroll bar is about right.
 */
function placeholderSize(node: PMNode): { style: string } {
  return { style: `contain-intrinsic-size: auto calc(${Math.max(1, Math.ceil(node.content.size / 80))}lh + 8px)` }
}

export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', marks: '_', toDOM: (node): DOMOutputSpec => ['p', placeholderSize(node), 0] },
    caption: { group: 'block', content: 'text*', marks: '_', toDOM: (node): DOMOutputSpec => ['p', { class: 'qm-caption', ...placeholderSize(node) }, 0] },
    blockquote: { group: 'block', content: 'text*', marks: '_', toDOM: (node): DOMOutputSpec => ['blockquote', placeholderSize(node), 0] },
    heading: {
      group: 'block',
      content: 'text*',
      marks: '_',
      attrs: { level: { default: 1 } },
      toDOM: (node): DOMOutputSpec => [`h${Math.min(6, Math.max(1, Number(node.attrs.level) || 1))}`, 0]
    },
    text: {}
  },
  marks: {
    em: { toDOM: (): DOMOutputSpec => ['em', 0] },
    strong: { toDOM: (): DOMOutputSpec => ['strong', 0] },
    link: {
      attrs: { href: { default: '' } },
      inclusive: false,
      toDOM: (mark): DOMOutputSpec => {
        const href = safeHref(mark.attrs.href)
        // Links open in the system browser through the app, never by navigation.
        return href
          ? ['a', { href, title: href, rel: 'noopener noreferrer', class: 'qm-link' }, 0]
          : ['span', { class: 'qm-link qm-link-inert', title: String(mark.attrs.href ?? '') }, 0]
      }
    }
  }
})
