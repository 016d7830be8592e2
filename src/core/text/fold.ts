/**
 * Text folded for comparison, never for display: case and accents dropped,
 * curly quotes and apostrophes straight, dashes a hyphen, white space a
 * space. One set of rules, in two forms:
 *
 * - `foldChars` keeps one character for one, so an offset found in the folded
 *   text is the same offset in the real one (re-anchoring a tag searches the
 *   folded article and keeps the offsets);
 * - `foldText` is the compact form for comparing names and searching tags:
 *   the same folding, with combining marks dropped (a decomposed "í" too),
 *   runs of white space made one space and the ends trimmed.
 *
 * For any text, foldText(s) is foldChars of s without its combining marks,
 * its white space collapsed and trimmed (fold.test.ts holds them to it).
 */

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4'
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'
const DASHES = '\u2010-\u2015\u2212'

const SINGLE_QUOTE = new RegExp(`[${SINGLE_QUOTES}]`)
const DOUBLE_QUOTE = new RegExp(`[${DOUBLE_QUOTES}]`)
const DASH = new RegExp(`[${DASHES}]`)
const ALL_SINGLE_QUOTES = new RegExp(SINGLE_QUOTE.source, 'g')
const ALL_DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTE.source, 'g')
const ALL_DASHES = new RegExp(DASH.source, 'g')
const COMBINING_MARKS = /\p{M}/gu

/** Each character outside ASCII folded once, then looked up. */
const foldCache = new Map<string, string>()

function foldChar(c: string): string {
  let f = foldCache.get(c)
  if (f === undefined) {
    const base = c.normalize('NFD')[0]!.toLowerCase()
    if (SINGLE_QUOTE.test(c)) f = "'"
    else if (DOUBLE_QUOTE.test(c)) f = '"'
    else if (DASH.test(c)) f = '-'
    else if (/\s/.test(c)) f = ' '
    else f = base.length === 1 ? base : c
    foldCache.set(c, f)
  }
  return f
}

/**
 * One character for one: lower case, accents dropped (é → e), curly quotes
 * straight, dashes a hyphen, line breaks, tabs and other white space a space.
 * Never changes the length.
 */
export function foldChars(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c < '\u0080') out += c === '\n' || c === '\t' || c === '\r' ? ' ' : c.toLowerCase()
    else out += foldChar(c)
  }
  return out
}

/**
 * The compact fold, for comparing names and searching: accents and other
 * combining marks dropped, lower case, curly quotes and apostrophes straight,
 * dashes a hyphen, runs of white space one space, trimmed.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(ALL_SINGLE_QUOTES, "'")
    .replace(ALL_DOUBLE_QUOTES, '"')
    .replace(ALL_DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Two words that differ by one letter added, dropped or changed. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
