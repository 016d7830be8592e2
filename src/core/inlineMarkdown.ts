/**
 * Inline Markdown (emphasis, links, images, code spans, backslash escapes)
 * to plain text plus stand-off marks, for the importer (importer.ts).
 *
 * Every step is linear in the block's length, whatever the file holds: the
 * `]` closing each `[` and the runs of backticks are found in one pass
 * (scanInline), so no `[` or backtick rescans the text after it, and links
 * nest only MAX_LINK_DEPTH deep. A file of 200 KB of "[" or a code span of
 * 50,000 backticks imports in milliseconds.
 */
import type { Mark } from './schema'
import { countBefore } from './sorted'

type Delimiter = { kind: 'delim'; char: '*' | '_'; count: number; length: number; canOpen: boolean; canClose: boolean; openAt: number; closeAt: number }
type Token = { kind: 'text'; value: string } | Delimiter | { kind: 'link'; href: string | null; children: Token[] }
type Emphasis = { type: 'em' | 'strong'; opener: Delimiter; closer: Delimiter }

/** Outer marks first, so equal spans always come out in the same order. */
const MARK_ORDER: readonly Mark['type'][] = ['link', 'strong', 'em']
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const PUNCTUATION = /[\p{P}\p{S}]/u
const SPACE = /\s/u

/** Inline Markdown to plain text plus marks with offsets into that text. */
export function parseInline(raw: string): { text: string; marks: Mark[] } {
  const out = { text: '', marks: [] as Mark[] }
  emit(tokenize(scanInline(raw), 0, raw.length, 0), out)
  out.marks.sort((a, b) => a.from - b.from || b.to - a.to || MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
  return out
}

/**
 * A link inside a link's words is taken as a link this many levels deep;
 * deeper, its brackets are words. (CommonMark allows none; a file of nested
 * brackets would otherwise nest calls until the stack runs out.)
 */
const MAX_LINK_DEPTH = 16

/**
 * What the tokenizer asks of a block's text, found in one pass each so that
 * no question rescans the text: the `]` closing each `[` (brackets counted as
 * a link's words count them, a backslash taking the character after it), and
 * where each run of backticks starts, by its length.
 */
type InlineScan = { s: string; closing: Int32Array; runsByLength: Map<number, number[]> }

function scanInline(s: string): InlineScan {
  const closing = new Int32Array(s.length).fill(-1)
  const open: number[] = []
  const runsByLength = new Map<number, number[]>()
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    if (ch === 0x5c) i++
    else if (ch === 0x5b) open.push(i)
    else if (ch === 0x5d && open.length > 0) closing[open.pop()!] = i
  }
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) !== 0x60) {
      i++
      continue
    }
    let end = i
    while (s.charCodeAt(end) === 0x60) end++
    const runs = runsByLength.get(end - i)
    if (runs) runs.push(i)
    else runsByLength.set(end - i, [i])
    i = end
  }
  return { s, closing, runsByLength }
}

/**
 * Where the code span opened by `length` backticks at `open` ends: after the
 * first later run of exactly as many backticks that ends by `to`, or -1.
 */
function codeSpanEnd(scan: InlineScan, open: number, length: number, to: number): number {
  const runs = scan.runsByLength.get(length)
  if (!runs) return -1
  const k = countBefore(runs, (start) => start < open + length)
  const close = runs[k]
  return close !== undefined && close + length <= to ? close + length : -1
}

/**
 * Emphasis inside a link is resolved within the link, so tokens nest; the
 * delimiters of each level are then matched by CommonMark's "process
 * emphasis" procedure, which is what keeps snake_case words and a lone "*"
 * out of italics. Reads scan.s[from, to) as if it were the whole text.
 */
function tokenize(scan: InlineScan, from: number, to: number, depth: number): Token[] {
  const { s } = scan
  const tokens: Token[] = []
  // Words are kept as slices of the text, joined once: `parts`, then the literal run s[literal, i) not yet in it.
  let parts: string[] = []
  let literal = from
  const flush = (at: number): void => {
    if (at > literal) parts.push(s.slice(literal, at))
    const value = parts.length === 1 ? parts[0]! : parts.join('')
    if (value) tokens.push({ kind: 'text', value })
    parts = []
  }
  for (let i = from; i < to; ) {
    const ch = s[i]!
    const next = i + 1 < to ? s[i + 1]! : ''
    if (ch === '\\' && ASCII_PUNCTUATION.test(next)) {
      if (i > literal) parts.push(s.slice(literal, i))
      parts.push(next)
      i += 2
      literal = i
    } else if (ch === '`') {
      // A code span's content is literal; there is no code mark, so it keeps its backticks.
      let run = i
      while (run < to && s[run] === '`') run++
      const close = codeSpanEnd(scan, i, run - i, to)
      i = close < 0 ? run : close
    } else if ((ch === '[' || (ch === '!' && next === '[')) && depth < MAX_LINK_DEPTH) {
      const image = ch === '!'
      const link = readLink(scan, image ? i + 1 : i, to)
      if (!link) {
        i++
        continue
      }
      flush(i)
      // An image keeps its alt text as words but gets no link: the picture is not in the article.
      tokens.push({ kind: 'link', href: image ? null : link.href, children: tokenize(scan, link.labelFrom, link.labelTo, depth + 1) })
      i = literal = link.end
    } else if (ch === '*' || ch === '_') {
      let end = i
      while (end < to && s[end] === ch) end++
      flush(i)
      tokens.push(delimiter(ch, end - i, i > from ? s[i - 1]! : ' ', end < to ? s[end]! : ' '))
      i = literal = end
    } else {
      // Plain words, up to the next character that may start something.
      i++
      while (i < to && !startsSyntax(s.charCodeAt(i))) i++
    }
  }
  flush(to)
  return tokens
}

