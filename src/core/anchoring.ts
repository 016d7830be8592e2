/**
 * Selectors for a span of article text: the W3C TextPositionSelector
 * (start/end offsets) together with a TextQuoteSelector (exact text and a
 * little context either side), so a tag can be found again if the text moves.
 */
import type { Target } from './schema'

export const CONTEXT_LENGTH = 32

export function makeTarget(text: string, start: number, end: number): Target {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH)
  }
}

/** Does the target still describe exactly these characters of the text? */
export function targetMatches(text: string, target: Target): boolean {
  return target.start >= 0 && target.start < target.end && target.end <= text.length && text.slice(target.start, target.end) === target.exact
}

/**
 * Shrink a selection so it neither starts nor ends on white space: a
 * double-click or a sloppy drag should not tag the blank line after a quote.
 * Returns null when nothing but white space was selected.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(text.length, Math.max(start, end))
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  return s < e ? { start: s, end: e } : null
}
