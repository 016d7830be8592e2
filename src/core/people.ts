/**
 * People in a project and the names an article uses for them. Matching is
 * case- and accent-insensitive everywhere ("Jorge Rodriguez" in a caption is
 * Jorge Rodríguez), by way of foldText (core/text/fold.ts, re-exported here
 * for the modules that fold names). Every function here is pure.
 */
import { newId } from './ids'
import type { Person } from './schema'
import { isRoleWord } from './text/abbreviations'
import { foldText } from './text/fold'

export { foldText }

/** Every name a person goes by: their name first, then their aliases (blank ones left out). */
export function personNames(p: Person): string[] {
  return [p.name, ...p.aliases.filter((alias) => alias.trim() !== '')]
}

/** The words of a folded name, without punctuation: "jorge rodriguez," → ["jorge", "rodriguez"]. */
function tokens(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** The text as a name to look up: folded, without a possessive "'s" at its end. */
function queryTokens(text: string): string[] {
  return tokens(foldText(text).replace(/'s$/, ''))
}

const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las'])
/** Words that name no one by themselves ("he said", "the"). */
const NOT_NAMES = new Set([...ARTICLES, 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'el', 'ella', 'ellos', 'ellas'])

/** A name without the titles before it and the letters after it: "Councilman Rafael Ortiz", "el diputado Juan Pérez", "Chris Grayling MP". */
function withoutTitles(words: readonly string[]): string[] {
  const [from, to] = nameBounds(words)
  return words.slice(from, to)
}

/** Where the name lies among a title's words: [from, to) without the titles before it and the letters after it. */
function nameBounds(words: readonly string[]): [number, number] {
  let to = words.length
  while (to > 2 && isRoleWord(words[to - 1]!)) to--
  // Everything up to the last title word ("council member", "fiscal general") is the title.
  let from = 0
  for (let i = 0; i < to - 1; i++) if (isRoleWord(words[i]!)) from = i + 1
  while (from < to - 1 && ARTICLES.has(words[from]!)) from++
  return [from, to]
}

/**
 * The query as given, without a leading "the" ("the Spanish government" names
 * "Spanish government"), and without titles ("Councilman Rafael Ortiz" names
 * "Rafael Ortiz"), so a suggested speaker finds the person already in People.
 */
function queryForms(text: string): string[][] {
  const query = queryTokens(text)
  if (query.every((word) => NOT_NAMES.has(word))) return []
  const forms = [query]
  if (query.length > 1 && ARTICLES.has(query[0]!)) forms.push(query.slice(1))
  const bare = withoutTitles(query)
  if (bare.length < query.length && !bare.every((word) => NOT_NAMES.has(word))) forms.push(bare)
  return forms
}

function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let i = 0
  for (const word of haystack) {
    if (i < needle.length && word === needle[i]) i++
  }
  return i === needle.length
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i])
}

/** People whose name or an alias is the text, ignoring case, accents, punctuation, a possessive "'s" and a leading "the". */
export function matchPeopleExactly(people: readonly Person[], text: string): Person[] {
  const forms = queryForms(text)
  if (forms.length === 0) return []
  return people.filter((p) => personNames(p).some((name) => forms.some((query) => sameTokens(tokens(foldText(name)), query) || sameTokens(withoutTitles(tokens(foldText(name))), query))))
}

/**
 * People the text may name, best first: those whose name or an alias is the
 * text (ignoring case, accents, punctuation, a possessive "'s" and a leading
 * "the"/"el"/"la"), then those with a name or
 * alias containing the text's words in order ("Rodriguez" → Jorge and Delcy
 * Rodríguez; "President Trump" → "President Donald Trump"). Each person once.
 */