/** The characters tokenize looks at: \ ` [ ! * _ */
function startsSyntax(code: number): boolean {
  return code === 0x5c || code === 0x60 || code === 0x5b || code === 0x21 || code === 0x2a || code === 0x5f
}

/** A run of `count` "*" or "_" between the characters `before` and `after` (a space at either end of the text). */
function delimiter(char: '*' | '_', count: number, before: string, after: string): Delimiter {
  const leftFlanking = !SPACE.test(after) && (!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before))
  const rightFlanking = !SPACE.test(before) && (!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after))
  const intraword = char === '_'
  return {
    kind: 'delim',
    char,
    count,
    length: count,
    canOpen: leftFlanking && (!intraword || !rightFlanking || PUNCTUATION.test(before)),
    canClose: rightFlanking && (!intraword || !leftFlanking || PUNCTUATION.test(after)),
    openAt: 0,
    closeAt: 0
  }
}

/** A link title: "…", '…' or (…). */
const TITLE = String.raw`(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\))`
/**
 * After a link's `]`: `(destination "optional title")`. The white space after
 * "(" is taken whole (a lookahead and a back-reference make it atomic), so a
 * "(" followed by 40,000 spaces is not retried once for each of them; a title
 * with no destination, which the spaces could only reach by being given back,
 * is the second alternative.
 */
const LINK_REST_SOURCE = String.raw`\((?:(?=(?<space>[ \t\n]*))\k<space>(?:<(?<angle>[^<>\n]*)>|(?<bare>(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*))(?:[ \t\n]+${TITLE})?[ \t\n]*\)|[ \t\n]+${TITLE}[ \t\n]*\))`
const LINK_REST = new RegExp(`^${LINK_REST_SOURCE}`)
/** LINK_REST matching at its lastIndex in the whole text. */
const LINK_REST_HERE = new RegExp(LINK_REST_SOURCE, 'y')

/** `[label](destination "optional title")` starting at `[` and ending by `to`, or null if it is not a link. */
function readLink(scan: InlineScan, open: number, to: number): { labelFrom: number; labelTo: number; href: string; end: number } | null {
  const { s } = scan
  const close = scan.closing[open]!
  if (close < 0 || close + 1 >= to || s[close + 1] !== '(') return null
  // At the top level the pattern runs on the text itself (no copy); inside a link's words, on those words alone.
  let rest: RegExpExecArray | null
  if (to === s.length) {
    LINK_REST_HERE.lastIndex = close + 1
    rest = LINK_REST_HERE.exec(s)
  } else rest = LINK_REST.exec(s.slice(close + 1, to))
  if (!rest) return null
  const href = (rest.groups?.angle ?? rest.groups?.bare ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1')
  return { labelFrom: open + 1, labelTo: close, href, end: close + 1 + rest[0].length }
}

function processEmphasis(tokens: Token[]): Emphasis[] {
  const delims = tokens.filter((t): t is Delimiter => t.kind === 'delim')
  const n = delims.length
  const active = delims.map(() => true)
  // The active delimiters as a doubly linked list, so that looking back from a closer walks only those
  // (CommonMark's delimiter stack): a run of matched or dead delimiters is never walked again.
  const prev = Int32Array.from({ length: n }, (_, i) => i - 1)
  const next = Int32Array.from({ length: n }, (_, i) => i + 1)
  const deactivate = (x: number): void => {
    active[x] = false
    if (prev[x]! >= 0) next[prev[x]!] = next[x]!
    if (next[x]! < n) prev[next[x]!] = prev[x]!
  }
  const bottoms = new Map<string, number>()
  const found: Emphasis[] = []
  for (let c = 0; c < n; ) {
    const closer = delims[c]!
    if (!active[c] || !closer.canClose || closer.count === 0) {
      c++
      continue
    }
    const key = `${closer.char}${closer.canOpen}${closer.length % 3}`
    const bottom = bottoms.get(key) ?? -1
    let o = prev[c]!
    for (; o > bottom; o = prev[o]!) {
      const opener = delims[o]!
      // CommonMark's "rule of three" stops "*foo**bar*" pairing the wrong runs.
      const oddMatch = (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0)
      if (opener.count > 0 && opener.char === closer.char && opener.canOpen && !oddMatch) break
    }
    if (o <= bottom) {
      bottoms.set(key, c - 1)
      if (!closer.canOpen) deactivate(c)
      c++
      continue
    }
    const opener = delims[o]!
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1
    opener.count -= use
    closer.count -= use
    found.push({ type: use === 2 ? 'strong' : 'em', opener, closer })
    // The delimiters between the two are dead: out of the list in one step (the loop over c has passed them).
    next[o] = c
    prev[c] = o
    if (opener.count === 0) deactivate(o)
    if (closer.count === 0) {
      deactivate(c)
      c++
    }
  }
  return found
}

/**
 * Write the tokens' text. Matched delimiter characters vanish: an opener
 * gives up its last characters and a closer its first, so any left over are
 * literal and sit outside the mark.
 */
function emit(tokens: Token[], out: { text: string; marks: Mark[] }): void {
  const emphasis = processEmphasis(tokens)
  for (const token of tokens) {
    if (token.kind === 'text') {
      out.text += token.value
    } else if (token.kind === 'delim') {
      token.closeAt = out.text.length
      out.text += token.char.repeat(token.count)
      token.openAt = out.text.length
    } else {
      const from = out.text.length
      emit(token.children, out)
      if (token.href !== null && out.text.length > from) out.marks.push({ type: 'link', from, to: out.text.length, href: token.href })
    }
  }
  for (const { type, opener, closer } of emphasis) {
    if (opener.openAt < closer.closeAt) out.marks.push({ type, from: opener.openAt, to: closer.closeAt })
  }
}
