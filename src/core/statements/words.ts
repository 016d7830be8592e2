/**
 * The words of a statement as the cross-article finder compares them: each
 * word keeps its text as written (for showing differences) and carries a key
 * for comparing (folded, lightly stemmed, "an" the same as "a"), whether it
 * is a content word, and what it says when it is a fact a statement can get
 * wrong: a day of the week, a month, a year, a number or a name.
 */
import { foldText } from '../text/fold'
import { numberOf, SCALES } from '../text/numbers'

export type FactKind = 'weekday' | 'month' | 'year' | 'number' | 'name'

export type Word = {
  /** As written, without the punctuation around it. */
  readonly text: string
  /** Where it starts in the statement's text. */
  readonly start: number
  /** For comparing: folded, stemmed; "an" is "a". */
  readonly key: string
  /** Not a function word ("the", "of", "said"). */
  readonly content: boolean
  /** The fact this word states, if any: its kind and a normal value ("sunday", "800"). */
  readonly fact: { readonly kind: FactKind; readonly value: string } | null
}

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto over under about as than then that this these those ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'it its it\'s he she they we i you him her them us me my our your their his hers theirs ours ' +
    'not no so also just very too all any some such there here what which who whom whose when where why how ' +
    'said says say told tell according added adding asked while after before during up down out off again further once ' +
    'de la el en y que los las del se por con para un una'
  ).split(' ')
)
// "us" as a pronoun is a stopword; "US" in capitals is the country and is kept (see isStopword).

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
/** A light English stemmer: enough that "prisoners" is "prisoner" and "closing" is "close" is not promised. */
export function stem(folded: string): string {
  let w = folded.replace(/'s$/, '')
  if (/^\d/.test(w)) return w.replace(/,/g, '')
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3)
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2)
  if (w.length > 4 && w.endsWith('ly')) return w.slice(0, -2)
  return w
}

function isStopword(written: string, folded: string): boolean {
  if (folded === 'us' && written === 'US') return false
  if (folded === 'may' && written === 'May') return false
  return STOPWORDS.has(folded)
}

function factOf(written: string, folded: string, sentenceStart: boolean): Word['fact'] {
  if (WEEKDAYS.includes(folded)) return { kind: 'weekday', value: folded }
  if (MONTHS.includes(folded) && (folded !== 'may' || written === 'May')) return { kind: 'month', value: folded }
  const n = numberOf(folded)
  if (n !== null) {
    if (/^(1[89]|20)\d\d$/.test(folded)) return { kind: 'year', value: folded }
    return { kind: 'number', value: String(n) }
  }
  if (!sentenceStart && /^\p{Lu}/u.test(written) && !STOPWORDS.has(folded)) return { kind: 'name', value: stem(folded) }
  return null
}

/** What a written word is regardless of where it stands; kept per written form, as a project repeats its words. */
type Base = { folded: string; key: string; content: boolean; fact: Word['fact']; capital: boolean }
const bases = new Map<string, Base>()
const MAX_BASES = 100_000

function baseOf(written: string): Base {
  let base = bases.get(written)
  if (base) return base
  const folded = foldText(written)
  const fact = factOf(written, folded, false)
  base = { folded, key: folded === 'an' ? 'a' : stem(folded), content: !isStopword(written, folded), fact, capital: fact?.kind === 'name' }
  if (bases.size >= MAX_BASES) bases.clear()
  bases.set(written, base)
  return base
}

const letterOrDigit = new Map<string, boolean>()

/** A letter or digit of any script; ASCII answered at once, the rest looked up once. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  let is = letterOrDigit.get(c)
  if (is === undefined) letterOrDigit.set(c, (is = /[\p{L}\p{N}\p{M}]/u.test(c)))
  return is
}

/** An apostrophe inside a word ("don't"), or a dot, comma or hyphen between digits ("2,000", "5.8", "2-1"); "club-record" is two words. */
function joins(text: string, i: number): boolean {
  const c = text[i]!
  const before = text[i - 1]
  const after = text[i + 1]
  if (before === undefined || after === undefined || !isWordChar(after)) return false
  if (c === "'" || c === '’') return true
  return (c === '.' || c === ',' || c === '-') && /\d/.test(before) && /\d/.test(after)
}
const SENTENCE_BREAKS = '.!?:"“”'

/**
 * The words of a statement, in order: runs of letters and digits, with an
 * apostrophe inside one ("don't") and a dot, comma or hyphen between digits
 * ("2,000", "5.8"). A capitalised word starting a sentence is not taken for a name.
 */
export function statementWords(text: string): Word[] {
  const words: Word[] = []
  let sentenceStart = true
  let i = 0
  while (i < text.length) {
    if (!isWordChar(text[i]!)) {
      if (SENTENCE_BREAKS.includes(text[i]!)) sentenceStart = true
      i++
      continue
    }
    const from = i
    while (i < text.length && (isWordChar(text[i]!) || joins(text, i))) i++
    const written = text.slice(from, i)
    const base = baseOf(written)
    words.push({ text: written, start: from, key: base.key, content: base.content, fact: base.capital && sentenceStart ? null : base.fact })
    sentenceStart = false
  }
  return scaleNumbers(words)
}

/** "1.5 million" and "five hundred" are one number: the scale word multiplies the number before it. */
function scaleNumbers(words: Word[]): Word[] {
  if (!words.some((w) => w.fact?.kind === 'number')) return words
  return words.map((w, i) => {
    const next = words[i + 1]
    if (w.fact?.kind !== 'number' || !next) return w
    const scale = SCALES[next.key] ?? (next.key === 'hundred' ? 100 : undefined)
    return scale ? { ...w, fact: { kind: 'number', value: String(Number(w.fact.value) * scale) } } : w
  })
}

/** The distinct keys of a statement's content words, facts about names included. */
export function contentKeys(words: readonly Word[]): Set<string> {
  const keys = new Set<string>()
  for (const w of words) if (w.content) keys.add(w.key)
  return keys
}
