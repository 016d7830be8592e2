/**
 * Where the quotation marks in an article's text open and close. A quotation
 * is the span between a pair of marks (without the marks), found paragraph by
 * paragraph: straight "…", curly “…”, single ‘…’ or '…' (British usage),
 * guillemets «…», and the Spanish dialogue dash (—Texto —dijo X—. Más.).
 * A quote that runs over several paragraphs opens each one and closes only on
 * the last; each paragraph's part is one segment, chained by `continues`.
 *
 * This module only pairs marks. Whether a pair is someone's words (and not a
 * title, a name or a scare quote) is decided in quotes.ts with the sentence
 * around it; apostrophes (they’re, Caracas’) are told apart from closing
 * single quotes here, by what stands either side of them.
 */
import { spansOf, type Paragraph } from '../text/sentences'
import { isCueWord } from './cues'

export type QuoteStyle = 'straight' | 'curly' | 'single' | 'guillemet' | 'dash'

export type Quotation = {
  /** The quoted words: text.slice(start, end), without the marks. */
  readonly start: number
  readonly end: number
  /** The opening mark's index, and the index just after the closing mark (or the paragraph's end when the quote runs on). */
  readonly open: number
  readonly close: number
  readonly style: QuoteStyle
  readonly paragraph: number
  /** The quote runs on into the next paragraph (multi-paragraph convention). */
  readonly continues: boolean
  /** This segment carries on a quote opened in an earlier paragraph. */
  readonly continued: boolean
}

const LETTER = /[\p{L}\p{N}]/u
/** What may stand before an opening mark: a space, a bracket, another mark, or any dash (the box-drawing line ─ some papers type for one included). */
const OPEN_BEFORE = /[\s([{\u2010-\u2015\u2500\-/“‘«"']/u
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch)
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch)

type Mark = { readonly style: Exclude<QuoteStyle, 'dash'>; readonly role: 'open' | 'close' | 'either' }

/** What a character at i can be, judged by its neighbours; null when it is no quotation mark here. */
function markAt(text: string, i: number, lineStart: number, lineEnd: number): Mark | null {
  const ch = text[i]!
  const before = i > lineStart ? text[i - 1] : undefined
  const after = i + 1 < lineEnd ? text[i + 1] : undefined
  const opensHere = before === undefined || OPEN_BEFORE.test(before)
  switch (ch) {
    // Curly marks face a way, but typesetting gets them wrong (“…“, ”…“): where they stand decides.
    case '\u201C': // “ opens, unless it stands after the words it ends (“testimonios“.)
      return { style: 'curly', role: !opensHere && !isLetter(after) ? 'close' : 'open' }
    case '\u201D': // ” closes, unless it stands before the words it opens (que dice ”y Pilar …)
      return { style: 'curly', role: opensHere && isLetter(after) && before !== undefined && /\s/u.test(before) ? 'open' : 'close' }
    case '\u00AB': // «
      return { style: 'guillemet', role: 'open' }
    case '\u00BB': // »
      return { style: 'guillemet', role: 'close' }
    case '"':
      // Before a full stop or comma, or at the paragraph's end, it closes (`… TLCAN ".`), whatever stands before it.
      if (after === undefined || /[.,;:!?)\]]/u.test(after)) return before === undefined ? null : { style: 'straight', role: 'close' }
      if (opensHere && !isSpace(after)) return { style: 'straight', role: 'open' }
      // Spaces both sides (`that " if there is…`): it can only open; findClose decides whether it is a quote.
      if (isSpace(before) && isSpace(after) && after !== undefined) return { style: 'straight', role: 'open' }
      if (!isSpace(before) && !isLetter(after)) return { style: 'straight', role: 'close' }
      // Glued between a sentence's end and a capital (`impidiendo."Las familias`, `annotating:"Today`): it closes a quote under
      // way, else it opens the next one.
      if (/[.:!?]/u.test(before ?? '') && /\p{Lu}/u.test(after ?? '')) return { style: 'straight', role: 'either' }
      return null
    case '\u2018': // ‘ opens, unless it stands for left-out letters ('til, ’90s written with the wrong mark)
      return opensHere && isLetter(after) ? { style: 'single', role: 'open' } : null
    case '\u2019': // ’ closes only where it is no apostrophe: not between letters (they’re)
      // “…,’’ typed with two single marks: a double close.
      if (after === '\u2019' && !isLetter(before)) return { style: 'curly', role: 'close' }
      if (before === '\u2019' && i - 1 > lineStart && !isLetter(text[i - 2])) return null
    // falls through
    case "'":
      if (isLetter(before) && isLetter(after)) return null
      if (ch === "'" && opensHere && isLetter(after)) return { style: 'single', role: 'open' }
      if (!isSpace(before) && !isLetter(after)) return { style: 'single', role: 'close' }
      return null
  }
  return null
}

