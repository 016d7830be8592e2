/**
 * The words of a source document and of a quote, as the check compares them.
 *
 * Each word keeps where it is (offsets into its text, so a difference can
 * show the words as written, punctuation and all) and a key for comparing:
 * lower case, accents dropped, curly apostrophes straight, a number word the
 * number it names ("five" is "5", "2,000" is "2000"). Punctuation, quotation
 * marks and dashes are not words, so they are never differences.
 *
 * A quote also has its editor's marks: an ellipsis ("…", "...", "[…]") where
 * words were cut, and a bracketed insertion ("[the president]") standing for
 * words of the source. Brackets inside a word ("[T]he") are only a change of
 * case and are read as the word itself.
 */
import { foldText } from '../text/fold'
import { numberOf } from '../text/numbers'

export type Token = {
  readonly key: string
  readonly start: number
  readonly end: number
  /** A number, by value ("five" and "5" are both 5), or null. */
  readonly number: number | null
  /** Capitalised, and not a function word ("The", "We"): a name, unless only because a sentence starts with it. */
  readonly capital: boolean
  /** Capitalised as the first word of a sentence, not followed by another capitalised word ("Jorge Rodríguez"): its capital says nothing. */
  readonly sentenceStart: boolean
  /** not, no, never, n't, nunca…: a word that turns a statement round. */
  readonly negation: boolean
}

/** A quote: its words, and before which of them the editor marked a gap. */
export type QuoteTokens = {
  readonly words: readonly Token[]
  /** gaps[i]: what stands between word i − 1 and word i (i = 0: before the first; i = words.length: after the last). */
  readonly gaps: ReadonlyArray<'cut' | 'insertion' | null>
}

/** Words: letters and digits, with inner apostrophes and the dots and commas of numbers ("don't", "2,000", "5.8"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.,]\d+)*/gu
const ELLIPSIS = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\./gu
const BRACKET = /\[[^\]]{0,200}\]/gu

/** Function words, capitalised only because a sentence starts with them: never read as a name. */
const COMMON = new Set(
  (
    'a an the this that these those there here it its we our you your he his she her they their i me my us them ' +
    'and but or so if when what which who why how as at in on of for to from by with after before while then yes no not ' +
    'is are was were will would can could should may might must do does did have has had be been ' +
    'el la los las un una y pero que en de por para con nosotros ellos yo usted'
  ).split(' ')
)
/** English and Spanish words that negate what they stand in. */
const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'nobody', 'nothing', 'none', 'nunca', 'jamas', 'nadie', 'nada', 'ni', 'tampoco'])

/** Whether the character before `start` (skipping spaces and quotation marks) ends a sentence, or nothing comes before. */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!
    if (/[\s"“”‘’'«»(\-—–]/u.test(c)) continue
    return /[.!?:…]/u.test(c)
  }
  return true
}

/** Folded words, looked up: a transcript says the same words many times. */
const folds = new Map<string, string>()

function fold(written: string): string {
  let folded = folds.get(written)
  if (folded === undefined) {
    folded = foldText(written)
    if (folds.size > 50_000) folds.clear()
    folds.set(written, folded)
  }
  return folded
}

function token(text: string, written: string, start: number): Token {
  const folded = fold(written)
  const number = numberOf(folded, true)
  // "an" is "a": the article changes with the next word, which is compared on its own.
  const key = number !== null ? String(number) : folded === 'an' ? 'a' : folded
  const capital = /^\p{Lu}/u.test(written) && number === null && !COMMON.has(folded)
  const negation = NEGATIONS.has(folded) || folded.endsWith("n't")
  return { key, start, end: start + written.length, number, capital, sentenceStart: capital && startsSentence(text, start), negation }
}

/** The words of a text, in order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  WORD.lastIndex = from
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) out.push(token(text, m[0], m.index))
  // A sentence's first word followed by another capitalised one is a name's first word ("Delcy Rodríguez said").
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!
    const next = out[i + 1]!
    if (t.sentenceStart && next.capital && /^\s+$/.test(text.slice(t.end, next.start))) out[i] = { ...t, sentenceStart: false }
  }
  return out
}

type Mark = { start: number; end: number; kind: 'cut' | 'insertion' }

/** The editor's marks in a quote: ellipses, and brackets that stand apart from the words around them. */
function marksOf(quote: string): Mark[] {
  const marks: Mark[] = []
  for (const m of quote.matchAll(ELLIPSIS)) marks.push({ start: m.index, end: m.index + m[0].length, kind: 'cut' })
  for (const m of quote.matchAll(BRACKET)) {
    const start = m.index
    const end = start + m[0].length
    if (marks.some((k) => k.start < end && start < k.end)) continue
    // "[T]he", "Venezuela[n]": a bracket touching a letter only changes the word it is in.
    const inWord = /[\p{L}\p{N}]/u.test(quote[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(quote[end] ?? '')
    if (!inWord) marks.push({ start, end, kind: 'insertion' })
  }
  return marks.sort((a, b) => a.start - b.start)
}

/** The words of a quote outside its editor's marks, with the gaps the marks leave. */
export function tokenizeQuote(quote: string): QuoteTokens {
  const marks = marksOf(quote)
  // Brackets inside words are dropped from the text compared (keeping offsets: each becomes a character no word has).
  const plain = quote.replace(/[[\]]/g, '\u0000')
  const words: Token[] = []
  const gaps: Array<'cut' | 'insertion' | null> = [null]
  let at = 0
  for (const mark of [...marks, { start: quote.length, end: quote.length, kind: null }]) {
    for (const word of joinBracketed(plain, tokenize(plain, at, mark.start))) {
      words.push(word)
      gaps.push(null)
    }
    if (mark.kind) gaps[words.length] = gaps[words.length] === 'cut' ? 'cut' : mark.kind
    at = mark.end
  }
  return { words, gaps }
}

/** "[T]he" is split by the dropped brackets into "T" and "he": put such pieces back together. */
function joinBracketed(text: string, words: Token[]): Token[] {
  const out: Token[] = []
  for (const word of words) {
    const last = out[out.length - 1]
    if (last && text.slice(last.end, word.start).replace(/\u0000/g, '') === '' && word.start > last.end) {
      const written = text.slice(last.start, word.end).replace(/\u0000/g, '')
      out[out.length - 1] = { ...token(text, written, last.start), end: word.end }
    } else out.push(word)
  }
  return out
}
