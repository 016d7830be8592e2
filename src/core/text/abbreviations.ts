/**
 * Words written with a full stop that ends no sentence ("Mr.", "Gen.",
 * "Inc.", "Feb."), and the titles that stand before a person's name, in
 * English and Spanish: one list, read by the sentence splitter (their stop
 * ends nothing), by the name finder (a title is no part of the name, and its
 * stop belongs to it) and by the attribution rules. Extend it here.
 */

/** Titles abbreviated before a person's name: "Mr. Romero", "Sra. Machado", "Gen. Padrino". */
export const HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr', 'Sr', 'Sra', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Rev']

/** Abbreviations inside names that are no title: "St. Louis", "Martin Luther King Jr.". */
const IN_NAMES = ['St', 'Jr']

/** Every abbreviation a name can hold, as written: "Mr", "St", … (its full stop after it). */
export const NAME_ABBREVIATIONS: readonly string[] = [...HONORIFICS, ...IN_NAMES]

/** Other words shortened with a full stop: companies, numbers, months, "etc.". */
const OTHER = ['inc', 'ltd', 'co', 'no', 'vs', 'ft', 'mt', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'etc']

const ABBREVIATIONS = new Set([...NAME_ABBREVIATIONS.map((w) => w.toLowerCase()), ...OTHER])

/** Whether a word (without its full stop, any case) is an abbreviation whose stop ends no sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase())
}

/** Titles that say whether the person is a man or a woman, folded (lower case, no accents). */
const MALE_TITLES = new Set(['mr', 'sr', 'senor', 'don', 'king', 'prince', 'lord', 'sir'])
const FEMALE_TITLES = new Set(['mrs', 'ms', 'sra', 'senora', 'dona', 'queen', 'princess', 'lady', 'dame'])

/** The gender a folded title gives ("mr", "sra.", "us president" → none), a man's title first when both appear. */
export function genderOfTitle(foldedTitle: string): 'm' | 'f' | null {
  const words = foldedTitle.split(/\W+/)
  if (words.some((w) => MALE_TITLES.has(w))) return 'm'
  if (words.some((w) => FEMALE_TITLES.has(w))) return 'f'
  return null
}