/** A closing single mark that may be a possessive (Caracas’ prisons) rather than the quote's end. */
function weakSingleClose(text: string, i: number, lineEnd: number): boolean {
  const before = text[i - 1] ?? ''
  const rest = text.slice(i + 1, Math.min(lineEnd, i + 3))
  return /[sz]/i.test(before) && /^\s\p{Ll}/u.test(rest)
}

/** Index of the mark that closes a quote opened with `style` at `from`, or -1 when the paragraph ends first. */
function findClose(text: string, from: number, lineStart: number, lineEnd: number, style: Mark['style']): number {
  let weak = -1
  let depth = 0
  let firstClose = -1
  let curly = 0
  for (let j = from; j < lineEnd; j++) {
    const m = markAt(text, j, lineStart, lineEnd)
    // "… de familia” (mixed styles, as typed): a curly close that closes no curly open ends a straight quote.
    if (style === 'straight' && m?.style === 'curly') {
      if (m.role === 'open') curly++
      else if (curly > 0) curly--
      else return j
      continue
    }
    // “… missing the mark," says Heather Meeker. "Pitching …”: a straight close with a speech verb after it ends a curly quote as typed.
    if (style === 'curly' && m?.style === 'straight' && m.role === 'close' && isCueWord(/^\s+(\p{Ll}+)/u.exec(text.slice(j + 1, j + 20))?.[1] ?? '')) return j
    if (!m || m.style !== style) continue
    // Curly quotes and guillemets say which way they face, so a quote nested in the same style (“… “hate” …”) is counted.
    if (style === 'curly' || style === 'guillemet') {
      if (m.role === 'open') depth++
      else if (depth > 0) {
        depth--
        if (firstClose === -1) firstClose = j
      } else return j
      continue
    }
    if (style === 'straight' && m.role === 'open' && !(j > from && !isSpace(text[j - 1]) && !isLetter(text[j + 1]))) {
      // a second opening straight quote before any close: the first one was not a quote
      return -1
    }
    if (m.role === 'open') continue
    if (style === 'single' && weakSingleClose(text, j, lineEnd)) {
      if (weak === -1) weak = j
      continue
    }
    return j
  }
  if (weak !== -1) return weak
  if (firstClose !== -1) return firstClose
  // “… closed with a straight mark" (mixed styles, as typed): the straight close ends it.
  if (style === 'curly') {
    for (let j = from; j < lineEnd; j++) {
      const m = text[j] === '"' ? markAt(text, j, lineStart, lineEnd) : null
      if (m?.role === 'close') return j
    }
  }
  return -1
}

/**
 * Where the next straight quote opens, when it is the first straight mark after `from` and opens a sentence (`… effect. "The`):
 * the index of that mark, else -1. A stray mark with no sentence's end before the next one (an inch sign, a typo) gets -1;
 * so does a close left out before its cue (`"… something great, says Banzi. "If you …`): the words after the comma are no quote.
 */
function nextSentenceOpener(text: string, from: number, lineStart: number, lineEnd: number): number {
  const k = text.indexOf('"', from)
  if (k === -1 || k >= lineEnd) return -1
  const m = markAt(text, k, lineStart, lineEnd)
  const between = text.slice(from, k)
  const cueAfterComma = [...between.matchAll(/,\s+(\p{Ll}+)\s/gu)].some((c) => isCueWord(c[1]!))
  return m?.role === 'open' && /[.!?]\s+$/u.test(text.slice(Math.max(from, k - 3), k)) && /\p{Lu}/u.test(text[k + 1] ?? '') && /\s\S+\s/u.test(between) && !cueAfterComma ? k : -1
}

const DASH = /^[\u2014\u2013]/

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return [start, end]
}

/** Spanish dialogue: —Quote —dijo X—. More quote. Each run of words outside the narrator's asides is a segment. */
function dashSegments(text: string, p: Paragraph, index: number): Quotation[] {
  const out: Quotation[] = []
  let pos = p.start + 1
  while (pos < p.end) {
    // The narrator's aside opens with a dash after a space and a lower-case word: " —dijo".
    const aside = /\s[\u2014\u2013](?=\p{Ll})/u.exec(text.slice(pos, p.end))
    const segEnd = aside ? pos + aside.index : p.end
    const [s, e] = trimmedSpan(text, pos, segEnd)
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      out.push({ start: s, end: e, open: s === p.start + 1 ? p.start : s, close: e, style: 'dash', paragraph: index, continues: false, continued: false })
    }
    if (!aside) break
    const asideStart = pos + aside.index + 2
    const closing = text.slice(asideStart, p.end).search(/[\u2014\u2013]/)
    if (closing === -1) break
    // After the aside's closing dash, punctuation then the speech goes on.
    pos = asideStart + closing + 1
    while (pos < p.end && /[\s.,;:]/.test(text[pos]!)) pos++
  }
  return out
}

