/**
 * What a pronoun or a left-out subject can stand for, before any name is
 * looked up: the gender a pronoun says ("she", "él"; "they" says none), a
 * sentence whose subject is a pronoun (it names no one new), and the record
 * of the last speech act — who spoke, where, in which paragraph, and whom
 * they asked — that a later "dijo" or "she replied" goes back to; and the
 * names "he" or "she" can never stand for (a body's, a programme's, a
 * place's). names.ts resolves these against the article's names.
 */
import { foldText } from '../text/fold'
import { perText } from '../text/perText'
import { isCueWord } from './cues'
import { describedGender, genderOfFirstName } from './firstNames'
import { isBodyWord, NAME_SUFFIX, splitWords } from './namePhrase'
import { isPlaceName } from './placeNames'
import { isCommonWord, placeShaped } from './speakerKind'
import { isDescription, isWriting } from './writings'

export type Gender = 'm' | 'f'

const PRONOUNS: Record<string, Gender | 'any'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', él: 'm', ella: 'f', they: 'any', ellos: 'any', ellas: 'any' }

/** The gender a pronoun says ('any' for "they"), or null for a word that is no pronoun. */
export function pronounGender(word: string): Gender | 'any' | null {
  return PRONOUNS[foldText(word)] ?? PRONOUNS[word.toLowerCase()] ?? null
}

/**
 * The gender a pronoun after a person's name (ending at `end`) says of them, read up to `upTo` (the next name or the sentence's end):
 * a subject pronoun or "his", not "her"/"him" ("Rothman called her"), and no "his" after "him" or "her" ("Kellyanne Conway, the
 * campaign manager who helped him win his bid"). None after a possessive ("a call to Omar’s office, in which he said") or two people
 * named together ("Richards and Yelling agree she could"): that pronoun is someone else's. `afterCue`: it follows a speech verb
 * ("Tom Hart said she would"), and may be someone else's too.
 */
export function pronounAfterName(text: string, end: number, upTo: number): { gender: Gender; afterCue: boolean } | null {
  if (/^(?:[’']s(?!\p{L})|\s+(?:and|y)\s+\p{Lu})/u.test(text.slice(end, end + 6))) return null
  const words = text.slice(end, upTo)
  const pronoun = /\b(he|his|she)\b/i.exec(words)
  if (!pronoun || /\b(?:him|her)\b/iu.test(words.slice(0, pronoun.index))) return null
  return { gender: pronounGender(pronoun[1]!) as Gender, afterCue: isCueWord(/(\p{L}+)\s+(?:that\s+)?$/u.exec(words.slice(0, pronoun.index))?.[1] ?? '') }
}

/** A sentence that opens with a pronoun as its subject: "He said he …", "Ella añadió …". */
export const PRONOUN_SUBJECT = /^["“‘«]?(?:He|She|They|Él|Ella|Ellos|Ellas)\s/u

/** The speaker of the last speech act before a quote, where that quote opens, and its paragraph. */
export type PreviousSpeaker = {
  readonly name: string
  readonly at: number
  readonly paragraph: number
  /** Whom that speech asked ("asked Montoya-Lewis"), who answers next. */
  readonly asked?: string | null
  /** Whether those words asked a question, whoever it was put to. */
  readonly question?: boolean
  /** Whether that speech was a source's account ("Según el sumario, …"): the sentence's own subject goes on, if it has one. */
  readonly source?: boolean
}

/**
 * Whether "he" or "she" can stand for a name: not one that ends in an acronym or a body's word ("Victoria Derbyshire TV", "Pakistan
 * Air Force"), nor an acronym and one word ("BBC Sport"); with no first name or gender known, not one that opens and ends in a place or
 * a word the article writes in lower case ("Queensland Rail", "Capital Economics", "Central Park"): a body, a programme or a place.
 */
export function canBeHeOrShe(name: string, knownGender: boolean, text: string): boolean {
  const words = splitWords(name)
  // (A regnal number is no acronym: "Isabel II", "Felipe VI".)
  const acronym = (w: string) => /^\p{Lu}{2,}$/u.test(w) && !NAME_SUFFIX.test(w)
  const last = words[words.length - 1] ?? ''
  if (acronym(last) || isBodyWord(last) || (words.length === 2 && acronym(words[0]!)) || peopleOfPlace(name) || numberedTitles(text).has(name) || placeShaped(name, true)) return false
  if (knownGender || genderOfFirstName(name)) return true
  const thing = (w: string) => isPlaceName(w) || isCommonWord(w, text)
  return !(thing(words[0] ?? '') && thing(last))
}

/** "Blade Runner 2049", "Windows 10": capitalised words the article writes with a number after them name a work or a product, never "he" or "she". */
// (Each ending of two words or more: "With Blade Runner 2049" opens a sentence with "With".)
const numberedTitles = perText((text): ReadonlySet<string> => {
  const runs = [...text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)+)[^\S\n]+\d{1,4}(?![\p{L}\d])/gu)].map((m) => m[1]!.split(/\s+/u))
  return new Set(runs.flatMap((words) => words.slice(0, -1).map((_, k) => words.slice(k).join(' '))))
})

/** A place's name and the ending that makes its people: "Sri Lanka" → "Sri Lankans", "Mexico" → "Mexicans", "Italy" → "Italians", "Israel" → "Israelis". */
const DEMONYM_ENDINGS: readonly (readonly [RegExp, string])[] = [[/ns$/u, ''], [/ans$/u, 'o'], [/ans$/u, ''], [/ians$/u, 'y'], [/ians$/u, 'a'], [/ians$/u, 'e'], [/ians$/u, ''], [/is$/u, '']]

/** "Sri Lankans", "Puerto Ricans", "Pakistanis": the people of a place, many of them, never one "he" or "she". */
const peopleOfPlace = (name: string) => DEMONYM_ENDINGS.some(([end, stem]) => end.test(name) && isPlaceName(name.replace(end, stem)))

/**
 * Whether a pronoun of this gender can stand for a name whose gender the article knows (or not): one of no other gender that can be
 * "he" or "she" (a description of someone, "a student at Wesleyan University", always can), never two people who spoke together
 * ("Rains and Yelling agree …. “…,” he said").
 */
export function fitsPronoun(name: string, gender: Gender | 'any', known: Gender | undefined, text: string): boolean {
  if (gender === 'any') return true
  const said = known ?? (isDescription(name) ? describedGender(name) ?? undefined : undefined)
  return (!said || said === gender) && !isWriting(name) && !PAIR.test(name) && (isDescription(name) || canBeHeOrShe(name, !!known, text))
}

/** Two names joined: "Angus Rains and Liz Yelling", "Erika Andiola y Lucía Allain". */
const PAIR = /\p{Lu}[\p{L}'’\-.]*\s+(?:and|y|e)\s+\p{Lu}/u
