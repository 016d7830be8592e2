/**
 * Paragraphs rebuilt from a PDF's positioned text, page by page: text items
 * grouped into lines by their baseline, lines into paragraphs where the gap
 * between them is clearly larger than the page's usual line spacing or a line
 * is indented; a word hyphenated at a line's end is joined again; a line in
 * larger type than the body is a heading. Lines repeated at the top or
 * bottom of most pages (running headers and footers) and page numbers are
 * dropped. A paragraph that runs on to the next page (no full stop at the
 * end, a small letter at the start) is kept whole, with its first page.
 * Pure: no PDF library here, only numbers and strings (pdf.ts feeds it).
 */
import type { DraftBlock } from '../../core/import/articleFromDrafts'

/** One positioned run of text, as PDF.js gives it (x, y of its baseline; y grows upwards). */
export type PdfItem = { str: string; x: number; y: number; width: number; height: number; hasEOL: boolean }
export type PdfLine = { text: string; x: number; y: number; height: number }

/** Items to lines, in reading order (top to bottom). */
export function linesOf(items: readonly PdfItem[]): PdfLine[] {
  const lines: Array<PdfLine & { end: number }> = []
  let current: (PdfLine & { end: number }) | null = null
  for (const item of items) {
    if (!item.str && !item.hasEOL) continue
    const size = Math.max(1, item.height)
    if (current && Math.abs(item.y - current.y) > size * 0.5) current = null
    if (item.str) {
      if (!current) {
        current = { text: '', x: item.x, y: item.y, height: size, end: item.x }
        lines.push(current)
      }
      // A gap wider than a fraction of the type size between two runs is a space the PDF did not write.
      const gap = item.x - current.end
      if (current.text && !/\s$/.test(current.text) && !/^\s/.test(item.str) && gap > size * 0.15) current.text += ' '
      current.text += item.str
      current.x = Math.min(current.x, item.x)
      current.height = Math.max(current.height, size)
      current.end = item.x + item.width
    }
    if (item.hasEOL) current = null
  }
  return lines
    .map(({ end: _e, ...line }) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text)
    .sort((a, b) => b.y - a.y)
}

const PAGE_NUMBER = /^(?:(?:page|p\.|pág\.|página|seite)\s*)?[-–—(]?\s*\d{1,5}\s*[-–—)]?(?:\s*(?:of|de|\/)\s*\d{1,5})?$/i
/** A line's words with digits as # and its height on the page: a running header or footer keeps both from page to page. */
const shape = (line: PdfLine): string => `${Math.round(line.y / 4)}:${line.text.replace(/\d+/g, '#').toLowerCase()}`

/**
 * Lines to drop on every page: page numbers in the first or last two lines of
 * a page, and any line of those positions whose shape (digits as #, at the
 * same height) repeats on at least half the pages (three at least).
 */
export function runningLines(pages: readonly PdfLine[][]): (page: number, line: PdfLine, index: number) => boolean {
  const edges = (lines: readonly PdfLine[]): PdfLine[] => (lines.length <= 4 ? [...lines] : [...lines.slice(0, 2), ...lines.slice(-2)])
  const counts = new Map<string, number>()
  for (const lines of pages) for (const key of new Set(edges(lines).map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1)
  const threshold = Math.max(3, Math.ceil(pages.length / 2))
  return (page, line, index) => {
    const count = pages[page]!.length
    const atEdge = index < 2 || index >= count - 2
    if (!atEdge) return false
    return PAGE_NUMBER.test(line.text) || (pages.length >= 3 && (counts.get(shape(line)) ?? 0) >= threshold)
  }
}

/** The value `fraction` of the way up the sorted values (0.5: the median); 0 for none. */
function quantile(values: number[], fraction: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * fraction)]!
}

/** A line added to a paragraph: a hyphen at the end of the text before joins a word broken across lines. */
function joinLine(text: string, next: string): string {
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next
  return `${text} ${next}`
}

/** Every page's kept lines to paragraphs (and headings), each with the page it starts on (1-based). */
export function paragraphsOf(pages: readonly PdfLine[][]): DraftBlock[] {
  const dropped = runningLines(pages)
  const kept = pages.map((lines, p) => lines.filter((line, i) => !dropped(p, line, i)))
  const body = quantile(kept.flat().map((l) => l.height), 0.5) || 10
  // The usual distance between two lines of one paragraph: most gaps are that, the larger ones separate paragraphs.
  const gaps = kept.flatMap((lines) => lines.slice(1).map((l, i) => lines[i]!.y - l.y)).filter((g) => g > 0)
  const spacing = quantile(gaps, 0.25) || body * 1.2
  const out: DraftBlock[] = []
  let current: DraftBlock | null = null
  const finish = (): void => {
    if (current) out.push(current)
    current = null
  }
  kept.forEach((lines, p) => {
    const left = Math.min(...lines.map((l) => l.x))
    lines.forEach((line, i) => {
      const heading = line.height > body * 1.3 && line.text.length < 200
      const gap = i > 0 ? lines[i - 1]!.y - line.y : Infinity
      const indented = line.x > left + body * 1.5
      const continuesPage = i === 0 && current !== null && current.type === 'paragraph' && !/[.!?:"”’)]$/.test(current.text) && /^\p{Ll}/u.test(line.text)
      const startsNew = heading || current === null || current.type === 'heading' || (i === 0 ? !continuesPage : gap > spacing * 1.4 || indented)
      if (startsNew) {
        finish()
        current = heading ? { type: 'heading', level: 2, text: line.text, marks: [], page: p + 1 } : { type: 'paragraph', text: line.text, marks: [], page: p + 1 }
      } else current!.text = joinLine(current!.text, line.text)
    })
  })
  finish()
  return out
}