/** Every quotation in the text, in order. */
export function findQuotations(text: string): Quotation[] {
  const { paragraphs } = spansOf(text)
  const out: Quotation[] = []
  let carry: Mark['style'] | null = null // the style of a quote running on from the previous paragraph
  let lost: Mark['style'] | null = null // … into a paragraph whose opening mark is missing
  let dashDialogue = false
  paragraphs.forEach((p, index) => {
    if (DASH.test(text[p.start]!) && /^[\u2014\u2013]\s?[\p{Lu}¿¡«"“]/u.test(text.slice(p.start, p.start + 3))) {
      const segments = dashSegments(text, p, index)
      const hasAside = /\s[\u2014\u2013]\p{Ll}/u.test(text.slice(p.start, p.end))
      if (hasAside || dashDialogue) {
        out.push(...segments)
        dashDialogue = true
        carry = null
        return
      }
    }
    dashDialogue = false
    let i = p.start
    let continued = false
    if (lost) {
      // A paragraph of a multi-paragraph quote whose opening mark was lost in print: the words up to
      // its closing mark (or, with none, the whole paragraph) carry the quote on.
      const style = lost
      lost = null
      const close = findClose(text, p.start, p.start, p.end, style)
      const end = close === -1 ? p.end : close
      const [s, e] = trimmedSpan(text, p.start, end)
      const runsOn = close === -1
      if (e > s) out.push({ start: s, end: e, open: p.start, close: close === -1 ? p.end : close + 1, style, paragraph: index, continues: runsOn, continued: true })
      if (runsOn) carry = style
      if (close === -1) return
      i = close + 1
    }
    if (carry) {
      const m = markAt(text, i, p.start, p.end)
      if (m && m.style === carry && m.role !== 'close') continued = true
      carry = null
    }
    while (i < p.end) {
      const m = markAt(text, i, p.start, p.end)
      if (!m || m.role === 'close') {
        i++
        continue
      }
      const close = findClose(text, i + 1, p.start, p.end, m.style)
      // Paragraphs run together into one line ("… effect. "The impression …"): a straight quote left open where the next
      // sentence opens another runs on into it, as a quote left open at a paragraph's end runs on into the next paragraph.
      // (Only from a mark that opens onto a word: `care,' " says Munn. "Everybody` is a close typed apart, not an opening.)
      const runTogether = close === -1 && m.style === 'straight' && !isSpace(text[i + 1]) ? nextSentenceOpener(text, i + 1, p.start, p.end) : -1
      if (runTogether !== -1) {
        const [s, e] = trimmedSpan(text, i + 1, runTogether)
        if (e > s) out.push({ start: s, end: e, open: i, close: runTogether, style: m.style, paragraph: index, continues: true, continued })
        continued = true
        i = runTogether
        continue
      }
      if (close === -1) {
        // Unclosed: a multi-paragraph quote if the next paragraph opens with the same mark.
        const next = paragraphs[index + 1]
        const nextMark = next ? markAt(text, next.start, next.start, next.end) : null
        let runsOn = !!nextMark && nextMark.style === m.style && nextMark.role !== 'close'
        // The next paragraph has no opening mark but the quote visibly goes on: it closes at that paragraph's end,
        // or the paragraph after it opens with the same mark.
        const after = paragraphs[index + 2]
        const afterMark = after ? markAt(text, after.start, after.start, after.end) : null
        const opener = { curly: '“', guillemet: '«', straight: '"', single: '‘' }[m.style]
        const unmarked = !!next && !nextMark && !text.slice(next.start, next.end).slice(0, -1).includes(opener)
        const lostOpening =
          unmarked && (/[”»"’']$/u.test(text.slice(next!.start, next!.end)) || (!!afterMark && afterMark.style === m.style && afterMark.role !== 'close'))
        // Introduced with a colon ("said: ‘…"), or carrying on a quote, or opening the text's last paragraph, an
        // unclosed quote still runs to the paragraph's end: its next opening mark or its close was lost, or the text was cut.
        const introduced = /(?::|\b(?:said|says|added|told|wrote|dijo|afirmó|señaló),)\s*$/u.test(text.slice(Math.max(p.start, i - 12), i))
        if (runsOn || lostOpening || (continued && i === p.start) || introduced || (i === p.start && !next)) {
          runsOn ||= lostOpening
          const [s, e] = trimmedSpan(text, i + 1, p.end)
          if (e > s) out.push({ start: s, end: e, open: i, close: p.end, style: m.style, paragraph: index, continues: runsOn, continued })
          if (lostOpening) lost = m.style
          else if (runsOn) carry = m.style
          break
        }
        i++
        continue
      }
      const [s, e] = trimmedSpan(text, i + 1, close)
      if (e > s) out.push({ start: s, end: e, open: i, close: close + 1, style: m.style, paragraph: index, continues: false, continued })
      continued = false
      i = close + 1
    }
  })
  return out
}
