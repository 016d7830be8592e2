/**
 * The paragraphs and sentences of an article's text, found once per text and
 * kept (the last few texts asked for), so the quote rules, the claim rules and
 * the name resolver all read the same spans.
 *
 * A paragraph is a line with something on it. A sentence ends at a full stop,
 * question or exclamation mark that ends a sentence (`endsSentence`: not
 * "Mr.", not "U.S.", not "3.5") or at its paragraph's end. Where a closing
 * quotation mark or bracket follows the stop, each span says both where the
 * words stop (`end`, before the mark: what a quote's attribution reads up to)
 * and where the sentence closes (`close`, after it: what a claim covers).
 */
import { countBefore } from '../sorted'
import { isAbbreviation } from './abbreviations'

export type Paragraph = { readonly start: number; readonly end: number }

export type Sentence = {
  /** Its first character (white space before it skipped). */
  readonly start: number
  /** Just after its stop, before any closing marks after it ("…free.” → before ”); the paragraph's end when no stop ends it. */
  readonly end: number
  /** Just after the closing marks that follow its stop ("…free.” → after ”); `end` when none follow. */
  readonly close: number
  /** Whether a stop ends it (false: a paragraph's last words, with none after them). */
  readonly stopped: boolean
  /** Where it begins counting what the sentence before left (its closing marks, the space): a paragraph's first at its line's start. */
  readonly lead: number
  readonly paragraph: number
}

/** Marks that may close a quotation or an aside right after a stop: `…free.”`, `…(sic.)`. */
export const CLOSING_MARKS = `"”’'»)`
const CLOSING = new RegExp(`[${CLOSING_MARKS}]`, 'u')
const AFTER_STOP = new RegExp(`[\\s${CLOSING_MARKS}]`, 'u')

/** Paragraphs are lines; blank lines separate nothing more than a single newline does. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start
      let e = i
      while (s < e && /\s/.test(text[s]!)) s++
      while (e > s && /\s/.test(text[e - 1]!)) e--
      if (e > s) out.push({ start: s, end: e })
      start = i + 1
    }
  }
  return out
}

/** The abbreviations of US states a reporter writes after a lawmaker's party: "(D-Mass.)", "(R., Calif.)". */
const US_STATE = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/u

/** "Wellesley, Mass.": a US state's abbreviation after a town and a comma, with its stop, in this text (a place, no one who speaks). */
export function isStateAfterTown(word: string, text: string): boolean {
  return US_STATE.test(word) && text.includes(`, ${word}.`)
}

/** "CIUDAD DE MÉXICO.- La actriz …", "Guadalajara.— Serios, …": a dateline's stop and dash, within a paragraph's first 60 characters, end it as a sentence. */
function datelineStop(text: string, i: number): boolean {
  return text[i] === '.' && /^\s?[-—–]+\s/u.test(text.slice(i + 1, i + 6)) && i - text.lastIndexOf('\n', i) <= 60
}

/** Whether the stop at i ends a sentence: followed by white space, a closing mark or nothing, and no abbreviation or initial ("Mr.", "J.", "U.S."). */
export function endsSentence(text: string, i: number): boolean {
  const ch = text[i]
  if (ch !== '.' && ch !== '!' && ch !== '?') return false
  const next = text[i + 1]
  if (next !== undefined && !AFTER_STOP.test(next) && !datelineStop(text, i)) return false
  if (ch !== '.') return true
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? ''
  if (/^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word)) return false // "J." and "U.S"
  // "Rep. Kevin McCarthy (R-Calif.) said": a US state's abbreviation that closes a party's bracket ends nothing.
  if (next === ')' && US_STATE.test(word)) return false
  return !isAbbreviation(word)
}

function split(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = []
  paragraphs.forEach((p, paragraph) => {
    let start = p.start
    let lead = text.lastIndexOf('\n', p.start - 1) + 1
    for (let i = p.start; i < p.end; i++) {
      if (!endsSentence(text, i)) continue
      let close = i + 1
      while (close < p.end && CLOSING.test(text[close]!)) close++
      out.push({ start, end: i + 1, close, stopped: true, lead, paragraph })
      lead = i + 1
      start = close
      while (start < p.end && /\s/.test(text[start]!)) start++
      // (The dateline's dash is no part of the sentence after it.)
      if (datelineStop(text, i)) while (start < p.end && /[\s\-—–]/u.test(text[start]!)) start++
      i = start - 1
    }
    if (start < p.end) out.push({ start, end: p.end, close: p.end, stopped: false, lead, paragraph })
  })
  return out
}

/** One text's paragraphs and sentences, in order, and the look-ups the rules make in them. */
export class TextSpans {
  readonly paragraphs: readonly Paragraph[]
  readonly sentences: readonly Sentence[]

  constructor(readonly text: string) {
    this.paragraphs = paragraphsOf(text)
    this.sentences = split(text, this.paragraphs)
  }

  /** The index of the sentence `pos` falls in (counting its lead), or -1 before the first. */
  indexAt(pos: number): number {
    return countBefore(this.sentences, (s) => s.lead <= pos) - 1
  }

  /** The first sentence that a stop at or after `from` ends. */
  private stoppedFrom(from: number): Sentence | undefined {
    let k = countBefore(this.sentences, (x) => x.end <= from)
    while (k < this.sentences.length && !this.sentences[k]!.stopped) k++
    return this.sentences[k]
  }

  /** Where the words stop in the sentence running on at `from`: just after the first stop at or after it, else `ceiling` if that comes first. */
  endAfter(from: number, ceiling: number): number {
    const s = this.stoppedFrom(from)
    return s && s.end <= ceiling ? s.end : ceiling
  }

  /**
   * Where the sentence holding `at` starts, not before `floor`: just after the
   * last stop before `at` that white space follows (a stop before a closing
   * mark ends a quotation, not the sentence around it), else `floor`.
   */
  startBefore(at: number, floor: number): number {
    for (let k = countBefore(this.sentences, (x) => x.end <= at) - 1; k >= 0; k--) {
      const s = this.sentences[k]!
      if (s.end - 1 <= floor) break
      if (s.stopped && s.close === s.end) return s.end
    }
    return floor
  }

  /** Where the words of the sentence holding `pos` stop: at its stop (the stop left out), else at its paragraph's end; `pos` at least. */
  wordsEnd(pos: number): number {
    const s = this.sentences[this.indexAt(pos)]
    return Math.max(pos, s ? (s.stopped ? s.end - 1 : s.end) : pos)
  }

  /** Whether a sentence ends (at its stop) in text[from, to). */
  stopsWithin(from: number, to: number): boolean {
    const s = this.stoppedFrom(from)
    return !!s && s.end - 1 < to
  }
}

const CACHE_SIZE = 8
const cache = new Map<string, TextSpans>()

/** The paragraphs and sentences of a text, split once while it is among the last few asked for. */
export function spansOf(text: string): TextSpans {
  let spans = cache.get(text)
  if (spans) {
    cache.delete(text)
  } else {
    spans = new TextSpans(text)
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  cache.set(text, spans)
  return spans
}