export function matchPeople(people: readonly Person[], text: string): Person[] {
  const forms = queryForms(text)
  if (forms.length === 0) return []
  const exact: Person[] = []
  const partial: Person[] = []
  for (const person of people) {
    const names = personNames(person).flatMap((name) => [tokens(foldText(name)), withoutTitles(tokens(foldText(name)))])
    if (names.some((name) => forms.some((query) => sameTokens(name, query)))) exact.push(person)
    else if (names.some((name) => forms.some((query) => isSubsequence(query, name)))) partial.push(person)
  }
  return [...exact, ...partial]
}

/** The project person a name stands for: an exact name or alias first, else the only partial match. */
export function matchPerson(people: readonly Person[], name: string): Person | null {
  const exact = matchPeopleExactly(people, name)
  if (exact.length === 1) return exact[0]!
  const partial = matchPeople(people, name)
  return partial.length === 1 ? partial[0]! : null
}

/** Words that introduce or close an attribution, in English and Spanish. */
const CUE = String.raw`(?:according\s+to|said|says|told|wrote|added|announced|stated|argued|claimed|explained|dijo|afirmó|señaló|según|agregó)(?![\p{L}\p{N}])`
/** A cue opening the span, in any case ("According to …", "said Rodríguez"). */
const LEADING_CUE = new RegExp(`^${CUE}`, 'iu')
/** A cue later in the span: lower case only, so a name such as Edward Said is not taken for one. */
const LATER_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}])${CUE}`, 'gu')
/** Cues that are never the start of a name, even capitalised. */
const NEVER_A_NAME = /^(?:according|según)/iu
/** Punctuation and quotation marks around a name: commas, full stops, colons, dashes, brackets, quotes. */
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu

function trimName(s: string): string {
  return s.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').trim()
}

/** Everything before the first comma: "Alfredo Romero, director of Foro Penal" → "Alfredo Romero". */
function beforeComma(s: string): string {
  return trimName(s.split(',')[0] ?? '')
}

/**
 * The name in an attribution span, without the cue word and punctuation
 * around it: "said Rodríguez" → "Rodríguez", "Trump said" → "Trump",
 * "according to the Spanish government" → "the Spanish government",
 * "Alfredo Romero, director of Foro Penal, said" → "Alfredo Romero".
 * A span with no cue is taken as a name up to its first comma.
 */
export function nameFromAttribution(text: string): string {
  const span = trimName(text.normalize('NFC'))
  const leading = LEADING_CUE.exec(span)
  const from = leading ? leading[0].length : 1
  const later = [...span.matchAll(LATER_CUE)].find((m) => m.index >= from)
  // A capitalised "Said" opening the span may be a first name when a real cue follows.
  const leadingIsCue = leading !== null && (leading[0][0] !== leading[0][0]!.toUpperCase() || NEVER_A_NAME.test(leading[0]) || !later)
  if (leading && leadingIsCue) return beforeComma(span.slice(leading[0].length))
  if (later) return beforeComma(span.slice(0, later.index)) || beforeComma(span.slice(later.index + later[0].length))
  return beforeComma(span)
}

/**
 * The person an attribution names, as a name for People: the name in the
 * span (see nameFromAttribution) without titles, as written ("Mayor Denise
 * Okonkwo said" → "Denise Okonkwo"); null when it names no one ("he said").
 */
export function personNameFromAttribution(text: string): string | null {
  const words = nameFromAttribution(text).split(' ').filter(Boolean)
  const folded = words.map((word) => tokens(foldText(word)).join(''))
  const [from, to] = nameBounds(folded)
  if (folded.slice(from, to).every((word) => word === '' || NOT_NAMES.has(word))) return null
  return trimName(words.slice(from, to).join(' ')) || null
}

export function createPerson(name: string, now: string, extra: Partial<Pick<Person, 'kind' | 'aliases' | 'role' | 'affiliation' | 'note'>> = {}): Person {
  return {
    id: newId(),
    kind: extra.kind ?? 'person',
    name: name.trim(),
    aliases: extra.aliases ?? [],
    role: extra.role ?? '',
    affiliation: extra.affiliation ?? '',
    note: extra.note ?? '',
    createdAt: now,
    updatedAt: now
  }
}
